package network.applicant.gpt.audit;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import network.applicant.gpt.config.testing.PostgresTestDatabase;

/**
 * The one full application context the consumer's {@code @SpringBootTest} classes share:
 * the real PostgreSQL database {@code applicant_test_audit}, the real RabbitMQ with a
 * destination of its own, and a random admin key. Test classes extend it and add nothing
 * to the context configuration, so the context cache starts the application once. The
 * destination's exchange and queues are deleted when the context closes, after the binding
 * has stopped.
 */
@SpringBootTest(classes = AuditConsumerApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DeleteTestDestination.class)
public abstract class AuditConsumerIntegrationTestSupport {

	public static final String DATABASE = "applicant_test_audit";

	public static final String DESTINATION = "applicant.audit.test." + UUID.randomUUID().toString().substring(0, 8);

	public static final String GROUP = "audit-consumer-test";

	/** The admin key of the shared context; long and random, as in production. */
	public static final String ADMIN_KEY = "test-admin-key-" + UUID.randomUUID();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry, DATABASE);
		registry.add("spring.cloud.stream.bindings.auditEvents-in-0.destination", () -> DESTINATION);
		registry.add("spring.cloud.stream.bindings.auditEvents-in-0.group", () -> GROUP);
		registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
		registry.add("spring.rabbitmq.port", () -> "5672");
		registry.add("applicant.audit.admin-key", () -> ADMIN_KEY);
	}

}
