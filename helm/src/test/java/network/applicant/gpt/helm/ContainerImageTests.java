package network.applicant.gpt.helm;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditEventCodec;
import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static network.applicant.gpt.helm.RenderedChart.at;
import static network.applicant.gpt.helm.RenderedChart.list;
import static network.applicant.gpt.helm.RenderedChart.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Opens the image tarballs the service modules build ({@code target/jib-image.tar}, `docker save`
 * format) and checks the image configuration and layers; then unpacks each image's layers into a
 * directory and runs its Java runtime there, proving that the base image's C library and jlink'd
 * runtime start, and that the application's main class loads from the image's class path. Every
 * service's image is also started as the Helm chart runs it, against the real PostgreSQL, RabbitMQ
 * and Redis, until it does its job.
 *
 * <p>Runs in the helm module's {@code image-tests} execution at verify, after the modules that build
 * the images; {@code -Djib.skip=true} skips images and these tests together.
 */
class ContainerImageTests {

	private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));

	private static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");

	@ParameterizedTest
	@CsvSource({ "api-gateway, network.applicant.gpt.gateway.ApiGatewayApplication, 8080",
			"gpt-oauth-service, network.applicant.gpt.oauth.OAuthServiceApplication, 8081",
			"gpt-actions-service, network.applicant.gpt.actions.ActionsServiceApplication, 8082",
			"audit-consumer, network.applicant.gpt.audit.AuditConsumerApplication, 8083",
			"token-cleanup-job, network.applicant.gpt.cleanup.TokenCleanupJobApplication, 0" })
	void imageWhenBuiltThenNonRootLabelledSizedForContainersAndRunnable(String module, String mainClass, int port,
			@TempDir Path work) throws Exception {
		Path tarball = ROOT.resolve(module).resolve("target").resolve("jib-image.tar");
		assertThat(tarball).as("build the image first: ./mvnw -B -q -pl %s verify", module).exists();
		Map<String, byte[]> files = readTar(tarball);

		Map<String, Object> manifest = map(list(yaml(files.get("manifest.json"))).get(0));
		assertThat(list(manifest.get("RepoTags"))).containsExactly("applicant-network/" + module + ":" + VERSION);
		Map<String, Object> image = map(yaml(files.get((String) manifest.get("Config"))));
		Map<String, Object> config = map(image.get("config"));

		// non-root, with the runtime on the PATH
		assertThat(config.get("User")).isEqualTo("65532");
		assertThat(list(config.get("Env"))).contains("JAVA_HOME=/opt/java", "SPRING_PROFILES_DEFAULT=prod")
			.anySatisfy((e) -> assertThat((String) e).startsWith("PATH=/opt/java/bin:"));
		// labels
		Map<String, Object> labels = map(config.get("Labels"));
		assertThat(labels).containsEntry("org.opencontainers.image.version", VERSION)
			.containsEntry("org.opencontainers.image.title", module)
			.containsKeys("org.opencontainers.image.source", "org.opencontainers.image.revision",
					"org.opencontainers.image.licenses", "org.opencontainers.image.created",
					"org.opencontainers.image.description");
		assertThat((String) labels.get("org.opencontainers.image.source")).startsWith("https://");
		// JVM flags sized for containers, then the class path file and the main class
		List<Object> entrypoint = list(config.get("Entrypoint"));
		assertThat(entrypoint).startsWith("java")
			.contains("-XX:+UseContainerSupport", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError",
					"-Djava.io.tmpdir=/tmp")
			.endsWith("-cp", "@/app/jib-classpath-file", mainClass);
		if (port > 0) {
			assertThat(map(config.get("ExposedPorts"))).containsOnlyKeys(port + "/tcp");
		}
		else {
			assertThat((Map<?, ?>) config.getOrDefault("ExposedPorts", Map.of())).isEmpty();
		}

		// layers: the base (runtime, C library, users) first, then the application's
		List<Object> layerFiles = list(manifest.get("Layers"));
		assertThat(layerFiles).hasSizeGreaterThanOrEqualTo(3);
		Path rootfs = Files.createDirectories(work.resolve("rootfs"));
		Map<String, TarArchiveEntry> base = unpackLayer(files.get((String) layerFiles.get(0)), rootfs);
		assertThat(base).containsKeys("opt/java/bin/java", "opt/java/lib/modules", "opt/java/lib/server/libjvm.so",
				"opt/java/lib/server/classes.jsa", "lib/x86_64-linux-gnu/libc.so.6", "lib64/ld-linux-x86-64.so.2",
				"etc/passwd", "etc/group", "etc/nsswitch.conf", "tmp");
		assertThat(base.get("tmp").getMode() & 01777).as("/tmp is world-writable and sticky").isEqualTo(01777);
		assertThat(base.get("home/nonroot").getLongUserId()).isEqualTo(65532);
		base.forEach((name, entry) -> assertThat(entry.getLongUserId()).as(name)
			.isEqualTo(name.startsWith("home/nonroot") ? 65532 : 0));
		assertThat(base.keySet()).noneMatch((name) -> name.startsWith("bin/") || name.startsWith("usr/bin/")
				|| name.startsWith("sbin/"));
		assertThat(Files.readString(rootfs.resolve("etc/passwd"))).contains("nonroot:x:65532:65532:");
		Map<String, TarArchiveEntry> app = new LinkedHashMap<>();
		for (Object layer : layerFiles.subList(1, layerFiles.size())) {
			app.putAll(unpackLayer(files.get((String) layer), rootfs));
		}
		assertThat(app).containsKey("app/jib-classpath-file")
			.containsKey("app/classes/" + mainClass.replace('.', '/') + ".class")
			.containsKey("app/resources/application.yml");
		assertThat(app.keySet()).anyMatch((name) -> name.matches("app/libs/spring-boot-4\\..*\\.jar"))
			.anyMatch((name) -> name.matches("app/libs/shared-config-.*\\.jar"));

		// run it: the runtime starts on the image's own C library, and the main class loads from the image
		String version = run(rootfs, "/opt/java/bin/java", "-Xshare:auto", "-version");
		assertThat(version).contains("OpenJDK 64-Bit Server VM").contains("sharing");
		run(rootfs, "/opt/java/bin/java", "-XX:MaxRAMPercentage=75", "--dry-run", "-cp", "@/app/jib-classpath-file",
				mainClass);
	}

	/**
	 * The audit consumer's image started as the Helm chart runs it ({@link #startAsTheChartRunsIt})
	 * against the real PostgreSQL and RabbitMQ: it migrates its schema, binds its queue and reports
	 * ready; an event published to its exchange is stored and listed by the admin query, whose key
	 * comes from the Secret. The queue is this run's own (an exchange of its own, removed afterwards).
	 */
	@Test
	void auditConsumerImageWhenStartedAsTheChartRunsItThenStoresAndListsEvents(@TempDir Path work) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String destination = "applicant.audit.test.image." + run;
		String adminKey = "image-test-admin-key-" + UUID.randomUUID();
		// what an operator puts in the Secrets the chart refers to
		Map<String, String> secrets = backendSecrets("applicant_test_image");
		secrets.put("applicant-gpt-audit/admin-key", adminKey);
		// a binding name with dashes cannot be set from the environment
		Pod pod = startAsTheChartRunsIt("audit-consumer", RenderedChart.withDefaults(), secrets,
				List.of("--spring.cloud.stream.bindings.auditEvents-in-0.destination=" + destination), work);
		try {
			pod.awaitReady();

			String candidate = "user_image_" + run;
			AuditEvent event = AuditEvent.builder("actions.operation.executed", "container-image-test")
				.actor(AuditEvent.ActorType.CANDIDATE, candidate)
				.candidateId(candidate)
				.build();
			publish(destination, event);
			String query = "/admin/audit-events?candidate_id=" + candidate;
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(get(pod.port(), query, adminKey).body())
					.contains(event.eventId().toString()));
			assertThat(get(pod.port(), query, "not-the-" + adminKey).statusCode()).isEqualTo(401);
			pod.assertCleanLog(adminKey);
		}
		finally {
			pod.stop();
			removeDestination(destination);
		}
	}

	/**
	 * The gateway's image started as the Helm chart runs it ({@link #startAsTheChartRunsIt}) with
	 * the real Redis (the chart's {@code services.gateway.redis.host} pointed at it): ready on its
	 * management port, and a request is routed by the chart's service name to the actions service
	 * (an in-test HTTP server on the chart's {@code services.actions.port}, the name resolved through
	 * the image's /etc/hosts as cluster DNS would resolve it), counted by the rate limiter in Redis,
	 * given a request id, and forwarded without the caller's identity headers.
	 */
	@Test
	void gatewayImageWhenStartedAsTheChartRunsItThenRoutesByServiceNameAndLimitsThroughRedis(@TempDir Path work)
			throws Exception {
		List<Headers> forwarded = new CopyOnWriteArrayList<>();
		HttpServer actions = HttpServer
			.create(new InetSocketAddress("127.0.0.1", 0), 0);
		actions.createContext("/api/v1/gpt/privacy", (exchange) -> {
			forwarded.add(exchange.getRequestHeaders());
			byte[] body = "privacy page".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		actions.start();
		String internalKey = "image-test-internal-key-" + UUID.randomUUID();
		// the chart's values an operator sets: where Redis is; here also the actions service's port
		// (the stand-in's) and a rate-limit key prefix of this run's own
		String keyPrefix = "applicant:test:image:" + UUID.randomUUID().toString().substring(0, 8);
		RenderedChart chart = RenderedChart.render(null, Map.of("services.gateway.redis.host", "127.0.0.1",
				"services.actions.port", actions.getAddress().getPort(),
				"services.gateway.extraEnv.APPLICANT_GATEWAY_RATE_LIMIT_KEY_PREFIX", keyPrefix));
		Pod pod = startAsTheChartRunsIt("api-gateway", chart, Map.of("applicant-gpt-internal/service-key", internalKey),
				List.of(), work);
		try {
			pod.awaitReady();

			HttpResponse<String> routed = get(pod.port(), "/api/v1/gpt/privacy", null,
					"X-Clerk-User-Id", "user_forged");
			assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
			assertThat(routed.body()).isEqualTo("privacy page");
			assertThat(routed.headers().firstValue("X-Request-Id")).isPresent();
			assertThat(routed.headers().firstValue("X-RateLimit-Limit")).as("decided by the limiter in Redis")
				.hasValue("60");
			assertThat(routed.headers().firstValue("X-RateLimit-Remaining")).hasValue("59");
			assertThat(forwarded).singleElement().satisfies((headers) -> {
				assertThat(headers.getFirst("X-Request-Id")).isEqualTo(routed.headers().firstValue("X-Request-Id").get());
				assertThat(headers.containsKey("X-Clerk-User-Id")).as("identity header from the caller").isFalse();
			});
			HttpResponse<String> unknown = get(pod.port(), "/nothing-here", null);
			assertThat(unknown.statusCode()).isEqualTo(404);
			assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			pod.assertCleanLog(internalKey);
		}
		finally {
			pod.stop();
			actions.stop(0);
		}
	}

	/**
	 * The OAuth service's image started as the Helm chart runs it ({@link #startAsTheChartRunsIt})
	 * against the real PostgreSQL and RabbitMQ, with its signing key arriving as the chart's
	 * projected volume (the key id from the ConfigMap, the PEM from the Secret) through Spring's
	 * config tree: it migrates its schema, becomes ready, and publishes the authorization server's
	 * metadata for the chart's public URL and the chart's key id in its JWKS.
	 */
	@Test
	void oauthImageWhenStartedAsTheChartRunsItThenPublishesMetadataAndTheSigningKey(@TempDir Path work)
			throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		String tokenKey = "image-test-token-key-" + UUID.randomUUID();
		Map<String, String> secrets = backendSecrets("applicant_test_image_oauth");
		secrets.put("applicant-gpt-internal/service-key", "image-test-internal-key-" + UUID.randomUUID());
		secrets.putAll(Map.of("applicant-gpt-oauth/token-key", tokenKey,
				"applicant-gpt-oauth/client-secret-pepper", "image-test-pepper-" + UUID.randomUUID(),
				"applicant-gpt-oauth/clerk-webhook-secret", "whsec_" + Base64.getEncoder()
					.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)),
				"applicant-gpt-oauth/admin-key", "image-test-admin-key-" + UUID.randomUUID(),
				"applicant-gpt-oauth-clients/chatgpt", "image-test-client-secret-" + UUID.randomUUID(),
				"applicant-gpt-oauth-signing-keys/key-1.pem", pem));
		RenderedChart chart = RenderedChart.withDefaults();
		Pod pod = startAsTheChartRunsIt("gpt-oauth-service", chart, secrets, List.of(), work);
		try {
			pod.awaitReady();

			HttpResponse<String> metadata = get(pod.port(), "/.well-known/oauth-authorization-server", null);
			assertThat(metadata.statusCode()).as(metadata.body()).isEqualTo(200);
			assertThat(metadata.body()).contains("\"issuer\":\"https://gpt.applicant.network\"");
			HttpResponse<String> jwks = get(pod.port(), "/api/v1/gpt/oauth/jwks.json", null);
			assertThat(jwks.statusCode()).isEqualTo(200);
			assertThat(jwks.body()).contains("\"kid\":\"key-1\"").contains("\"crv\":\"P-256\"").doesNotContain("\"d\"");
			pod.assertCleanLog(tokenKey);
			assertThat(Files.readString(pod.log())).doesNotContain(pem.lines().skip(1).findFirst().orElseThrow());
		}
		finally {
			pod.stop();
		}
	}

	/**
	 * The actions service's image started as the Helm chart runs it ({@link #startAsTheChartRunsIt})
	 * against the real PostgreSQL and RabbitMQ: it migrates its schemas, builds its (empty) job index
	 * and becomes ready; it serves the privacy page with the chart's contact address, and refuses an
	 * operation without an access token with the 401 challenge.
	 */
	@Test
	void actionsImageWhenStartedAsTheChartRunsItThenServesPublicPagesAndChallengesForAToken(@TempDir Path work)
			throws Exception {
		String internalKey = "image-test-internal-key-" + UUID.randomUUID();
		Map<String, String> secrets = backendSecrets("applicant_test_image_actions");
		secrets.put("applicant-gpt-internal/service-key", internalKey);
		secrets.put("applicant-gpt-actions/admin-key", "image-test-admin-key-" + UUID.randomUUID());
		Pod pod = startAsTheChartRunsIt("gpt-actions-service", RenderedChart.withDefaults(), secrets, List.of(), work);
		try {
			pod.awaitReady();

			HttpResponse<String> privacy = get(pod.port(), "/api/v1/gpt/privacy", null);
			assertThat(privacy.statusCode()).isEqualTo(200);
			assertThat(privacy.body()).contains("privacy@applicant.network");
			HttpResponse<String> search = get(pod.port(), "/api/v1/gpt/jobs?query=nurse", null);
			assertThat(search.statusCode()).isEqualTo(401);
			assertThat(search.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).startsWith("Bearer"));
			pod.assertCleanLog(internalKey);
		}
		finally {
			pod.stop();
		}
	}

	/**
	 * Starts a service's image as the Helm chart runs it: the image's environment overlaid with
	 * exactly the environment the chart renders for the service's Deployment (its ConfigMap and its
	 * Secret references, each Secret value given in {@code secrets} as an operator would create it;
	 * a reference without one fails the test), its projected volumes written as the kubelet writes
	 * them and bound in read-only, the heap sized by the chart's memory limit, the root file system
	 * read-only with a tmpfs where the chart mounts its {@code /tmp} volume, a fresh /proc, the
	 * host's /dev, and the chart's Service names resolving (to this host) as cluster DNS would
	 * resolve them. Only the ports differ from a pod, because the test shares the host's network:
	 * the HTTP and management ports are free ones.
	 */
	private static Pod startAsTheChartRunsIt(String component, RenderedChart chart, Map<String, String> secrets,
			List<String> arguments, Path work) throws Exception {
		Path tarball = ROOT.resolve(component).resolve("target").resolve("jib-image.tar");
		assertThat(tarball).as("build the image first: ./mvnw -B -q -pl %s verify", component).exists();
		Map<String, byte[]> files = readTar(tarball);
		Map<String, Object> manifest = map(list(yaml(files.get("manifest.json"))).get(0));
		Map<String, Object> config = map(map(yaml(files.get((String) manifest.get("Config")))).get("config"));
		Path rootfs = Files.createDirectories(work.resolve("rootfs"));
		for (Object layer : list(manifest.get("Layers"))) {
			unpackLayer(files.get((String) layer), rootfs);
		}
		// what cluster DNS does for the chart's Services: their names resolve (here, to this host)
		StringBuilder hosts = new StringBuilder("127.0.0.1 localhost\n");
		chart.ofKind("Service").forEach((service) -> hosts.append("127.0.0.1 ").append(at(service, "metadata", "name")).append('\n'));
		Files.createDirectories(rootfs.resolve("etc"));
		Files.writeString(rootfs.resolve("etc/hosts"), hosts);
		Map<String, Object> deployment = chart.get("Deployment", component);
		Map<String, Object> container = chart.container(deployment);
		assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
		Map<String, Path> binds = new LinkedHashMap<>();
		for (Object mount : list(container.get("volumeMounts"))) {
			String path = (String) at(mount, "mountPath");
			if (!path.equals("/tmp")) {
				Path volume = Files.createDirectories(work.resolve("volume-" + binds.size()));
				chart.writeProjectedVolume(deployment, (String) at(mount, "name"), (secret) -> {
					assertThat(secrets).as("the volume at %s reads the Secret key %s", path, secret).containsKey(secret);
					return secrets.get(secret);
				}, volume);
				Files.createDirectories(rootfs.resolve(path.substring(1)));
				binds.put(path, volume);
			}
		}
		assertThat(list(container.get("volumeMounts"))).extracting((mount) -> at(mount, "mountPath")).contains("/tmp");

		Map<String, String> environment = new LinkedHashMap<>();
		for (Object entry : list(config.get("Env"))) {
			String[] pair = ((String) entry).split("=", 2);
			environment.put(pair[0], pair[1]);
		}
		chart.environment(deployment).forEach((name, value) -> {
			if (value.startsWith("secret:")) {
				String secret = value.substring("secret:".length());
				assertThat(secrets).as("the chart reads %s from the Secret key %s", name, secret).containsKey(secret);
				value = secrets.get(secret);
			}
			environment.put(name, value);
		});
		assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "prod").containsKey("SERVER_PORT");
		int port = freePort();
		environment.put("SERVER_PORT", Integer.toString(port));
		int managementPort = port;
		if (environment.containsKey("MANAGEMENT_SERVER_PORT")) {
			managementPort = freePort();
			environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
		}
		// the container's memory limit is what sizes the heap in a pod; MaxRAM stands in for it here
		long memoryLimit = bytes((String) at(container, "resources", "limits", "memory"));
		environment.put("JAVA_TOOL_OPTIONS", (environment.getOrDefault("JAVA_TOOL_OPTIONS", "") + " -XX:MaxRAM="
				+ memoryLimit + " -XX:TieredStopAtLevel=1").strip());
		List<String> command = new ArrayList<>();
		list(config.get("Entrypoint")).forEach((part) -> command.add((String) part));
		command.addAll(arguments);
		Path log = work.resolve(component + ".log");
		return new Pod(start(rootfs, command, environment, log, binds), log, rootfs, port, managementPort);
	}

	/**
	 * What an operator puts in the database and RabbitMQ Secrets the chart refers to: this machine's
	 * PostgreSQL (a test database of the given name) and RabbitMQ. Mutable, for each service's own.
	 */
	private static Map<String, String> backendSecrets(String database) throws Exception {
		return new HashMap<>(Map.of(
				"applicant-gpt-database/url", PostgresTestDatabase.ensure(database),
				"applicant-gpt-database/username", PostgresTestDatabase.user(),
				"applicant-gpt-database/password", "", "applicant-gpt-rabbitmq/host", "127.0.0.1",
				"applicant-gpt-rabbitmq/port", "5672", "applicant-gpt-rabbitmq/username", "guest",
				"applicant-gpt-rabbitmq/password", "guest"));
	}

	/** The shell commands that bind each volume read-only at its path inside the image ("$0"). */
	private static String volumeMounts(Map<String, Path> binds) {
		StringBuilder mounts = new StringBuilder();
		binds.forEach((inImage, host) -> {
			assertThat(inImage + host).as("volume paths").matches("[A-Za-z0-9_./-]+");
			mounts.append("&& mount --bind ").append(host).append(" \"$0").append(inImage).append("\" ")
				.append("&& mount -o remount,bind,ro \"$0").append(inImage).append("\" ");
		});
		return mounts.toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** An image's process started by {@link #startAsTheChartRunsIt}. */
	private record Pod(Process process, Path log, Path rootfs, int port, int managementPort) {

		void awaitReady() throws Exception {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			String health = "";
			while (!health.contains("\"UP\"") && System.nanoTime() < deadline) {
				assertThat(this.process.isAlive()).as("the image's process ended:%n%s", tail(this.log)).isTrue();
				health = readiness(this.managementPort);
				if (!health.contains("\"UP\"")) {
					this.process.waitFor(500, TimeUnit.MILLISECONDS);
				}
			}
			assertThat(health).as("readiness of the image:%n%s", tail(this.log)).contains("\"UP\"");
		}

		/** The prod profile, no error logged, the secret never printed, nothing written into the image. */
		void assertCleanLog(String secret) throws Exception {
			assertThat(Files.readString(this.log)).contains("prod")
				.doesNotContain("\"level\":\"ERROR\"")
				.doesNotContain(secret);
			if (isolated()) {
				// what it wrote went to its own /tmp volume, nothing into the image's file system
				try (var written = Files.list(this.rootfs.resolve("tmp"))) {
					assertThat(written).isEmpty();
				}
			}
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}

	}

	private static void publish(String destination, AuditEvent event) throws Exception {
		com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
		factory.setHost("127.0.0.1");
		try (com.rabbitmq.client.Connection connection = factory.newConnection();
				com.rabbitmq.client.Channel channel = connection.createChannel()) {
			channel.basicPublish(destination, destination, new com.rabbitmq.client.AMQP.BasicProperties.Builder()
				.contentType("application/json")
				.messageId(event.eventId().toString())
				.build(), new AuditEventCodec().toJson(event));
		}
	}

	private static HttpResponse<String> get(int port, String path, @Nullable String adminKey,
			String... headers) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(10));
			if (adminKey != null) {
				request.header("Authorization", "Bearer " + adminKey);
			}
			if (headers.length > 0) {
				request.headers(headers);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	/** A Kubernetes memory quantity in bytes: 384Mi, 1Gi, 512M or a plain number. */
	static long bytes(String quantity) {
		Map<String, Long> units = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "K", 1_000L, "M", 1_000_000L,
				"G", 1_000_000_000L);
		for (Map.Entry<String, Long> unit : units.entrySet()) {
			if (quantity.endsWith(unit.getKey()) && Character.isDigit(quantity.charAt(quantity.length() - unit.getKey().length() - 1))) {
				return Long.parseLong(quantity.substring(0, quantity.length() - unit.getKey().length())) * unit.getValue();
			}
		}
		return Long.parseLong(quantity);
	}

	/** Whether this kernel lets the tests start an image in namespaces of its own (no root rights needed). */
	private static boolean isolated() throws Exception {
		if (isolated == null) {
			isolated = exec(List.of("unshare", "--user", "--map-root-user", "--mount", "--pid", "--fork", "true"))
				.exit() == 0;
		}
		return isolated;
	}

	private static @Nullable Boolean isolated;

	/*
	 * Starts the image's entry point inside the unpacked image, in a user, mount and PID
	 * namespace with a fresh /proc and the host's /dev bound in (what a runtime provides), or,
	 * where the kernel does not allow that, through the image's own loader and C library.
	 */
	private static Process start(Path rootfs, List<String> command, Map<String, String> environment, Path log)
			throws Exception {
		return start(rootfs, command, environment, log, Map.of());
	}

	/**
	 * @param binds host directories to bind (read-only) into the image, by their path in the image;
	 * only where the kernel allows namespaces
	 */
	private static Process start(Path rootfs, List<String> command, Map<String, String> environment, Path log,
			Map<String, Path> binds) throws Exception {
		Files.createDirectories(rootfs.resolve("proc"));
		Files.createDirectories(rootfs.resolve("dev"));
		List<String> full;
		if (isolated()) {
			// the image's file system read-only, as the chart runs it, with an empty, writable /tmp
			// (its emptyDir volume) and the host's /dev; the host's mount and chroot, then the
			// image's PATH for the entry point's "java"
			Files.createDirectories(rootfs.resolve("tmp"));
			full = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount", "--pid", "--fork",
					"--kill-child=SIGTERM", "--mount-proc=" + rootfs.resolve("proc"), "sh", "-c",
					"mount --rbind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" "
							+ "&& mount -t tmpfs -o size=64m tmpfs \"$0/tmp\" && mount --rbind /dev \"$0/dev\" "
							+ volumeMounts(binds)
							+ "&& CHROOT=\"$(command -v chroot)\" && PATH=\"$IMAGE_PATH\" "
							+ "&& exec \"$CHROOT\" \"$0\" \"$@\"",
					rootfs.toString()));
			full.addAll(command);
		}
		else {
			assertThat(binds).as("volumes need namespaces of the test's own (unshare)").isEmpty();
			full = new ArrayList<>(List.of(rootfs.resolve("lib/x86_64-linux-gnu/ld-linux-x86-64.so.2").toString(),
					"--library-path", rootfs.resolve("lib/x86_64-linux-gnu") + ":" + rootfs.resolve("opt/java/lib")));
			for (String arg : command) {
				if (arg.equals("java")) {
					full.add(rootfs.resolve("opt/java/bin/java").toString());
				}
				else if (arg.equals("@/app/jib-classpath-file")) {
					full.add(Files.readString(rootfs.resolve("app/jib-classpath-file")).strip().replace("/app/", rootfs + "/app/"));
				}
				else {
					full.add(arg);
				}
			}
		}
		ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().clear();
		builder.environment().putAll(environment);
		if (!full.get(0).equals("unshare")) {
			builder.directory(rootfs.toFile());
		}
		else {
			// the host's tools (unshare, sh, mount, chroot) are found on the host's PATH before chroot
			builder.environment().put("IMAGE_PATH", environment.getOrDefault("PATH", "/opt/java/bin"));
			builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"));
		}
		return builder.start();
	}

	private static String readiness(int port) {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
				.timeout(java.time.Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	private static void removeDestination(String destination) throws Exception {
		com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(5672);
		factory.setUsername("guest");
		factory.setPassword("guest");
		try (com.rabbitmq.client.Connection connection = factory.newConnection();
				com.rabbitmq.client.Channel channel = connection.createChannel()) {
			channel.queueDelete(destination + ".audit-consumer");
			channel.queueDelete(destination + ".audit-consumer.dlq");
			channel.exchangeDelete(destination);
		}
	}

	/**
	 * Runs a program of the unpacked image inside it: in a user namespace with the image as root
	 * directory and a fresh /proc ({@code unshare -r -m -p -f --mount-proc chroot}, no root rights needed) when the kernel allows it, or else
	 * through the image's own dynamic loader and C library (then only absolute paths of this machine
	 * work, so the class path file is rewritten to point into the image).
	 */
	private static String run(Path rootfs, String... command) throws Exception {
		// like a container runtime: a fresh /proc (the loader resolves $ORIGIN through /proc/self/exe)
		Files.createDirectories(rootfs.resolve("proc"));
		List<String> chroot = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount", "--pid", "--fork",
				"--mount-proc=" + rootfs.resolve("proc"), "chroot", rootfs.toString()));
		chroot.addAll(List.of(command));
		Result result = exec(chroot);
		if (result.exit() != 0 && result.output().contains("unshare")) {
			List<String> loader = new ArrayList<>(List.of(
					rootfs.resolve("lib/x86_64-linux-gnu/ld-linux-x86-64.so.2").toString(), "--library-path",
					rootfs.resolve("lib/x86_64-linux-gnu") + ":" + rootfs.resolve("opt/java/lib")));
			for (String arg : command) {
				if (arg.startsWith("/")) {
					loader.add(rootfs + arg);
				}
				else if (arg.equals("@/app/jib-classpath-file")) {
					String classpath = Files.readString(rootfs.resolve("app/jib-classpath-file"))
						.strip()
						.replace("/app/", rootfs + "/app/");
					loader.add(classpath);
				}
				else {
					loader.add(arg);
				}
			}
			result = exec(loader);
		}
		assertThat(result.exit()).as(String.join(" ", command) + "\n" + result.output()).isZero();
		return result.output();
	}

	record Result(int exit, String output) {
	}

	private static Result exec(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private static Object yaml(byte[] json) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(json, StandardCharsets.UTF_8));
	}

	private static Map<String, byte[]> readTar(Path tarball) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (TarArchiveInputStream in = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tarball)))) {
			for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.isFile()) {
					files.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		return files;
	}

	/** Unpacks one gzipped layer into the root filesystem; returns its entries by path (without "./"). */
	private static Map<String, TarArchiveEntry> unpackLayer(byte[] gzipped, Path rootfs) throws IOException {
		Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
		try (InputStream gzip = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped));
				TarArchiveInputStream in = new TarArchiveInputStream(gzip)) {
			for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", "");
				if (name.isEmpty()) {
					continue;
				}
				entries.put(name, entry);
				Path target = rootfs.resolve(name).normalize();
				if (!target.startsWith(rootfs)) {
					throw new AssertionError("layer entry outside the root filesystem: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(target.getParent());
					Files.deleteIfExists(target);
					Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
				}
				else if (entry.isFile()) {
					Files.createDirectories(target.getParent());
					ByteArrayOutputStream content = new ByteArrayOutputStream();
					in.transferTo(content);
					Files.write(target, content.toByteArray());
					if ((entry.getMode() & 0100) != 0) {
						Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
						permissions.add(PosixFilePermission.OWNER_EXECUTE);
						Files.setPosixFilePermissions(target, permissions);
					}
				}
			}
		}
		return entries;
	}

}
