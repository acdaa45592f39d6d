package network.applicant.gpt.audit.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.audit.AuditConsumerIntegrationTestSupport;
import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditEventCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole consumer against the real RabbitMQ and PostgreSQL: messages are published
 * to this class's own exchange with a plain {@link RabbitTemplate}, the way the outbox
 * relay's binder publishes them (JSON body, message id = event id), and the outcome is
 * read from the table and from the dead-letter queue.
 *
 * <p>All cases share one application context (one binding), which is why they live in
 * one class; the exchange, queue and dead-letter queue are deleted afterwards, and the
 * rows this class created are removed by event id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class AuditEventsIntegrationTests extends AuditConsumerIntegrationTestSupport {

	private static final String QUEUE = DESTINATION + "." + GROUP;

	private static final String DLQ = QUEUE + ".dlq";

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditEventCodec codec = new AuditEventCodec();

	private final CachingConnectionFactory connectionFactory = new CachingConnectionFactory("127.0.0.1", 5672);

	private final RabbitTemplate rabbit = new RabbitTemplate(this.connectionFactory);

	private final List<UUID> created = new ArrayList<>();

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private BindingsLifecycleController bindings;

	@LocalServerPort
	private int port;

	@Autowired
	private io.micrometer.core.instrument.MeterRegistry registry;

	@AfterAll
	void deleteWhatThisClassCreated() {
		// stop the consumer first, or its container would declare the queue again
		this.bindings.stop("auditEvents-in-0");
		RabbitAdmin admin = new RabbitAdmin(this.connectionFactory);
		admin.deleteQueue(QUEUE);
		admin.deleteQueue(DLQ);
		admin.deleteExchange(DESTINATION);
		this.connectionFactory.destroy();
		for (UUID id : this.created) {
			this.jdbc.update("DELETE FROM audit.audit_events WHERE event_id = ?", id);
		}
	}

	private AuditEvent track(AuditEvent event) {
		this.created.add(event.eventId());
		return event;
	}

	private void publish(byte[] body, String messageId) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setMessageId(messageId);
		this.rabbit.send(DESTINATION, DESTINATION, new Message(body, properties));
	}

	private void publish(AuditEvent event) {
		publish(this.codec.toJson(event), event.eventId().toString());
	}

	private int rows(UUID eventId) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM audit.audit_events WHERE event_id = ?",
				Integer.class, eventId);
		return (count != null) ? count : -1;
	}

	private void awaitStored(UUID eventId) {
		await().atMost(WAIT).until(() -> rows(eventId) == 1);
	}

	private Message awaitDeadLettered(String messageId) {
		List<Message> seen = new ArrayList<>();
		return await().atMost(WAIT).until(() -> {
			Message message = this.rabbit.receive(DLQ, 500);
			if (message != null) {
				seen.add(message);
			}
			return seen.stream().filter((m) -> messageId.equals(m.getMessageProperties().getMessageId())).findFirst().orElse(null);
		}, (found) -> found != null);
	}

	private static Map<String, String> map(Object json) {
		return JSON.readValue(json.toString(), new TypeReference<Map<String, String>>() {
		});
	}

	@Test
	void auditEventsWhenValidEventPublishedThenOneRowWithEveryColumn() {
		AuditEvent event = track(TestAuditEvents.fullEvent().build());

		publish(event);

		awaitStored(event.eventId());
		Map<String, Object> row = this.jdbc.queryForMap("""
				SELECT *, subject_ids::text AS subject_ids_text, details::text AS details_text
				FROM audit.audit_events WHERE event_id = ?""", event.eventId());
		assertThat(row.get("event_id")).isEqualTo(event.eventId());
		assertThat(row.get("schema_version")).isEqualTo(1);
		assertThat(row.get("event_type")).isEqualTo("actions.application.submitted");
		assertThat(this.jdbc.queryForObject("SELECT occurred_at FROM audit.audit_events WHERE event_id = ?",
				OffsetDateTime.class, event.eventId()).toInstant()).isEqualTo(event.occurredAt());
		assertThat(row.get("source")).isEqualTo("gpt-actions-service");
		assertThat(row.get("actor_type")).isEqualTo("CANDIDATE");
		assertThat(row.get("actor_id")).isEqualTo("user_demo_ada");
		assertThat(row.get("client_id")).isEqualTo("chatgpt-local");
		assertThat(row.get("candidate_id")).isEqualTo("user_demo_ada");
		assertThat(map(row.get("subject_ids_text"))).isEqualTo(Map.of("application_id", "42", "job_id", "7"));
		assertThat(row.get("outcome")).isEqualTo("FAILURE");
		assertThat(row.get("severity")).isEqualTo("WARNING");
		assertThat(row.get("request_id")).isEqualTo("req-12345678");
		assertThat(row.get("trace_id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(map(row.get("details_text"))).isEqualTo(Map.of("status_code", "409"));
		assertThat(row.get("received_at")).isNotNull();
	}

	@Test
	void auditEventsWhenSameEventPublishedAgainThenStillOneRowAndNothingDeadLettered() {
		AuditEvent event = track(TestAuditEvents.fullEvent().build());
		AuditEvent later = track(TestAuditEvents.fullEvent().build());

		// a duplicate publish and a redelivery look the same to the consumer: same message id, same body
		publish(event);
		publish(event);
		publish(event);
		publish(later);

		// one consumer takes the queue in order: once the later event is stored, the copies were handled
		awaitStored(later.eventId());
		assertThat(rows(event.eventId())).isEqualTo(1);
		assertThat(new RabbitAdmin(this.connectionFactory).getQueueInfo(QUEUE).getMessageCount()).isZero();
		Message dead;
		while ((dead = this.rabbit.receive(DLQ, 200)) != null) {
			assertThat(dead.getMessageProperties().getMessageId()).isNotEqualTo(event.eventId().toString());
		}
	}

	@Test
	void auditEventsWhenBodyIsNotJsonThenDeadLetteredUnchangedAndQueueKeepsFlowing(CapturedOutput output) {
		String poisonId = UUID.randomUUID().toString();
		byte[] poison = "not json; secret=hunter2".getBytes(StandardCharsets.UTF_8);
		AuditEvent after = track(TestAuditEvents.fullEvent().build());

		publish(poison, poisonId);
		publish(after);

		awaitStored(after.eventId());
		Message dead = awaitDeadLettered(poisonId);
		assertThat(dead.getBody()).isEqualTo(poison);
		// the binder records why (its x-exception-message only says the retry policy gave up);
		// that header also quotes the body, which the DLQ holds anyway, but no log line does
		assertThat(String.valueOf(dead.getMessageProperties().<Object>getHeader("x-exception-stacktrace")))
			.contains("RejectedAuditMessageException: not an audit event");
		await().atMost(WAIT).until(() -> output.getAll().contains("Dead-lettered audit message " + poisonId));
		assertThat(output.getAll()).doesNotContain("hunter2");
	}

	@Test
	void auditEventsWhenJsonBreaksTheContractThenDeadLetteredAndNotStored(CapturedOutput output) {
		AuditEvent event = TestAuditEvents.fullEvent().build();
		byte[] newerVersion = new String(this.codec.toJson(event), StandardCharsets.UTF_8)
			.replace("\"schemaVersion\":1", "\"schemaVersion\":9")
			.getBytes(StandardCharsets.UTF_8);
		AuditEvent after = track(TestAuditEvents.fullEvent().build());

		publish(newerVersion, event.eventId().toString());
		publish(after);

		awaitStored(after.eventId());
		Message dead = awaitDeadLettered(event.eventId().toString());
		assertThat(dead.getBody()).isEqualTo(newerVersion);
		assertThat(rows(event.eventId())).isZero();
		await().atMost(WAIT)
			.until(() -> output.getAll().contains("Dead-lettered audit message " + event.eventId()
					+ ": not an audit event: unsupported audit event schemaVersion 9"));
	}

	@Test
	void healthWhenDatabaseAndRabbitUpThenLivenessAndReadinessUp() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String probe : List.of("liveness", "readiness")) {
			HttpResponse<String> response = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/" + probe))
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void metricsWhenEventsStoredDuplicatedAndDeadLetteredThenMetersMoveAndPrometheusShowsThem() throws Exception {
		double stored = this.registry.get(AuditConsumerMetrics.EVENTS).tag("result", "stored").counter().count();
		double duplicates = this.registry.get(AuditConsumerMetrics.EVENTS).tag("result", "duplicate").counter().count();
		double dead = this.registry.get(AuditConsumerMetrics.DEAD_LETTERED).counter().count();
		long lagCount = this.registry.get(AuditConsumerMetrics.LAG).timer().count();
		AuditEvent event = track(TestAuditEvents.fullEvent()
			.occurredAt(java.time.Instant.now().minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
			.build());
		String poisonId = UUID.randomUUID().toString();

		publish(event);
		awaitStored(event.eventId());
		publish(event);
		publish("not json".getBytes(StandardCharsets.UTF_8), poisonId);
		awaitDeadLettered(poisonId);

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.registry.get(AuditConsumerMetrics.EVENTS).tag("result", "duplicate").counter().count())
				.isEqualTo(duplicates + 1);
			assertThat(this.registry.get(AuditConsumerMetrics.DEAD_LETTERED).counter().count()).isEqualTo(dead + 1);
		});
		assertThat(this.registry.get(AuditConsumerMetrics.EVENTS).tag("result", "stored").counter().count())
			.isGreaterThanOrEqualTo(stored + 1);
		assertThat(this.registry.get(AuditConsumerMetrics.LAG).timer().count()).isGreaterThan(lagCount);
		assertThat(this.registry.get(AuditConsumerMetrics.LAG).timer().max(java.util.concurrent.TimeUnit.SECONDS))
			.isGreaterThanOrEqualTo(5.0);

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("audit_consumer_lag_seconds_bucket{", "audit_consumer_lag_seconds_count{",
				"audit_consumer_events_total{application=\"audit-consumer\",result=\"stored\"}",
				"audit_consumer_dead_lettered_total{");
	}

}
