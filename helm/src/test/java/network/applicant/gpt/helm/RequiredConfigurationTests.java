package network.applicant.gpt.helm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.ConfigTreePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static network.applicant.gpt.helm.RenderedChart.at;
import static network.applicant.gpt.helm.RenderedChart.list;
import static network.applicant.gpt.helm.RenderedChart.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every configuration key a service needs in production is set by the chart, checked with Spring
 * Boot's own binder: the rendered environment variables (ConfigMap and Secret references) and the
 * files of the signing-key config tree are turned into the property sources Spring would see, and
 * each required key must bind. A key that must be secret must come from a Secret.
 *
 * <p>The required keys are those the services refuse to start without (their
 * {@code @ConfigurationProperties} records and Boot's data source and broker), and the list is
 * checked against the modules' {@code application.yml} (which must not set them: production supplies
 * them) and {@code application-local.yml} (every key the local profile supplies is either required
 * here or named as not needed in production, with the reason).
 */
class RequiredConfigurationTests {

	record Required(String key, boolean secret) {
	}

	private static Required config(String key) {
		return new Required(key, false);
	}

	private static Required secret(String key) {
		return new Required(key, true);
	}

	private static final List<Required> DATABASE = List.of(
			secret("spring.datasource.url"), // PostgreSQL JDBC URL; application.yml has none
			secret("spring.datasource.username"), secret("spring.datasource.password"));

	private static final List<Required> RABBITMQ = List.of(
			// application.yml defaults to 127.0.0.1 guest/guest, which must never reach production
			secret("spring.rabbitmq.host"), secret("spring.rabbitmq.port"), secret("spring.rabbitmq.username"),
			secret("spring.rabbitmq.password"));

	private static final List<Required> TOKENS = List.of(
			config("applicant.tokens.issuer"), // AccessTokenProperties: iss of access tokens
			config("applicant.tokens.audience"), // aud of access tokens
			config("applicant.tokens.jwks-uri")); // gpt-oauth-service's JWKS

	private static final Required PROD_PROFILE = config("spring.profiles.active"); // refuses local fixtures

	private static final Required INTERNAL_KEY = secret("applicant.internal.service-key"); // InternalServiceProperties

	static final Map<String, List<Required>> REQUIRED = new LinkedHashMap<>();
	static {
		REQUIRED.put("api-gateway", concat(List.of(PROD_PROFILE, INTERNAL_KEY,
				config("applicant.gateway.services.oauth-uri"), // GatewayServicesProperties: route target
				config("applicant.gateway.services.actions-uri"), // GatewayServicesProperties: route target
				config("applicant.gateway.clerk.issuer"), // ClerkProperties: iss of session tokens
				config("applicant.gateway.clerk.jwks-uri"), // ClerkProperties: one of jwks-uri / public-key-pem
				config("applicant.gateway.clerk.authorized-parties"), // accepted azp (open if unset)
				config("spring.data.redis.host"), // rate limits and readiness; Boot defaults to localhost
				config("spring.data.redis.port")), TOKENS));
		REQUIRED.put("gpt-oauth-service", concat(List.of(PROD_PROFILE, INTERNAL_KEY,
				config("applicant.oauth.public-base-url"), // OAuthServerProperties: required
				config("applicant.oauth.issuer"), // defaults to the public base URL; set explicitly
				config("applicant.oauth.audience"), // defaults to <public base URL>/api/v1/gpt; set explicitly
				config("applicant.oauth.sign-in-url"), // OAuthServerProperties: required
				secret("applicant.oauth.token-key"), // OAuthServerProperties: required, >= 32 characters
				secret("applicant.oauth.client-secret-pepper"), // OAuthClientsProperties: required
				secret("applicant.oauth.clerk-webhook-secret"), // ClerkWebhookProperties: required
				secret("applicant.oauth.admin-key"), // optional secret key: unset disables the admin API
				config("applicant.oauth.signing.active-key-id"), // SigningKeyProperties: required
				config("applicant.oauth.signing.keys[0].id"), // SigningKeyProperties: at least one key
				secret("applicant.oauth.signing.keys[0].private-key-pem"), // its PKCS#8 PEM (a mounted file)
				config("applicant.oauth.clients[0].client-id"), // OAuthClientsProperties.Client
				config("applicant.oauth.clients[0].name"),
				secret("applicant.oauth.clients[0].secret"),
				config("applicant.oauth.clients[0].redirect-uris"),
				config("applicant.oauth.clients[0].allowed-scopes")), DATABASE, RABBITMQ));
		REQUIRED.put("gpt-actions-service", concat(List.of(PROD_PROFILE, INTERNAL_KEY,
				secret("applicant.actions.admin-key")), // optional secret key: unset disables /admin/**
				TOKENS, DATABASE, RABBITMQ));
		REQUIRED.put("audit-consumer", concat(List.of(PROD_PROFILE), DATABASE, RABBITMQ,
				List.of(secret("applicant.audit.admin-key")))); // optional secret key: unset disables /admin/**
		REQUIRED.put("token-cleanup-job", concat(List.of(PROD_PROFILE), DATABASE));
	}

