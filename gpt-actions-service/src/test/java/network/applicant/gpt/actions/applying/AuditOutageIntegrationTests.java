package network.applicant.gpt.actions.applying;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.resume.document.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A RabbitMQ outage seen by the running service: its connection to the real broker goes
 * through {@link ActionsIntegrationTestSupport#RABBIT}, which this test cuts while actions
 * are called. The actions succeed, their audit events (business and execution events) wait
 * in {@code actions.audit_outbox}, and after the restore each arrives in RabbitMQ exactly
 * once, read back from the test queue bound to the test destination. The broker itself is
 * never stopped, so other tests keep using it.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditOutageIntegrationTests extends ActionsIntegrationTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final CachingConnectionFactory direct = new CachingConnectionFactory("127.0.0.1", 5672);

	private final RabbitTemplate rabbit = new RabbitTemplate(this.direct);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private ApplyFixtures fixtures;

	@BeforeEach
	void createFixtures() {
		this.fixtures = new ApplyFixtures(this.jdbc);
	}

	@AfterEach
	void restoreAndClean() {
		RABBIT.restore();
		this.fixtures.delete();
		this.direct.destroy();
	}

	private HttpResponse<String> post(String path, String body, String scope) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", bearer(this.fixtures.candidate, scope))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<UUID> eventIds() {
		return this.jdbc.queryForList("SELECT event_id FROM actions.audit_outbox WHERE payload->>'candidateId' = ?",
				UUID.class, this.fixtures.candidate);
	}

	private int count(String where) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM actions.audit_outbox WHERE payload->>'candidateId' = ? AND "
				+ where, Integer.class, this.fixtures.candidate);
		return (count != null) ? count : -1;
	}

	@Test
	void actionsWhenRabbitUnreachableThenSucceedAndTheirEventsArriveOnceEachAfterItReturns(CapturedOutput output)
			throws Exception {
		RABBIT.cut();

		HttpResponse<String> summary = post("/api/v1/gpt/applications",
				"{\"job_id\": " + this.fixtures.jobWithoutQuestionsId + "}", "applications:write");
		String token = this.json.readTree(summary.body()).get("confirmation_token").stringValue();
		HttpResponse<String> submitted = post("/api/v1/gpt/applications", "{\"job_id\": "
				+ this.fixtures.jobWithoutQuestionsId + ", \"confirmed\": true, \"confirmation_token\": \"" + token + "\"}",
				"applications:write");
		HttpResponse<String> analysed = post("/api/v1/gpt/resume/analyze",
				"{\"job_id\": " + this.fixtures.jobWithoutQuestionsId + ", \"resume_text\": \"" + resumeText() + "\"}",
				"resume:read");

		assertThat(List.of(summary.statusCode(), submitted.statusCode(), analysed.statusCode()))
			.containsExactly(200, 201, 200);
		// two business events (confirmation requested, application submitted) and three execution events
		List<UUID> events = eventIds();
		assertThat(events).hasSize(5);
		await().atMost(WAIT)
			.until(() -> count("attempts >= 1 AND last_error IS NOT NULL AND next_attempt_at > created_at") >= 1);
		assertThat(count("delivered_at IS NOT NULL")).as("delivered while RabbitMQ was unreachable").isZero();
		assertThat(output.getAll()).contains("Audit event not delivered yet");

		RABBIT.restore();

		await().atMost(WAIT).until(() -> count("delivered_at IS NOT NULL") == events.size());
		Map<UUID, Integer> received = new HashMap<>();
		await().atMost(WAIT).until(() -> {
			Message message = this.rabbit.receive(AUDIT_QUEUE, 200);
			if (message != null) {
				UUID id = UUID.fromString(message.getMessageProperties().getMessageId());
				if (events.contains(id)) {
					received.merge(id, 1, Integer::sum);
				}
			}
			return received.keySet().containsAll(events);
		});
		Message rest;
		while ((rest = this.rabbit.receive(AUDIT_QUEUE, 500)) != null) {
			UUID id = UUID.fromString(rest.getMessageProperties().getMessageId());
			if (events.contains(id)) {
				received.merge(id, 1, Integer::sum);
			}
		}
		assertThat(received).hasSize(events.size()).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
	}

	/* A resume long enough to analyse, as JSON string content. */
	static String resumeText() {
		return String.join("\\n", TestDocuments.SINGLE) + "\\n";
	}

}
