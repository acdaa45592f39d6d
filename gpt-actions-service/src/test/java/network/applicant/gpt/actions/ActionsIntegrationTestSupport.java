package network.applicant.gpt.actions;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
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
import network.applicant.gpt.config.testing.TcpProxy;
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
 * JVM so that nothing reaches the audit consumer's queue; the binder declares the queue
 * {@link #AUDIT_QUEUE} on it, so the relay can deliver, and the exchange and queues are
 * deleted when the JVM ends.
 *
 * <p>The application reaches RabbitMQ through {@link #RABBIT}, a {@link TcpProxy} that a
 * test can cut to play a broker outage (it must restore it before it ends). The outbox relay
 * polls every 100 ms and backs off at most 1 s, so delivery resumes quickly after a restore.
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

	public static final String AUDIT_DESTINATION = "applicant.audit.test.actions-" + UUID.randomUUID();

	public static final String AUDIT_GROUP = "actions-tests";

	/** The queue the binder declares on the test audit destination; every relayed event lands here. */
	public static final String AUDIT_QUEUE = AUDIT_DESTINATION + "." + AUDIT_GROUP;

	/** The application's way to RabbitMQ; cut it to play an outage, and restore it. */
	public static final TcpProxy RABBIT = startRabbitProxy();

	private static TcpProxy startRabbitProxy() {
		TcpProxy proxy = TcpProxy.start("127.0.0.1", 5672);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			proxy.close();
			CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
			try {
				RabbitAdmin admin = new RabbitAdmin(connections);
				admin.deleteQueue(AUDIT_QUEUE);
				admin.deleteQueue(AUDIT_QUEUE + ".dlq");
				admin.deleteExchange(AUDIT_DESTINATION);
			}
			catch (RuntimeException ex) {
				// best effort: the broker may be gone already
			}
			finally {
				connections.destroy();
			}
		}));
		return proxy;
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry, DATABASE);
		registry.add("applicant.tokens.issuer", () -> ISSUER);
		registry.add("applicant.tokens.audience", () -> AUDIENCE);
		registry.add("applicant.tokens.jwks-uri", () -> JWKS.baseUrl() + "/api/v1/gpt/oauth/jwks.json");
		registry.add("spring.cloud.stream.bindings.auditEvents-out-0.destination", () -> AUDIT_DESTINATION);
		registry.add("spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups", () -> AUDIT_GROUP);
		registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
		registry.add("spring.rabbitmq.port", RABBIT::port);
		registry.add("applicant.audit.outbox.poll-interval", () -> "100ms");
		registry.add("applicant.audit.outbox.max-backoff", () -> "1s");
		network.applicant.gpt.actions.resume.ResumeTestServers.register(registry);
	}

}
