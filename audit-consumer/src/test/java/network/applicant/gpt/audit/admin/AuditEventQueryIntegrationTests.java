package network.applicant.gpt.audit.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.audit.AuditConsumerIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /admin/audit-events} against the running consumer and rows of a candidate of
 * its own in the real audit table.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditEventQueryIntegrationTests extends AuditConsumerIntegrationTestSupport {

	private static final Instant BASE = Instant.parse("2026-03-01T12:00:00.123456Z");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String candidate = "user_test_admin_" + UUID.randomUUID().toString().substring(0, 8);

	/** Newest first, as the endpoint lists them. */
	private final List<UUID> newestFirst = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/*
	 * Seven events one minute apart, the newest an oauth.token.issued; the two oldest share
	 * a timestamp, so the page boundary must be on (occurred_at, event_id).
	 */
	@BeforeEach
	void insertEvents() {
		List<UUID> oldestFirst = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			UUID id = UUID.randomUUID();
			Instant at = BASE.plus(Math.max(i, 1), ChronoUnit.MINUTES);
			String type = (i == 6) ? "oauth.token.issued" : "actions.operation.executed";
			this.jdbc.update("""
					INSERT INTO audit.audit_events (event_id, schema_version, event_type, occurred_at, source, actor_type,
					    actor_id, client_id, candidate_id, subject_ids, outcome, severity, request_id, trace_id, details)
					VALUES (?, 1, ?, ?, 'gpt-actions-service', 'CANDIDATE', ?, 'chatgpt-local', ?,
					    '{"job_id": "7"}'::jsonb, 'SUCCESS', 'INFO', ?, 'trace-1', '{"status_code": "200"}'::jsonb)""",
					id, type, Timestamp.from(at), this.candidate, this.candidate, "req-" + i);
			oldestFirst.add(id);
		}
		List<UUID> sameTime = new ArrayList<>(oldestFirst.subList(0, 2));
		// PostgreSQL orders uuids by their bytes, which is the order of their lower-case text
		sameTime.sort(java.util.Comparator.comparing(UUID::toString).reversed());
		for (int i = 6; i >= 2; i--) {
			this.newestFirst.add(oldestFirst.get(i));
		}
		this.newestFirst.addAll(sameTime);
	}

	@AfterEach
	void deleteEvents() {
		this.jdbc.update("DELETE FROM audit.audit_events WHERE candidate_id = ?", this.candidate);
	}

	private HttpResponse<String> get(String query, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/audit-events" + query));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode ok(String query) throws Exception {
		HttpResponse<String> response = get(query, "Bearer " + ADMIN_KEY);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static List<UUID> ids(JsonNode page) {
		List<UUID> ids = new ArrayList<>();
		page.get("events").forEach((event) -> ids.add(UUID.fromString(event.get("event_id").stringValue())));
		return ids;
	}

	@Test
	void listWhenCandidateThenEveryColumnNewestFirst() throws Exception {
		JsonNode page = ok("?candidate_id=" + this.candidate);

		assertThat(ids(page)).isEqualTo(this.newestFirst);
		assertThat(page.get("next_cursor").isNull()).isTrue();
		JsonNode newest = page.get("events").get(0);
		assertThat(newest.get("schema_version").asInt()).isEqualTo(1);
		assertThat(newest.get("event_type").stringValue()).isEqualTo("oauth.token.issued");
		assertThat(newest.get("occurred_at").stringValue()).isEqualTo("2026-03-01T12:06:00.123456Z");
		assertThat(newest.get("source").stringValue()).isEqualTo("gpt-actions-service");
		assertThat(newest.get("actor_type").stringValue()).isEqualTo("CANDIDATE");
		assertThat(newest.get("actor_id").stringValue()).isEqualTo(this.candidate);
		assertThat(newest.get("client_id").stringValue()).isEqualTo("chatgpt-local");
		assertThat(newest.get("candidate_id").stringValue()).isEqualTo(this.candidate);
		assertThat(newest.get("subject_ids").get("job_id").stringValue()).isEqualTo("7");
		assertThat(newest.get("outcome").stringValue()).isEqualTo("SUCCESS");
		assertThat(newest.get("severity").stringValue()).isEqualTo("INFO");
		assertThat(newest.get("request_id").stringValue()).isEqualTo("req-6");
		assertThat(newest.get("trace_id").stringValue()).isEqualTo("trace-1");
		assertThat(newest.get("details").get("status_code").stringValue()).isEqualTo("200");
		assertThat(newest.get("received_at").isNull()).isFalse();
	}

	@Test
	void listWhenPagedThenKeysetPagesCoverEveryEventOnce() throws Exception {
		List<UUID> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = ok("?candidate_id=" + this.candidate + "&limit=2" + ((cursor != null) ? "&cursor=" + cursor : ""));
			seen.addAll(ids(page));
			cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").stringValue();
			pages++;
		}
		while (cursor != null && pages < 10);

		assertThat(pages).isEqualTo(4);
		assertThat(seen).isEqualTo(this.newestFirst);
	}

	@Test
	void listWhenTypeAndTimeWindowThenOnlyThose() throws Exception {
		assertThat(ids(ok("?candidate_id=" + this.candidate + "&type=oauth.token.issued")))
			.containsExactly(this.newestFirst.get(0));
		// from inclusive, to exclusive: minutes 3, 4 and 5
		assertThat(ids(ok("?candidate_id=" + this.candidate + "&from=2026-03-01T12:03:00.123456Z&to=2026-03-01T12:06:00Z")))
			.isEqualTo(this.newestFirst.subList(1, 4));
	}

	@Test
	void listWhenBadParametersThenProblemNamingTheParameter() throws Exception {
		for (String[] bad : new String[][] { { "", "candidate_id" },
				{ "?candidate_id=" + this.candidate + "&type=Not-A-Type", "type" },
				{ "?candidate_id=" + this.candidate + "&from=yesterday", "from" },
				{ "?candidate_id=" + this.candidate + "&from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "from" },
				{ "?candidate_id=" + this.candidate + "&limit=0", "limit" },
				{ "?candidate_id=" + this.candidate + "&limit=501", "limit" },
				{ "?candidate_id=" + this.candidate + "&cursor=bm90LWEtY3Vyc29y", "cursor" } }) {
			HttpResponse<String> response = get(bad[0], "Bearer " + ADMIN_KEY);

			assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.get("code").stringValue()).isEqualTo("invalid_parameter");
			assertThat(problem.get("parameter").stringValue()).as(bad[0]).isEqualTo(bad[1]);
		}
	}

	@Test
	void listWhenNoOrWrongKeyThenUnauthorizedProblemAndKeyNeverPrinted(CapturedOutput output) throws Exception {
		HttpResponse<String> none = get("?candidate_id=" + this.candidate, null);
		HttpResponse<String> wrong = get("?candidate_id=" + this.candidate, "Bearer " + ADMIN_KEY + "x");
		HttpResponse<String> basic = get("?candidate_id=" + this.candidate, "Basic " + ADMIN_KEY);

		for (HttpResponse<String> response : List.of(none, wrong, basic)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
			assertThat(this.json.readTree(response.body()).get("code").stringValue()).isEqualTo("unauthorized");
			assertThat(response.body()).doesNotContain(this.candidate);
		}
		assertThat(output.getAll()).doesNotContain(ADMIN_KEY);
	}

}
