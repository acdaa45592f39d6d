package network.applicant.gpt.audit.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.audit.AuditConsumerApplication;
import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditEventCodec;
import network.applicant.gpt.config.testing.PostgresTestDatabase;
import network.applicant.gpt.config.testing.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer that dies in the middle of a batch loses and duplicates nothing.
 *
 * <p>500 events wait in the queue. The first consumer application takes them with the
 * production prefetch (several unacknowledged messages in flight) through a
 * {@link TcpProxy}; the test holds the row of event 200 in an open transaction of its own,
 * so the consumer is stuck inserting it with the following messages prefetched. Then the
 * consumer "crashes": its broker connection is cut (RabbitMQ requeues everything
 * unacknowledged), the held row is released so that the stuck insert commits although its
 * acknowledgement can no longer be sent, and the application is closed. A second consumer
 * application then receives the requeued messages, event 200 among them a second time.
 * The audit log ends with every event exactly once.
 */
class AuditConsumerCrashIntegrationTests {

	private static final String DATABASE = "applicant_test_audit";

	private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private static final String DESTINATION = "applicant.audit.test.crash-" + SUFFIX;

	private static final String GROUP = "audit-consumer";

	private static final String QUEUE = DESTINATION + "." + GROUP;

	private static final String SOURCE = "crash-test-" + SUFFIX;

	private static final int EVENTS = 500;

	private static final int HELD = 200;

	private static final Duration WAIT = Duration.ofSeconds(60);

	private final AuditEventCodec codec = new AuditEventCodec();

	private final CachingConnectionFactory direct = new CachingConnectionFactory("127.0.0.1", 5672);

	private final JdbcTemplate jdbc = jdbc();

	private final List<ConfigurableApplicationContext> consumers = new ArrayList<>();

	private TcpProxy proxy;

	private static JdbcTemplate jdbc() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(PostgresTestDatabase.ensure(DATABASE));
		dataSource.setUser(PostgresTestDatabase.user());
		return new JdbcTemplate(dataSource);
	}

	@AfterEach
	void cleanUp() {
		this.consumers.forEach(ConfigurableApplicationContext::close);
		if (this.proxy != null) {
			this.proxy.close();
		}
		RabbitAdmin admin = new RabbitAdmin(this.direct);
		admin.deleteQueue(QUEUE);
		admin.deleteQueue(QUEUE + ".dlq");
		admin.deleteExchange(DESTINATION);
		this.direct.destroy();
		this.jdbc.update("DELETE FROM audit.audit_events WHERE source = ?", SOURCE);
	}

	private ConfigurableApplicationContext startConsumer(int rabbitPort) {
		String url = PostgresTestDatabase.ensure(DATABASE);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AuditConsumerApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + PostgresTestDatabase.user(), "--spring.datasource.password=",
					"--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + rabbitPort,
					"--spring.cloud.stream.bindings.auditEvents-in-0.destination=" + DESTINATION,
					"--spring.cloud.stream.bindings.auditEvents-in-0.group=" + GROUP);
		this.consumers.add(context);
		return context;
	}

	private int stored() {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM audit.audit_events WHERE source = ?",
				Integer.class, SOURCE);
		return (count != null) ? count : -1;
	}

	private boolean isStored(AuditEvent event) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM audit.audit_events WHERE event_id = ? AND source = ?",
				Integer.class, event.eventId(), SOURCE);
		return count != null && count == 1;
	}

	private boolean consumerWaitsForTheHeldRow() {
		Integer waiting = this.jdbc.queryForObject("""
				SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO audit_events%'""",
				Integer.class);
		return waiting != null && waiting > 0;
	}

	@Test
	void consumerWhenKilledMidBatchThenNextConsumerStoresEveryEventExactlyOnce() throws Exception {
		this.proxy = TcpProxy.start("127.0.0.1", 5672);
		ConfigurableApplicationContext first = startConsumer(this.proxy.port());
		assertThat(first.getEnvironment()
			.getProperty("spring.cloud.stream.rabbit.bindings.auditEvents-in-0.consumer.prefetch", Integer.class))
			.as("messages in flight per consumer")
			.isGreaterThan(1);
		List<AuditEvent> events = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			events.add(AuditEvent.builder("actions.operation.executed", SOURCE)
				.actor(AuditEvent.ActorType.CANDIDATE, "user_demo_ada")
				.candidateId("user_demo_ada")
				.subject("sequence", Integer.toString(i))
				.build());
		}
		try (Connection held = PostgresTestDatabase.connect(DATABASE)) {
			held.setAutoCommit(false);
			hold(held, events.get(HELD));
			publish(events);

			await().atMost(WAIT).until(() -> stored() == HELD && consumerWaitsForTheHeldRow());

			this.proxy.cut();
			held.rollback();
		}
		// the stuck insert commits now, but its acknowledgement has no connection to go to
		await().atMost(WAIT).until(() -> isStored(events.get(HELD)));
		first.close();
		assertThat(stored()).as("stored when the first consumer died").isLessThan(EVENTS);

		startConsumer(5672);

		await().atMost(WAIT).until(() -> stored() == EVENTS);
		assertThat(this.jdbc.queryForList("SELECT event_id FROM audit.audit_events WHERE source = ?", UUID.class,
				SOURCE)).containsExactlyInAnyOrderElementsOf(events.stream().map(AuditEvent::eventId).toList());
		RabbitAdmin admin = new RabbitAdmin(this.direct);
		await().atMost(WAIT).until(() -> admin.getQueueInfo(QUEUE).getMessageCount() == 0);
		assertThat(admin.getQueueInfo(QUEUE + ".dlq").getMessageCount()).as("dead-lettered").isZero();
		assertThat(stored()).isEqualTo(EVENTS);
	}

	/* The same event id inserted, uncommitted, by the test: the consumer's insert waits for it. */
	private static void hold(Connection connection, AuditEvent event) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO audit.audit_events (event_id, schema_version, event_type, occurred_at, source, actor_type,
				                                actor_id, outcome, severity)
				VALUES (?, 1, 'test.row.held', now(), 'crash-test-holder', 'SYSTEM', 'test', 'SUCCESS', 'INFO')""")) {
			insert.setObject(1, event.eventId());
			insert.executeUpdate();
		}
	}

	private void publish(List<AuditEvent> events) {
		RabbitTemplate rabbit = new RabbitTemplate(this.direct);
		for (AuditEvent event : events) {
			MessageProperties properties = new MessageProperties();
			properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
			properties.setMessageId(event.eventId().toString());
			rabbit.send(DESTINATION, DESTINATION, new org.springframework.amqp.core.Message(this.codec.toJson(event),
					properties));
		}
	}

}
