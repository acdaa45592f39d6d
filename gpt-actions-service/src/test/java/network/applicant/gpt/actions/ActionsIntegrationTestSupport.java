package network.applicant.gpt.actions;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import network.applicant.gpt.actions.system.SecurityProbeController;
import network.applicant.gpt.config.testing.PostgresTestDatabase;
import network.applicant.gpt.config.testing.TestSigningKey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The one full application context the integration tests share: the {@code local} profile
 * (so the demo loader runs at start-up, as with {@code ./run.sh}) against the real
 * PostgreSQL database {@code applicant_test_actions} and the real RabbitMQ.
 *
 * <p>Test classes extend this class and add nothing to the context configuration, so the
 * context cache starts the application once. The audit destination is unique to this test
 * JVM so that nothing reaches the audit consumer's queue.
 *
 * <p>Access tokens are minted with {@link #bearer} by a test signing key whose JWKS a
 * WireMock server publishes, playing the oauth service's {@code jwks.json}; the service
 * verifies them through the production verifier.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "applicant.demo.jobs=true", "spring.main.banner-mode=off",
				"applicant.actions.search.refresh-interval=1s" })
@ActiveProfiles("local")
@Import(SecurityProbeController.class)
public abstract class ActionsIntegrationTestSupport {

	public static final String ISSUER = "https://applicant.test";

	public static final String AUDIENCE = "https://applicant.test/api/v1/gpt";

	public static final String CLIENT_ID = "chatgpt-test";

	public static final TestSigningKey SIGNING_KEY = TestSigningKey.es256("test-key-1");

	private static final WireMockServer JWKS = startJwks();

	private static WireMockServer startJwks() {
		WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
		server.start();
		server.stubFor(get("/api/v1/gpt/oauth/jwks.json")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TestSigningKey.jwks(SIGNING_KEY))));
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	/**
	 * @param candidateId the token's subject
	 * @param scopes granted scopes
	 * @return an {@code Authorization} header value with a valid access token
	 */
	public static String bearer(String candidateId, String... scopes) {
		return "Bearer " + token(candidateId, scopes).build();
	}

	/**
	 * @param candidateId the token's subject
	 * @param scopes granted scopes
	 * @return a builder for a valid access token, to be changed by the test
	 */
	public static TestSigningKey.TokenBuilder token(String candidateId, String... scopes) {
		return SIGNING_KEY.token()
			.issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(candidateId)
			.claim("client_id", CLIENT_ID)
			.claim("scope", String.join(" ", Arrays.asList(scopes)));
	}

	/**
	 * The job search index is built in the background once the application is ready; every
	 * test starts after it is (readiness, search and the tests' expectations depend on it).
	 */
	@BeforeEach
	void awaitJobSearchIndex(@Autowired ApplicationContext context) {
		HealthIndicator index = context.getBean("jobSearchIndexHealthIndicator", HealthIndicator.class);
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Status.UP.equals(index.health().getStatus()));
	}

	public static final String DATABASE = "applicant_test_actions";

	private static final String AUDIT_DESTINATION = "applicant.audit.test.actions-" + UUID.randomUUID();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry, DATABASE);
		registry.add("applicant.tokens.issuer", () -> ISSUER);
		registry.add("applicant.tokens.audience", () -> AUDIENCE);
		registry.add("applicant.tokens.jwks-uri", () -> JWKS.baseUrl() + "/api/v1/gpt/oauth/jwks.json");
		registry.add("spring.cloud.stream.bindings.auditEvents-out-0.destination", () -> AUDIT_DESTINATION);
		registry.add("spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups", () -> "");
		network.applicant.gpt.actions.resume.ResumeTestServers.register(registry);
	}

}
