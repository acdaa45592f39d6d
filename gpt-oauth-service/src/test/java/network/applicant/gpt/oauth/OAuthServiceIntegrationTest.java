package network.applicant.gpt.oauth;

import java.util.UUID;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import network.applicant.gpt.config.testing.PostgresTestDatabase;

/**
 * The one application context that the integration tests share: the whole service
 * against the real PostgreSQL (database {@code applicant_test_oauth}) and RabbitMQ, with
 * audit events sent to an exchange of this test run's own.
 *
 * <p>Subclasses add no configuration of their own, so Spring's context cache starts the
 * application once. The exchange and the consumer-group queue are deleted when that
 * context closes rather than after each class, because the cached context keeps
 * publishing to them until then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"applicant.oauth.client-secret-pepper=" + OAuthServiceIntegrationTest.PEPPER,
		"applicant.oauth.clients[0].client-id=" + OAuthServiceIntegrationTest.CONFIGURED_CLIENT_ID,
		"applicant.oauth.clients[0].name=Configured test client",
		"applicant.oauth.clients[0].secret=" + OAuthServiceIntegrationTest.CONFIGURED_CLIENT_SECRET,
		"applicant.oauth.clients[0].redirect-uris[0]=https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback",
		"applicant.oauth.clients[0].allowed-scopes=jobs:read,applications:read",
		"applicant.oauth.clients[0].default-scopes=jobs:read",
		"applicant.internal.service-key=" + OAuthServiceIntegrationTest.SERVICE_KEY,
		"applicant.oauth.public-base-url=http://localhost:8080",
		"applicant.oauth.sign-in-url=http://localhost:8080/dev/sign-in",
		"applicant.oauth.token-key=" + OAuthServiceIntegrationTest.TOKEN_KEY,
		"applicant.oauth.admin-key=" + OAuthServiceIntegrationTest.ADMIN_KEY,
		"applicant.oauth.clerk-webhook-secret=" + OAuthServiceIntegrationTest.CLERK_WEBHOOK_SECRET,
		"applicant.oauth.clients[0].redirect-uris[1]=https://chat.openai.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback",
		"applicant.oauth.signing.active-key-id=" + OAuthServiceIntegrationTest.ACTIVE_KEY_ID,
		"applicant.audit.outbox.poll-interval=200ms" })
@Import(OAuthServiceIntegrationTest.BrokerCleanup.class)
public abstract class OAuthServiceIntegrationTest {

	/** The test database. */
	public static final String DATABASE = "applicant_test_oauth";

	/** The client secret pepper of the test context. */
	public static final String PEPPER = "test-client-secret-pepper-0123456789abcdef";

	/** The client the test context's configuration registers. */
	public static final String CONFIGURED_CLIENT_ID = "it-configured";

	/** Its secret. */
	public static final String CONFIGURED_CLIENT_SECRET = "it-configured-secret-0123456789";

	/** The internal service key the test context trusts identity headers with. */
	public static final String SERVICE_KEY = "test-internal-service-key-0123456789abcdef";

	/** The key of the server's own HMACs. */
	public static final String TOKEN_KEY = "test-oauth-token-key-0123456789abcdef0123";

	/** The admin key. */
	public static final String ADMIN_KEY = "test-admin-key-0123456789";

	/** The 32 bytes behind the Clerk webhook secret of the test context. */
	public static final String CLERK_WEBHOOK_KEY = "test-clerk-webhook-secret-567890";

	/** The Clerk webhook (Svix) secret of the test context: {@code whsec_} + base64 of {@link #CLERK_WEBHOOK_KEY}. */
	public static final String CLERK_WEBHOOK_SECRET = "whsec_dGVzdC1jbGVyay13ZWJob29rLXNlY3JldC01Njc4OTA=";

	/** The key published before the active one (rotation). */
	public static final String PREVIOUS_KEY_ID = "test-previous";

	/** The key that signs. */
	public static final String ACTIVE_KEY_ID = "test-active";

	/** PKCS#8 PEM of the previous key; tests sign with it to prove it still verifies. */
	public static final String PREVIOUS_KEY_PEM = TestKeys.newPkcs8Pem();

	/** PKCS#8 PEM of the active key. */
	public static final String ACTIVE_KEY_PEM = TestKeys.newPkcs8Pem();

	/** The audit exchange of this test run. */
	public static final String AUDIT_DESTINATION = "applicant.audit.test."
			+ UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	/** The durable queue of the audit consumer's group, declared through {@code required-groups}. */
	public static final String AUDIT_QUEUE = AUDIT_DESTINATION + ".audit-consumer";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry, DATABASE);
		registry.add("spring.cloud.stream.bindings.auditEvents-out-0.destination", () -> AUDIT_DESTINATION);
		registry.add("applicant.oauth.signing.keys[0].id", () -> PREVIOUS_KEY_ID);
		registry.add("applicant.oauth.signing.keys[0].private-key-pem", () -> PREVIOUS_KEY_PEM);
		registry.add("applicant.oauth.signing.keys[1].id", () -> ACTIVE_KEY_ID);
		registry.add("applicant.oauth.signing.keys[1].private-key-pem", () -> ACTIVE_KEY_PEM);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class BrokerCleanup {

		/** The clock every lifetime is measured with; tests move it forward instead of sleeping. */
		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock();
		}

		@Bean
		DisposableBean auditBrokerCleanup(AmqpAdmin admin) {
			return () -> {
				admin.deleteQueue(AUDIT_QUEUE);
				admin.deleteExchange(AUDIT_DESTINATION);
			};
		}

	}

}
