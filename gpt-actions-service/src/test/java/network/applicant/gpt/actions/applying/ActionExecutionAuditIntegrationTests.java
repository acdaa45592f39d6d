package network.applicant.gpt.actions.applying;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.resume.document.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code actions.operation.executed} audit event of every Actions API call, read from
 * the outbox by the request id each call sends.
 */
class ActionExecutionAuditIntegrationTests extends ActionsIntegrationTestSupport {

	private static final String EVENT_TYPE = "actions.operation.executed";

	private static final String KEY_HEADER = "x-internal-service-key";

	private static final String LOCAL_KEY = "local-internal-service-key-change-me-0123456789";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

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
	void deleteFixtures() {
		this.fixtures.delete();
	}

	private HttpResponse<String> call(String method, String path, String body, String requestId, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Request-Id", requestId)
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String requestId() {
		return "req-audit-" + UUID.randomUUID();
	}

	private List<JsonNode> events(String requestId) {
		return this.jdbc
			.queryForList("SELECT payload::text FROM actions.audit_outbox WHERE event_type = ? AND payload->>'requestId' = ?",
					String.class, EVENT_TYPE, requestId)
			.stream()
			.map(this.json::readTree)
			.toList();
	}

	private JsonNode onlyEvent(String requestId) {
		List<JsonNode> events = events(requestId);
		assertThat(events).as("execution events of " + requestId).hasSize(1);
		return events.get(0);
	}

	@Test
	void submitApplicationWhenBothStepsSucceedThenOneExecutionEventEachBesideTheBusinessEvent() throws Exception {
		String authorization = bearer(this.fixtures.candidate, "applications:write");
		String first = requestId();
		String second = requestId();

		HttpResponse<String> summary = call("POST", "/api/v1/gpt/applications",
				"{\"job_id\": " + this.fixtures.jobWithoutQuestionsId + "}", first, "Authorization", authorization);
		String token = this.json.readTree(summary.body()).get("confirmation_token").stringValue();
		HttpResponse<String> submitted = call("POST", "/api/v1/gpt/applications", "{\"job_id\": "
				+ this.fixtures.jobWithoutQuestionsId + ", \"confirmed\": true, \"confirmation_token\": \"" + token + "\"}",
				second, "Authorization", authorization);

		assertThat(summary.statusCode()).isEqualTo(200);
		assertThat(submitted.statusCode()).isEqualTo(201);
		JsonNode event = onlyEvent(second);
		assertThat(event.get("source").stringValue()).isEqualTo("gpt-actions-service");
		assertThat(event.get("actor").get("type").stringValue()).isEqualTo("CANDIDATE");
		assertThat(event.get("actor").get("id").stringValue()).isEqualTo(this.fixtures.candidate);
		assertThat(event.get("candidateId").stringValue()).isEqualTo(this.fixtures.candidate);
		assertThat(event.get("clientId").stringValue()).isEqualTo(CLIENT_ID);
		assertThat(event.get("outcome").stringValue()).isEqualTo("SUCCESS");
		assertThat(event.get("severity").stringValue()).isEqualTo("INFO");
		assertThat(event.get("details").get("operation").stringValue()).isEqualTo("submitApplication");
		assertThat(event.get("details").get("status_code").stringValue()).isEqualTo("201");
		assertThat(Long.parseLong(event.get("details").get("latency_ms").stringValue())).isNotNegative();
		assertThat(onlyEvent(first).get("details").get("status_code").stringValue()).isEqualTo("200");
		assertThat(this.fixtures.auditPayloads("actions.application.submitted", this.fixtures.candidate)).hasSize(1);
		assertThat(events(first).toString() + events(second)).doesNotContain(token).doesNotContain("Keen to join");
	}

	@Test
	void analyzeResumeWhenSucceededThenEventWithoutResumeTextOrQuery() throws Exception {
		String requestId = requestId();
		String marker = "Qwertzu" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> response = call("POST", "/api/v1/gpt/resume/analyze?note=" + marker,
				"{\"job_id\": " + this.fixtures.jobWithoutQuestionsId + ", \"resume_text\": \"" + resumeText() + "- Built "
						+ marker + " services in Java.\"}",
				requestId, "Authorization", bearer(this.fixtures.candidate, "resume:read"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode event = onlyEvent(requestId);
		assertThat(event.get("details").get("operation").stringValue()).isEqualTo("analyzeResume");
		assertThat(event.get("outcome").stringValue()).isEqualTo("SUCCESS");
		assertThat(event.get("details").properties().stream().map(Map.Entry::getKey).collect(Collectors.toSet()))
			.isEqualTo(Set.of("operation", "status_code", "latency_ms"));
		assertThat(event.toString()).doesNotContain(marker);
	}

	@Test
	void callWhenScopeMissingThenDeniedEvent() throws Exception {
		String requestId = requestId();

		HttpResponse<String> response = call("POST", "/api/v1/gpt/resume/analyze", "{\"job_id\": 1}", requestId,
				"Authorization", bearer(this.fixtures.candidate, "jobs:read"));

		assertThat(response.statusCode()).isEqualTo(403);
		JsonNode event = onlyEvent(requestId);
		assertThat(event.get("outcome").stringValue()).isEqualTo("DENIED");
		assertThat(event.get("details").get("status_code").stringValue()).isEqualTo("403");
		assertThat(event.get("details").get("operation").stringValue()).isEqualTo("analyzeResume");
	}

	@Test
	void callWhenDomainErrorThenFailureEventWithStatus() throws Exception {
		String requestId = requestId();

		HttpResponse<String> response = call("POST", "/api/v1/gpt/applications", "{\"job_id\": 999999999}", requestId,
				"Authorization", bearer(this.fixtures.candidate, "applications:write"));

		assertThat(response.statusCode()).isEqualTo(404);
		JsonNode event = onlyEvent(requestId);
		assertThat(event.get("outcome").stringValue()).isEqualTo("FAILURE");
		assertThat(event.get("severity").stringValue()).isEqualTo("INFO");
		assertThat(event.get("details").get("status_code").stringValue()).isEqualTo("404");
	}

	@Test
	void callWhenUnauthenticatedThenNoEvent() throws Exception {
		String requestId = requestId();

		HttpResponse<String> response = call("POST", "/api/v1/gpt/applications", "{\"job_id\": 1}", requestId,
				"Authorization", "Bearer not-a-token");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(events(requestId)).isEmpty();
	}

	@Test
	void callWhenPlatformInternalCallerThenEventWithoutClient() throws Exception {
		String requestId = requestId();

		HttpResponse<String> response = call("GET", "/api/v1/gpt/jobs/12345", null, requestId,
				"x-gpt-clerk-user-id", this.fixtures.candidate, KEY_HEADER, LOCAL_KEY);

		JsonNode event = onlyEvent(requestId);
		assertThat(event.get("details").get("operation").stringValue()).isEqualTo("getJobDetails");
		assertThat(event.get("details").get("status_code").stringValue())
			.isEqualTo(Integer.toString(response.statusCode()));
		assertThat(event.get("subjectIds").get("job_id").stringValue()).isEqualTo("12345");
		assertThat(event.has("clientId") && !event.get("clientId").isNull()).isFalse();
	}

	@Test
	void callWhenPathIsNoOperationThenNoEvent() throws Exception {
		String requestId = requestId();

		call("DELETE", "/api/v1/gpt/applications", null, requestId, "Authorization",
				bearer(this.fixtures.candidate, "applications:write"));

		assertThat(events(requestId)).isEmpty();
	}

	/* A resume long enough to analyse, as JSON string content. */
	static String resumeText() {
		return String.join("\\n", TestDocuments.SINGLE) + "\\n";
	}

}
