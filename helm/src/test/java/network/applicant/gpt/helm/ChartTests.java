package network.applicant.gpt.helm;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

import static network.applicant.gpt.helm.RenderedChart.PREFIX;
import static network.applicant.gpt.helm.RenderedChart.at;
import static network.applicant.gpt.helm.RenderedChart.list;
import static network.applicant.gpt.helm.RenderedChart.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the chart with real Helm, with the default values and with the production-like values
 * of {@code examples/values-production.yaml}, and checks the Kubernetes objects it makes.
 */
class ChartTests {

	static final List<String> SERVICES = List.of("api-gateway", "gpt-oauth-service", "gpt-actions-service",
			"audit-consumer");

	static final Map<String, Integer> PORTS = Map.of("api-gateway", 8080, "gpt-oauth-service", 8081,
			"gpt-actions-service", 8082, "audit-consumer", 8083);

	private static final RenderedChart DEFAULTS = RenderedChart.withDefaults();

	private static final RenderedChart PRODUCTION = RenderedChart.withProductionValues();

	@Test
	void lintWhenStrictThenNoFailureAndNoWarning() {
		LintResult result = new Helm(RenderedChart.CHART).lint().strict().call();

		assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
		assertThat(result.getMessages()).noneMatch((m) -> m.contains("[WARNING]") || m.contains("[ERROR]"));
	}

	@Test
	void deploymentsWhenDefaultsThenTwoReplicasOfEachServiceAndOneAuditConsumer() {
		assertThat(replicas(DEFAULTS, "api-gateway")).isEqualTo(2);
		assertThat(replicas(DEFAULTS, "gpt-oauth-service")).isEqualTo(2);
		assertThat(replicas(DEFAULTS, "gpt-actions-service")).isEqualTo(2);
		assertThat(replicas(DEFAULTS, "audit-consumer")).isEqualTo(1);
		assertThat(DEFAULTS.ofKind("Deployment")).hasSize(4);
		assertThat(DEFAULTS.ofKind("HorizontalPodAutoscaler")).isEmpty();
	}

	@Test
	void cronJobWhenDefaultsThenEverySixHoursNeverConcurrentAndBounded() {
		Map<String, Object> cronJob = DEFAULTS.get("CronJob", "token-cleanup-job");

		assertThat(at(cronJob, "spec", "schedule")).isEqualTo("0 */6 * * *");
		assertThat(at(cronJob, "spec", "concurrencyPolicy")).isEqualTo("Forbid");
		assertThat(at(cronJob, "spec", "jobTemplate", "spec", "backoffLimit")).isEqualTo(2);
		assertThat((Integer) at(cronJob, "spec", "jobTemplate", "spec", "activeDeadlineSeconds")).isPositive();
		assertThat(DEFAULTS.podSpec(cronJob).get("restartPolicy")).isEqualTo("OnFailure");
		assertThat(DEFAULTS.container(cronJob).get("image"))
			.isEqualTo("registry.example.com/applicant-network/token-cleanup-job:0.1.0-SNAPSHOT");
		assertResources(DEFAULTS.container(cronJob));
		assertSecure(DEFAULTS, cronJob);
	}