	/** Keys of application-local.yml that production does not need, and why. */
	static final Map<String, String> LOCAL_ONLY = Map.of(
			"applicant.gateway.dev-sign-in.", "the dev sign-in plays Clerk on a developer machine; refused under prod",
			"applicant.oauth.signing.local-key-file", "a generated local key; refused under prod (keys come from a Secret)",
			"applicant.demo.", "demo data is loaded by the local profile only",
			"logging.level.", "debug logging of the local profile",
			"applicant.oauth.clients[0].default-scopes", "optional (default empty); the chart sets it when given",
			"applicant.oauth.clients[0].pkce-required", "optional (default false); the chart always sets it");

	static List<Arguments> services() {
		return REQUIRED.keySet().stream().map(Arguments::of).toList();
	}

	@ParameterizedTest
	@MethodSource("services")
	void requiredKeysWhenDefaultValuesThenEachBindsFromTheRenderedPod(String component, @TempDir Path tree)
			throws IOException {
		assertRequiredKeysBind(RenderedChart.withDefaults(), component, tree);
	}

	@ParameterizedTest
	@MethodSource("services")
	void requiredKeysWhenProductionValuesThenEachBindsFromTheRenderedPod(String component, @TempDir Path tree)
			throws IOException {
		assertRequiredKeysBind(RenderedChart.withProductionValues(), component, tree);
	}

	@ParameterizedTest
	@MethodSource("services")
	void requiredKeysWhenComparedWithTheModuleConfigurationThenProductionMustSupplyThemAndLocalNeedsNothingMore(
			String component) throws IOException {
		Path resources = Path.of("..", component, "src", "main", "resources");
		Set<String> defaults = flatten(resources.resolve("application.yml"));
		Set<String> local = flatten(resources.resolve("application-local.yml"));
		List<String> required = REQUIRED.get(component).stream().map(Required::key).toList();

		// application.yml holds production defaults without secrets or addresses: whatever is required is not in it
		// (RabbitMQ's host/port/guest account are the conventions' local defaults, overridden from the Secret)
		assertThat(required).filteredOn((key) -> !key.startsWith("spring.rabbitmq."))
			.as("required keys that application.yml already sets")
			.noneMatch(defaults::contains);
		// what the local profile needs to run, production needs too, unless it is local-only by design
		Set<String> uncovered = new TreeSet<>();
		for (String key : local) {
			boolean covered = required.stream().anyMatch((r) -> key.equals(r) || key.startsWith(r + "["));
			boolean localOnly = LOCAL_ONLY.keySet().stream().anyMatch(key::startsWith);
			boolean defaulted = defaults.contains(key);
			if (!covered && !localOnly && !defaulted) {
				uncovered.add(key);
			}
		}
		assertThat(uncovered).as("keys of %s's application-local.yml the chart does not set", component).isEmpty();
	}

