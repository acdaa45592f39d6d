package network.applicant.gpt.audit.events;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.audit.AuditConsumerApplication;
import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit pipeline end to end with the production parts on both sides: a publishing
 * application that records events through shared-config's {@link AuditOutbox} in its own
 * transactions (relayed by the outbox relay through Spring Cloud Stream's Rabbit binder
 * with publisher confirms), the real RabbitMQ, and the audit consumer application storing
 * them in PostgreSQL.
 */
class AuditPipelineEndToEndIntegrationTests {

	private static final String DATABASE = "applicant_test_audit";

	private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private static final String DESTINATION = "applicant.audit.test.e2e-" + SUFFIX;

	private static final String GROUP = "audit-consumer";

	private static final String PUBLISHER_SCHEMA = "publisher_" + SUFFIX;

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static ConfigurableApplicationContext consumer;

	private static ConfigurableApplicationContext publisher;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void start() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(PostgresTestDatabase.ensure(DATABASE));
		dataSource.setUser(PostgresTestDatabase.user());
		jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("CREATE SCHEMA " + PUBLISHER_SCHEMA);
		jdbc.execute("""
				CREATE TABLE %s.audit_outbox (
				    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
				    event_id        uuid        NOT NULL UNIQUE,
				    event_type      text        NOT NULL,
				    payload         jsonb       NOT NULL,
				    created_at      timestamptz NOT NULL,
				    attempts        integer     NOT NULL DEFAULT 0,
				    next_attempt_at timestamptz NOT NULL DEFAULT now(),
				    last_error      text,
				    delivered_at    timestamptz
				)""".formatted(PUBLISHER_SCHEMA));
		String url = PostgresTestDatabase.ensure(DATABASE);
		// command-line arguments, because SpringApplicationBuilder.properties() are defaults that
		// application.yml would override
		consumer = new SpringApplicationBuilder(AuditConsumerApplication.class)
			.run(args("server.port=0", "spring.main.banner-mode=off", "spring.datasource.url=" + url,
					"spring.datasource.username=" + PostgresTestDatabase.user(), "spring.datasource.password=",
					"spring.cloud.stream.bindings.auditEvents-in-0.destination=" + DESTINATION,
					"spring.cloud.stream.bindings.auditEvents-in-0.group=" + GROUP));
		publisher = new SpringApplicationBuilder(Publisher.class).web(WebApplicationType.NONE)
			.run(args("spring.main.banner-mode=off", "spring.application.name=e2e-publisher",
					"spring.datasource.url=" + url, "spring.datasource.username=" + PostgresTestDatabase.user(),
					"spring.datasource.password=", "spring.flyway.enabled=false",
					"spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.publisher-confirm-type=correlated",
					"spring.rabbitmq.publisher-returns=true", "spring.cloud.function.definition=",
					"spring.cloud.stream.output-bindings=auditEvents",
					"spring.cloud.stream.bindings.auditEvents-out-0.destination=" + DESTINATION,
					"spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups=" + GROUP,
					"spring.cloud.stream.rabbit.bindings.auditEvents-out-0.producer.use-confirm-header=true",
					"spring.cloud.stream.rabbit.bindings.auditEvents-out-0.producer.auto-bind-dlq=true",
					"applicant.audit.source=e2e-publisher", "applicant.audit.outbox.enabled=true",
					"applicant.audit.outbox.poll-interval=200ms",
					"applicant.audit.outbox.table=" + PUBLISHER_SCHEMA + ".audit_outbox"));
	}

	private static String[] args(String... properties) {
		return java.util.Arrays.stream(properties).map((property) -> "--" + property).toArray(String[]::new);
	}

	@AfterAll
	static void stop() {
		if (publisher != null) {
			publisher.close();
		}
		if (consumer != null) {
			consumer.close();
		}
		CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			RabbitAdmin admin = new RabbitAdmin(connections);
			admin.deleteQueue(DESTINATION + "." + GROUP);
			admin.deleteQueue(DESTINATION + "." + GROUP + ".dlq");
			admin.deleteExchange(DESTINATION);
		}
		finally {
			connections.destroy();
		}
		jdbc.update("DELETE FROM audit.audit_events WHERE source = 'e2e-publisher'");
		jdbc.execute("DROP SCHEMA " + PUBLISHER_SCHEMA + " CASCADE");
	}

	private static AuditEvent event(String type) {
		return AuditEvent.builder(type, "e2e-publisher")
			.actor(AuditEvent.ActorType.CANDIDATE, "user_demo_ada")
			.candidateId("user_demo_ada")
			.clientId("chatgpt-local")
			.subject("application_id", "42")
			.build();
	}

	private static int stored(UUID eventId) {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM audit.audit_events WHERE event_id = ?", Integer.class,
				eventId);
		return (count != null) ? count : -1;
	}

	@Test
	void committedEventsArriveOnceAndRolledBackEventsNever() {
		AuditOutbox outbox = publisher.getBean(AuditOutbox.class);
		TransactionTemplate transactions = new TransactionTemplate(publisher.getBean(PlatformTransactionManager.class));
		AuditEvent committed = event("actions.application.submitted");
		AuditEvent rolledBack = event("actions.application.submitted");
		AuditEvent marker = event("actions.application.withdrawn");

		transactions.executeWithoutResult((status) -> outbox.record(committed));
		transactions.executeWithoutResult((status) -> {
			outbox.record(rolledBack);
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult((status) -> outbox.record(marker));

		await().atMost(WAIT).until(() -> stored(committed.eventId()) == 1 && stored(marker.eventId()) == 1);
		assertThat(stored(rolledBack.eventId())).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM " + PUBLISHER_SCHEMA
				+ ".audit_outbox WHERE delivered_at IS NOT NULL", Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT candidate_id FROM audit.audit_events WHERE event_id = ?", String.class,
				committed.eventId())).isEqualTo("user_demo_ada");
	}

	@Test
	void eventSentAgainAfterACrashBeforeMarkingIsStoredOnce() {
		AuditOutbox outbox = publisher.getBean(AuditOutbox.class);
		AuditEvent event = event("oauth.token.refreshed");
		outbox.record(event);
		await().atMost(WAIT).until(() -> stored(event.eventId()) == 1);

		// as if the relay crashed after RabbitMQ's confirm but before its commit: the row is sent again
		jdbc.update("UPDATE " + PUBLISHER_SCHEMA + ".audit_outbox SET delivered_at = NULL WHERE event_id = ?",
				event.eventId());
		AuditEvent marker = event("oauth.token.revoked");
		outbox.record(marker);

		await().atMost(WAIT).until(() -> stored(marker.eventId()) == 1 && jdbc.queryForObject("SELECT count(*) FROM "
				+ PUBLISHER_SCHEMA + ".audit_outbox WHERE delivered_at IS NULL", Integer.class) == 0);
		assertThat(stored(event.eventId())).isEqualTo(1);
	}

	/** A publishing service reduced to what the outbox needs: a data source and the Rabbit binder. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Publisher {

	}

}