	@Test
	void containersWhenDefaultsThenProbesOnTheActuatorGroupsOfTheirPort() {
		for (String service : SERVICES) {
			Map<String, Object> container = DEFAULTS.container(DEFAULTS.get("Deployment", service));
			assertThat(at(list(container.get("ports")).get(0), "containerPort")).as(service).isEqualTo(PORTS.get(service));
			assertThat(at(container, "startupProbe", "httpGet", "path")).as(service).isEqualTo("/actuator/health/liveness");
			assertThat(at(container, "livenessProbe", "httpGet", "path")).as(service).isEqualTo("/actuator/health/liveness");
			assertThat(at(container, "readinessProbe", "httpGet", "path")).as(service).isEqualTo("/actuator/health/readiness");
			// the gateway serves its actuator on a management port the Ingress never reaches
			String probePort = service.equals("api-gateway") ? "management" : "http";
			for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
				assertThat(at(container, probe, "httpGet", "port")).as(service + " " + probe).isEqualTo(probePort);
			}
			if (service.equals("api-gateway")) {
				assertThat(list(container.get("ports"))).anySatisfy((port) -> {
					assertThat(at(port, "name")).isEqualTo("management");
					assertThat(at(port, "containerPort")).isEqualTo(9080);
				});
				assertThat(DEFAULTS.environment(DEFAULTS.get("Deployment", service)))
					.containsEntry("MANAGEMENT_SERVER_PORT", "9080");
			}
			// the startup probe waits long enough for a JVM start on a busy node
			int startupSeconds = (Integer) at(container, "startupProbe", "periodSeconds")
					* (Integer) at(container, "startupProbe", "failureThreshold");
			assertThat(startupSeconds).as(service).isGreaterThanOrEqualTo(120);
			assertThat(DEFAULTS.environment(DEFAULTS.get("Deployment", service))).as(service)
				.containsEntry("SERVER_PORT", String.valueOf(PORTS.get(service)));
		}
	}

	@Test
	void workloadsWhenDefaultsThenResourcesAndLockedDownSecurityContext() {
		for (String service : SERVICES) {
			Map<String, Object> deployment = DEFAULTS.get("Deployment", service);
			assertResources(DEFAULTS.container(deployment));
			assertSecure(DEFAULTS, deployment);
		}
	}

	@Test
	void deploymentsWhenTwoReplicasThenSpreadOverNodesAndDisruptionBudgetKeepsOne() {
		for (String service : List.of("api-gateway", "gpt-oauth-service", "gpt-actions-service")) {
			Map<String, Object> pod = DEFAULTS.podSpec(DEFAULTS.get("Deployment", service));
			assertThat(list(pod.get("topologySpreadConstraints"))).as(service)
				.anySatisfy((c) -> assertThat(at(c, "topologyKey")).isEqualTo("kubernetes.io/hostname"))
				.allSatisfy((c) -> assertThat(at(c, "labelSelector", "matchLabels", "app.kubernetes.io/name"))
					.isEqualTo(service));
			Map<String, Object> pdb = DEFAULTS.get("PodDisruptionBudget", service);
			assertThat(at(pdb, "spec", "minAvailable")).as(service).isEqualTo(1);
			assertThat(at(pdb, "spec", "selector", "matchLabels", "app.kubernetes.io/name")).isEqualTo(service);
		}
		// one replica: a minAvailable of 1 would block every node drain
		assertThat(at(DEFAULTS.get("PodDisruptionBudget", "audit-consumer"), "spec", "maxUnavailable")).isEqualTo(1);
	}

	@Test
	void ingressWhenDefaultsThenOnlyTheGatewayAndOnlyThePublicPaths() {
		assertThat(DEFAULTS.ofKind("Ingress")).hasSize(1);
		Map<String, Object> ingress = DEFAULTS.get("Ingress", "api-gateway");
		Map<String, Object> rule = map(list(at(ingress, "spec", "rules")).get(0));

		assertThat(rule.get("host")).isEqualTo("gpt.applicant.network");
		List<Object> paths = list(at(rule, "http", "paths"));
		assertThat(paths).extracting((p) -> at(p, "path")).containsExactly("/api/v1/gpt", "/.well-known");
		assertThat(paths).allSatisfy((p) -> assertThat(at(p, "backend", "service", "name")).isEqualTo(PREFIX + "api-gateway"));
		assertThat(DEFAULTS.ofKind("Service")).allSatisfy((s) -> assertThat(at(s, "spec", "type")).isEqualTo("ClusterIP"));
	}

	@Test
	void networkPoliciesWhenDefaultsThenOnlyTheGatewayReachesTheServices() {
		for (String service : List.of("gpt-oauth-service", "gpt-actions-service")) {
			Map<String, Object> policy = DEFAULTS.get("NetworkPolicy", service);
			assertThat(list(at(policy, "spec", "policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
			List<Object> ingress = list(at(policy, "spec", "ingress"));
			assertThat(ingress).as(service).hasSize(1);
			assertThat(list(at(ingress.get(0), "from"))).as(service).singleElement()
				.satisfies((peer) -> assertThat(map(peer)).containsOnlyKeys("podSelector"))
				.satisfies((peer) -> assertThat(at(peer, "podSelector", "matchLabels"))
					.isEqualTo(Map.of("app.kubernetes.io/name", "api-gateway", "app.kubernetes.io/instance", "demo")));
			assertThat(egressPorts(policy)).as(service).contains(53, 5432, 5672).doesNotContain(6379);
		}
		// audit-consumer and the job accept nobody
		for (String component : List.of("audit-consumer", "token-cleanup-job")) {
			Map<String, Object> policy = DEFAULTS.get("NetworkPolicy", component);
			assertThat(list(at(policy, "spec", "policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
			assertThat(list(at(policy, "spec", "ingress"))).as(component).isEmpty();
		}
		assertThat(egressPorts(DEFAULTS.get("NetworkPolicy", "audit-consumer"))).containsExactlyInAnyOrder(53, 53,
				5432, 5672, 5671);
		assertThat(egressPorts(DEFAULTS.get("NetworkPolicy", "token-cleanup-job"))).containsExactlyInAnyOrder(53, 53,
				5432);
		// the gateway: from the Ingress controller (and the actions service for the JWKS), to the services and Redis
		Map<String, Object> gateway = DEFAULTS.get("NetworkPolicy", "api-gateway");
		assertThat(egressPorts(gateway)).contains(53, 8081, 8082, 6379, 443).doesNotContain(5432, 5672);
		assertThat(list(at(list(at(gateway, "spec", "ingress")).get(0), "from")))
			.anySatisfy((peer) -> assertThat(at(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
				.isEqualTo("ingress-nginx"));
		// every pod of the release is covered by a policy
		assertThat(DEFAULTS.ofKind("NetworkPolicy")).hasSize(5);
	}

	@Test
	void renderedOutputWhenDefaultsOrProductionThenHoldsNoSecretValue() {
		Pattern secretName = Pattern.compile("(PASSWORD|SECRET|PEPPER|TOKEN_KEY|SERVICE_KEY|ADMIN_?KEY|API_KEY|PRIVATE_KEY)");
		for (RenderedChart chart : List.of(DEFAULTS, PRODUCTION)) {
			assertThat(chart.ofKind("Secret")).isEmpty();
			for (Map<String, Object> configMap : chart.ofKind("ConfigMap")) {
				assertThat(map(configMap.get("data")).keySet()).as(String.valueOf(at(configMap, "metadata", "name")))
					.noneMatch((key) -> secretName.matcher(key).find());
			}
			for (Map<String, Object> workload : workloads(chart)) {
				for (Object entry : list(chart.container(workload).getOrDefault("env", List.of()))) {
					String name = (String) at(entry, "name");
					if (secretName.matcher(name).find()) {
						assertThat(at(entry, "valueFrom", "secretKeyRef")).as(name).isNotNull();
						assertThat(map(entry)).as(name).doesNotContainKey("value");
					}
				}
			}
			assertThat(chart.text()).doesNotContain("BEGIN PRIVATE KEY", "whsec_");
		}
	}

	@Test
	void productionValuesWhenRenderedThenAutoscalersTlsRedisPasswordAndAiKey() {
		for (String service : List.of("api-gateway", "gpt-oauth-service", "gpt-actions-service")) {
			Map<String, Object> hpa = PRODUCTION.get("HorizontalPodAutoscaler", service);
			assertThat(at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(PREFIX + service);
			assertThat((Integer) at(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
			assertThat(at(map(list(at(hpa, "spec", "metrics")).get(0)), "resource", "name")).isEqualTo("cpu");
			// the HPA owns the replica count
			assertThat(map(PRODUCTION.get("Deployment", service).get("spec"))).doesNotContainKey("replicas");
		}
		assertThat(replicas(PRODUCTION, "audit-consumer")).isEqualTo(1);
		assertThat(PRODUCTION.has("HorizontalPodAutoscaler", "audit-consumer")).isFalse();

		Map<String, Object> ingress = PRODUCTION.get("Ingress", "api-gateway");
		assertThat(at(ingress, "spec", "ingressClassName")).isEqualTo("nginx");
		assertThat(at(list(at(ingress, "spec", "tls")).get(0), "secretName")).isEqualTo("gpt-applicant-network-tls");
		assertThat(PRODUCTION.container(PRODUCTION.get("Deployment", "api-gateway")).get("image"))
			.isEqualTo("registry.applicant.network/gpt/api-gateway:1.4.2");

		Map<String, String> gateway = PRODUCTION.environment(PRODUCTION.get("Deployment", "api-gateway"));
		assertThat(gateway).containsEntry("SPRING_DATA_REDIS_PASSWORD", "secret:applicant-gpt-redis/password")
			.containsEntry("SPRING_DATA_REDIS_SSL_ENABLED", "true")
			.containsEntry("APPLICANT_GATEWAY_RATE_LIMIT_TRUSTED_PROXIES", "10.0.0.0/8");
		Map<String, String> actions = PRODUCTION.environment(PRODUCTION.get("Deployment", "gpt-actions-service"));
		assertThat(actions).containsEntry("APPLICANT_RESUME_AI_API_KEY", "secret:applicant-gpt-actions/resume-ai-api-key")
			.containsEntry("APPLICANT_RESUME_AI_BASE_URL", "https://api.openai.com/v1");
		Map<String, String> defaults = DEFAULTS.environment(DEFAULTS.get("Deployment", "gpt-actions-service"));
		assertThat(defaults).doesNotContainKeys("APPLICANT_RESUME_AI_API_KEY", "APPLICANT_RESUME_AI_BASE_URL");

		// egress narrowed to the named peers
		Map<String, Object> oauthPolicy = PRODUCTION.get("NetworkPolicy", "gpt-oauth-service");
		assertThat(list(at(oauthPolicy, "spec", "egress")))
			.anySatisfy((rule) -> assertThat(String.valueOf(at(rule, "to"))).contains("postgresql"));
		// two signing keys during a rotation, both mounted
		Map<String, Object> oauth = PRODUCTION.get("Deployment", "gpt-oauth-service");
		assertThat(String.valueOf(PRODUCTION.podSpec(oauth).get("volumes")))
			.contains("applicant.oauth.signing.keys[1].private-key-pem");
	}

	@Test
	void configChangeWhenRenderedThenPodTemplateChecksumChanges() {
		RenderedChart changed = RenderedChart.render(null, Map.of("services.oauth.signInUrl", "https://other.example/sign-in"));

		assertThat(checksum(changed, "gpt-oauth-service")).isNotEqualTo(checksum(DEFAULTS, "gpt-oauth-service"));
		assertThat(checksum(changed, "gpt-actions-service")).isEqualTo(checksum(DEFAULTS, "gpt-actions-service"));
	}

	private static Object checksum(RenderedChart chart, String service) {
		return at(chart.get("Deployment", service), "spec", "template", "metadata", "annotations", "checksum/config");
	}

	static List<Map<String, Object>> workloads(RenderedChart chart) {
		List<Map<String, Object>> workloads = new java.util.ArrayList<>(chart.ofKind("Deployment"));
		workloads.addAll(chart.ofKind("CronJob"));
		return workloads;
	}

	private static Object replicas(RenderedChart chart, String service) {
		return at(chart.get("Deployment", service), "spec", "replicas");
	}

	private static List<Integer> egressPorts(Map<String, Object> policy) {
		return list(at(policy, "spec", "egress")).stream()
			.flatMap((rule) -> list(at(rule, "ports")).stream())
			.map((port) -> (Integer) at(port, "port"))
			.toList();
	}

	private static void assertResources(Map<String, Object> container) {
		String name = (String) container.get("name");
		assertThat(at(container, "resources", "requests", "cpu")).as(name).isNotNull();
		assertThat(at(container, "resources", "requests", "memory")).as(name).isNotNull();
		assertThat(at(container, "resources", "limits", "memory")).as(name).isNotNull();
		assertThat(at(container, "resources", "limits", "cpu")).as(name).isNotNull();
	}

	private static void assertSecure(RenderedChart chart, Map<String, Object> workload) {
		Map<String, Object> pod = chart.podSpec(workload);
		Map<String, Object> container = chart.container(workload);
		String name = (String) container.get("name");
		assertThat(at(pod, "securityContext", "runAsNonRoot")).as(name).isEqualTo(true);
		assertThat(at(pod, "securityContext", "runAsUser")).as(name).isEqualTo(65532);
		assertThat(at(pod, "securityContext", "seccompProfile", "type")).as(name).isEqualTo("RuntimeDefault");
		assertThat(pod.get("automountServiceAccountToken")).as(name).isEqualTo(false);
		assertThat(at(container, "securityContext", "runAsNonRoot")).as(name).isEqualTo(true);
		assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).as(name).isEqualTo(true);
		assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).as(name).isEqualTo(false);
		assertThat(list(at(container, "securityContext", "capabilities", "drop"))).as(name).containsExactly("ALL");
		// the read-only root filesystem needs a writable /tmp
		assertThat(list(container.get("volumeMounts"))).as(name)
			.anySatisfy((m) -> assertThat(at(m, "mountPath")).isEqualTo("/tmp"));
		assertThat(list(pod.get("volumes"))).as(name)
			.anySatisfy((v) -> assertThat(map(v)).containsEntry("name", "tmp").containsKey("emptyDir"));
		assertThat(Set.of(PREFIX + "token-cleanup-job", PREFIX + SERVICES.get(0), PREFIX + SERVICES.get(1),
				PREFIX + SERVICES.get(2), PREFIX + SERVICES.get(3)))
			.contains((String) at(workload, "metadata", "name"));
	}

}