	private static void assertRequiredKeysBind(RenderedChart chart, String component, Path tree) throws IOException {
		Map<String, Object> workload = "token-cleanup-job".equals(component) ? chart.get("CronJob", component)
				: chart.get("Deployment", component);
		Map<String, String> environment = chart.environment(workload);
		writeConfigTree(chart, workload, environment, tree);

		StandardEnvironment spring = new StandardEnvironment();
		MutablePropertySources sources = spring.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.copyOf(environment)));
		if (Files.list(tree).findAny().isPresent()) {
			sources.addLast(new ConfigTreePropertySource("configtree", tree));
		}
		ConfigurationPropertySources.attach(spring);
		Binder binder = Binder.get(spring);

		for (Required required : REQUIRED.get(component)) {
			String value = binder.bind(required.key(), Bindable.of(String.class))
				.orElseThrow(() -> new AssertionError(component + ": " + required.key() + " is not set; environment: "
						+ environment.keySet()));
			if (required.secret()) {
				assertThat(value).as(component + ": " + required.key() + " must come from a Secret").startsWith("secret:");
			}
			else {
				assertThat(value).as(component + ": " + required.key()).isNotBlank().doesNotStartWith("secret:");
			}
		}
		assertThat(binder.bind("spring.profiles.active", String.class).get()).isEqualTo("prod");

		if ("gpt-oauth-service".equals(component)) {
			// a list binds from ONE property source: every key's id and PEM must arrive together
			record Key(String id, String privateKeyPem) {
			}
			List<Key> keys = binder.bind("applicant.oauth.signing.keys", Bindable.listOf(Key.class)).get();
			assertThat(keys).isNotEmpty().allSatisfy((key) -> {
				assertThat(key.id()).isNotBlank();
				assertThat(key.privateKeyPem()).startsWith("secret:");
			});
			String active = binder.bind("applicant.oauth.signing.active-key-id", String.class).get();
			assertThat(keys).extracting(Key::id).contains(active);
			List<String> redirectUris = binder.bind("applicant.oauth.clients[0].redirect-uris",
					Bindable.listOf(String.class)).get();
			assertThat(redirectUris).hasSize(2).allMatch((uri) -> uri.startsWith("https://"));
			assertThat(binder.bind("applicant.oauth.clients[0].allowed-scopes", Bindable.listOf(String.class)).get())
				.containsExactlyInAnyOrder("jobs:read", "applications:read", "applications:write", "resume:read");
			assertThat(environment.get("SPRING_CONFIG_IMPORT")).isEqualTo("configtree:/etc/applicant/oauth-signing/");
		}
	}

	/**
	 * Writes the files of the projected volumes (the signing keys) as the kubelet would, each Secret
	 * item with the placeholder {@code secret:<name>/<key>}.
	 */
	private static void writeConfigTree(RenderedChart chart, Map<String, Object> workload, Map<String, String> environment,
			Path tree) throws IOException {
		for (Object volume : list(chart.podSpec(workload).getOrDefault("volumes", List.of()))) {
			if (at(volume, "projected") != null) {
				chart.writeProjectedVolume(workload, (String) at(volume, "name"), (secret) -> "secret:" + secret, tree);
			}
		}
		assertThat(environment).isNotEmpty();
	}

	@SafeVarargs
	private static List<Required> concat(List<Required>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

	/** The keys a YAML configuration file sets, flattened to dotted names with [n] for list items. */
	static Set<String> flatten(Path file) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (InputStream in = Files.newInputStream(file)) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			flatten("", root, keys);
		}
		return keys;
	}

	private static void flatten(String prefix, Object node, Set<String> keys) {
		if (node instanceof Map<?, ?> m) {
			m.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, keys));
		}
		else if (node instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
			for (int i = 0; i < l.size(); i++) {
				flatten(prefix + "[" + i + "]", l.get(i), keys);
			}
		}
		else {
			keys.add(prefix);
		}
	}

}
