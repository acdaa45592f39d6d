package network.applicant.gpt.audit.events;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

import network.applicant.gpt.audit.AuditConsumerApplication;
import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A bad configuration stops the application at start-up with a message that names the key.
 */
class AuditConsumerStartupTests {

	private static final String DESTINATION = "applicant.audit.test." + UUID.randomUUID().toString().substring(0, 8);

	@AfterAll
	static void deleteAnythingDeclared() {
		CachingConnectionFactory connectionFactory = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			RabbitAdmin admin = new RabbitAdmin(connectionFactory);
			admin.deleteQueue(DESTINATION + ".startup");
			admin.deleteQueue(DESTINATION + ".startup.dlq");
			admin.deleteExchange(DESTINATION);
		}
		finally {
			connectionFactory.destroy();
		}
	}

	@Test
	void startWhenMaxPayloadSizeOutOfBoundsThenFailsNamingTheKey() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(AuditConsumerApplication.class)
			.web(WebApplicationType.NONE);
		String[] args = { "--spring.datasource.url=" + PostgresTestDatabase.ensure("applicant_test_audit"),
				"--spring.datasource.username=" + PostgresTestDatabase.user(), "--spring.datasource.password=",
				"--spring.cloud.stream.bindings.auditEvents-in-0.destination=" + DESTINATION,
				"--spring.cloud.stream.bindings.auditEvents-in-0.group=startup",
				"--applicant.audit.consumer.max-payload-size=10MB" };

		assertThatException().isThrownBy(() -> application.run(args).close())
			.satisfies((ex) -> org.assertj.core.api.Assertions
				.assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
				.contains("applicant.audit.consumer.max-payload-size must be between 1KB and 1MB"));
	}

}
