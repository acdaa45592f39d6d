package network.applicant.gpt.oauth;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The service refuses to start with bad client configuration, names the key at fault
 * and never prints the pepper or a client secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class OAuthServiceStartupFailureTests {

	private static final String SHORT_PEPPER = "too-short-pepper-d41d8cd9";

	private static final String SECRET = "startup-test-secret-0123456789";

	private static final String KEY_PEM = TestKeys.newPkcs8Pem();

	private static final String KEY_BODY = KEY_PEM.lines().skip(1).findFirst().orElseThrow();

	private static final String SHORT_TOKEN_KEY = "short-token-key-5d41402a";

	/** A webhook secret without the whsec_ prefix. */
	private static final String BARE_WEBHOOK_SECRET = "c3RhcnR1cC13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5";

	/** whsec_ and base64 of only 8 bytes. */
	private static final String SHORT_WEBHOOK_SECRET = "whsec_c2hvcnQta2V5";

	static Stream<Arguments> badConfigurations() {
		String pepper = "applicant.oauth.client-secret-pepper=startup-test-pepper-0123456789abcdef";
		String client = "applicant.oauth.clients[0].";
		List<String> good = List.of("applicant.internal.service-key=startup-test-service-key-0123456789abcdef",
				"applicant.oauth.public-base-url=http://localhost:8080",
				"applicant.oauth.sign-in-url=http://localhost:8080/dev/sign-in",
				"applicant.oauth.token-key=startup-test-token-key-0123456789abcdef",
				"applicant.oauth.clerk-webhook-secret=" + OAuthServiceIntegrationTest.CLERK_WEBHOOK_SECRET,
				"applicant.oauth.signing.keys[0].id=startup", "applicant.oauth.signing.keys[0].private-key-pem=" + KEY_PEM,
				"applicant.oauth.signing.active-key-id=startup",
				client + "client-id=startup-test", client + "name=Startup test",
				client + "secret=" + SECRET, client + "redirect-uris=https://chatgpt.com/cb",
				client + "allowed-scopes=jobs:read");
		return Stream.of(
				Arguments.of("missing pepper", with(good), "applicant.oauth.client-secret-pepper is not set"),
				Arguments.of("short pepper", with(good, "applicant.oauth.client-secret-pepper=" + SHORT_PEPPER),
						"applicant.oauth.client-secret-pepper must be at least 32 characters"),
				Arguments.of("default scope not allowed", with(good, pepper, client + "default-scopes=resume:read"),
						"applicant.oauth.clients[0].default-scopes contains 'resume:read'"),
				Arguments.of("relative redirect URI", with(good, pepper, client + "redirect-uris=/oauth/callback"),
						"applicant.oauth.clients[0].redirect-uris[0] must be an absolute https URI"),
				Arguments.of("short token key", with(good, pepper, "applicant.oauth.token-key=" + SHORT_TOKEN_KEY),
						"applicant.oauth.token-key must be at least 32 characters"),
				Arguments.of("broken signing key",
						with(good, pepper, "applicant.oauth.signing.keys[0].private-key-pem=" + KEY_PEM.replace("A", "B")),
						"applicant.oauth.signing.keys[0].private-key-pem is not a PKCS#8 EC P-256 private key"),
				Arguments.of("unknown active key", with(good, pepper, "applicant.oauth.signing.active-key-id=other"),
						"applicant.oauth.signing.active-key-id 'other' names no key"),
				Arguments.of("webhook secret without prefix",
						with(good, pepper, "applicant.oauth.clerk-webhook-secret=" + BARE_WEBHOOK_SECRET),
						"applicant.oauth.clerk-webhook-secret must start with whsec_"),
				Arguments.of("short webhook secret",
						with(good, pepper, "applicant.oauth.clerk-webhook-secret=" + SHORT_WEBHOOK_SECRET),
						"applicant.oauth.clerk-webhook-secret must decode to at least 16 bytes"),
				Arguments.of("local key file under prod",
						with(good, pepper, "spring.profiles.active=prod",
								"applicant.oauth.signing.local-key-file=target/startup-test-prod-key.pem"),
						"applicant.oauth.signing.local-key-file is set while the prod profile is active"));
	}

	private static List<String> with(List<String> base, String... more) {
		List<String> all = new ArrayList<>(base);
		all.addAll(List.of(more));
		return all;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badConfigurations")
	void startWhenConfigurationBadThenFailsNamingTheKeyWithoutPrintingSecrets(String label, List<String> properties,
			String expected, CapturedOutput output) {
		List<String> all = new ArrayList<>(properties);
		all.add("spring.datasource.url=" + PostgresTestDatabase.ensure(OAuthServiceIntegrationTest.DATABASE));
		all.add("spring.datasource.username=" + PostgresTestDatabase.user());
		all.add("spring.datasource.password=");
		all.add("server.port=0");
		all.add("spring.cloud.stream.bindings.auditEvents-out-0.destination=applicant.audit.test.startup-failure");

		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(OAuthServiceApplication.class)
			.properties(all.toArray(String[]::new))
			.run()
			.close());

		assertThat(failure).as(label).isNotNull();
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace.toString()).contains(expected).doesNotContain(SHORT_PEPPER).doesNotContain(SECRET)
			.doesNotContain(KEY_BODY).doesNotContain(SHORT_TOKEN_KEY)
			.doesNotContain(BARE_WEBHOOK_SECRET).doesNotContain(SHORT_WEBHOOK_SECRET.substring(6));
		assertThat(output.getAll()).contains(expected.substring(0, expected.indexOf(' '))).doesNotContain(SHORT_PEPPER).doesNotContain(SECRET).doesNotContain(KEY_BODY).doesNotContain(SHORT_TOKEN_KEY).doesNotContain(BARE_WEBHOOK_SECRET).doesNotContain(SHORT_WEBHOOK_SECRET.substring(6));
	}

}
