package network.applicant.gpt.actions;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import network.applicant.gpt.config.testing.PostgresTestDatabase;

/**
 * The one full application context the integration tests share: the {@code local} profile
 * (so the demo loader runs at start-up, as with {@code ./run.sh}) against the real
 * PostgreSQL database {@code applicant_test_actions} and the real RabbitMQ.
 *
 * <p>Test classes extend this class and add nothing to the context configuration, so the
 * context cache starts the application once. The audit destination is unique to this test
 * JVM so that nothing reaches the audit consumer's queue.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "applicant.demo.jobs=true", "spring.main.banner-mode=off" })
@ActiveProfiles("local")
public abstract class ActionsIntegrationTestSupport {

	public static final String DATABASE = "applicant_test_actions";

	private static final String AUDIT_DESTINATION = "applicant.audit.test.actions-" + UUID.randomUUID();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry, DATABASE);
		registry.add("spring.cloud.stream.bindings.auditEvents-out-0.destination", () -> AUDIT_DESTINATION);
		registry.add("spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups", () -> "");
	}

}
