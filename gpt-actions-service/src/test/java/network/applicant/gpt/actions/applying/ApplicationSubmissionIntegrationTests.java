package network.applicant.gpt.actions.applying;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code submitApplication} against the running service and the real database: the
 * confirmation flow, every misuse of a confirmation token, the domain errors, validation,
 * scopes, size limits, concurrency and the audit events.
 */
class ApplicationSubmissionIntegrationTests extends ActionsIntegrationTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	private ApplyFixtures fixtures;

	@BeforeEach
	void createFixtures() {
		this.fixtures = new ApplyFixtures(this.jdbc);
	}

	@AfterEach
	void deleteFixtures() {
		this.fixtures.delete();
	}

	private String write(String candidate) {
		return bearer(candidate, "applications:write");
	}

	private HttpResponse<String> post(String authorization, String body) throws Exception {
		return ApplyFixtures.post(this.http, this.port, authorization, body);
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String firstCall(String candidate, String body) throws Exception {
		HttpResponse<String> response = post(write(candidate), body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response).get("confirmation_token").stringValue();
	}

	private String confirmed(String token) {
		return ", \"confirmed\": true, \"confirmation_token\": \"" + token + "\"";
	}

	@Test
	void submitWhenFirstCallThenConfirmationRequiredWithSummaryAndNothingSubmitted() throws Exception {
		HttpResponse<String> response = post(write(this.fixtures.candidate), this.fixtures.validBody(""));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = read(response);
		assertThat(body.get("status").stringValue()).isEqualTo("CONFIRMATION_REQUIRED");
		String token = body.get("confirmation_token").stringValue();
		assertThat(token).startsWith("ct_").hasSizeGreaterThan(40);
		assertThat(body.get("expires_at").stringValue()).isNotBlank();
		assertThat(body.get("message").stringValue()).contains("confirmed=true");
		JsonNode summary = body.get("summary");
		assertThat(summary.at("/job/id").longValue()).isEqualTo(this.fixtures.jobId);
		assertThat(summary.at("/job/company").stringValue()).isEqualTo("Test Apply Ltd");
		assertThat(summary.at("/job/location").stringValue()).isEqualTo("London, GB (hybrid)");
		assertThat(summary.at("/candidate/name").stringValue()).isEqualTo("Test " + this.fixtures.candidate);
		assertThat(summary.at("/candidate/email").stringValue()).isEqualTo(this.fixtures.candidate + "@applicant.test");
		assertThat(summary.at("/resume/file_name").stringValue()).isEqualTo("cv.pdf");
		assertThat(summary.at("/cover_note").stringValue()).isEqualTo("Keen to join.");
		assertThat(summary.get("answers")).hasSize(4);
		assertThat(summary.at("/answers/0/question").stringValue()).isEqualTo("Are you authorised to work in the UK?");
		assertThat(summary.at("/answers/0/answer").stringValue()).isEqualTo("yes");
		assertThat(summary.at("/answers/1/answer").stringValue()).isEqualTo("7.5");
		assertThat(summary.at("/answers/2/answer").stringValue()).isEqualTo("Within a month");

		assertThat(this.fixtures.applications(this.fixtures.candidate)).isZero();
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT candidate_id, job_id, consumed_at, round(extract(epoch FROM expires_at - created_at)) AS ttl FROM actions.confirmation_tokens WHERE token_hash = ?",
				(Object) hash);
		assertThat(row.get("candidate_id")).isEqualTo(this.fixtures.candidate);
		assertThat(row.get("job_id")).isEqualTo(this.fixtures.jobId);
		assertThat(row.get("consumed_at")).isNull();
		assertThat(((Number) row.get("ttl")).longValue()).isEqualTo(15 * 60);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM actions.confirmation_tokens WHERE substring(token_hash from 1 for 3) = convert_to('ct_', 'UTF8')",
				Long.class)).isZero();
		List<String> events = this.fixtures.auditPayloads("actions.application.confirmation_requested", this.fixtures.candidate);
		assertThat(events).hasSize(1);
		assertThat(events.get(0)).contains("\"job_id\": \"" + this.fixtures.jobId + "\"").doesNotContain(token)
			.doesNotContain("Within a month").doesNotContain("Keen to join");
	}

	@Test
	void submitWhenConfirmedWithTokenThenApplicationAnswersHistoryAndAuditWritten() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));

		HttpResponse<String> response = post(write(this.fixtures.candidate), this.fixtures.validBody(confirmed(token)));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = read(response);
		long applicationId = body.at("/application/id").longValue();
		assertThat(response.headers().firstValue("Location"))
			.hasValue("/api/v1/gpt/applications?application_id=" + applicationId);
		assertThat(body.get("status").stringValue()).isEqualTo("SUBMITTED");
		assertThat(body.at("/application/job_id").longValue()).isEqualTo(this.fixtures.jobId);
		assertThat(body.at("/application/job_title").stringValue()).isEqualTo("Senior Test Engineer (open)");
		assertThat(body.at("/application/company").stringValue()).isEqualTo("Test Apply Ltd");
		assertThat(body.at("/application/status").stringValue()).isEqualTo("submitted");
		assertThat(body.at("/application/status_label").stringValue()).isEqualTo("Submitted");
		assertThat(body.at("/application/submitted_at").stringValue()).isNotBlank();

		assertThat(this.jdbc.queryForObject("SELECT status FROM platform.applications WHERE id = ?", String.class,
				applicationId)).isEqualTo("submitted");
		assertThat(this.jdbc.queryForList(
				"SELECT answer FROM platform.application_answers WHERE application_id = ? ORDER BY question_id", String.class,
				applicationId)).containsExactly("yes", "7.5", "Within a month", "I like tests.");
		assertThat(this.jdbc.queryForList(
				"SELECT coalesce(from_status, '-') || '>' || to_status FROM platform.application_status_history WHERE application_id = ?",
				String.class, applicationId)).containsExactly("->submitted");
		assertThat(this.jdbc.queryForObject(
				"SELECT application_id FROM actions.confirmation_tokens WHERE candidate_id = ? AND consumed_at IS NOT NULL",
				Long.class, this.fixtures.candidate)).isEqualTo(applicationId);
		List<String> events = this.fixtures.auditPayloads("actions.application.submitted", this.fixtures.candidate);
		assertThat(events).hasSize(1);
		JsonNode event = this.json.readTree(events.get(0));
		assertThat(event.at("/subjectIds/application_id").stringValue()).isEqualTo(Long.toString(applicationId));
		assertThat(event.at("/subjectIds/job_id").stringValue()).isEqualTo(Long.toString(this.fixtures.jobId));
		assertThat(event.at("/clientId").stringValue()).isEqualTo(CLIENT_ID);
		assertThat(event.at("/actor/type").stringValue()).isEqualTo("CANDIDATE");
		assertThat(events.get(0)).doesNotContain("Within a month").doesNotContain("I like tests")
			.doesNotContain("Keen to join").doesNotContain("Secret resume").doesNotContain(token);
	}

	@Test
	void submitWhenConfirmedCallRetriedThenSameApplicationAndNoSecond() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		HttpResponse<String> first = post(write(this.fixtures.candidate), this.fixtures.validBody(confirmed(token)));

		HttpResponse<String> retry = post(write(this.fixtures.candidate), this.fixtures.validBody(confirmed(token)));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
		assertThat(read(retry).at("/application/id").longValue()).isEqualTo(read(first).at("/application/id").longValue());
		assertThat(read(retry).get("status").stringValue()).isEqualTo("SUBMITTED");
		assertThat(this.fixtures.applications(this.fixtures.candidate)).isEqualTo(1);
		assertThat(this.fixtures.auditPayloads("actions.application.submitted", this.fixtures.candidate)).hasSize(1);
	}

	@Test
	void submitWhenConfirmedWithoutTokenThenConfirmationRequiredAndNothingWritten() throws Exception {
		HttpResponse<String> response = post(write(this.fixtures.candidate), this.fixtures.validBody(", \"confirmed\": true"));

		assertProblem(response, 400, "confirmation_required");
		assertNothingSubmitted();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM actions.confirmation_tokens WHERE candidate_id = ?",
				Long.class, this.fixtures.candidate)).isZero();
	}

	@Test
	void submitWhenGarbageTokenThenConfirmationInvalid() throws Exception {
		HttpResponse<String> response = post(write(this.fixtures.candidate),
				this.fixtures.validBody(confirmed("ct_not-a-real-token")));

		assertProblem(response, 400, "confirmation_invalid");
		assertNothingSubmitted();
	}

	@Test
	void submitWhenTokenOfAnotherCandidateThenConfirmationInvalid() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));

		HttpResponse<String> response = post(write(this.fixtures.otherCandidate), this.fixtures.validBody(confirmed(token)));

		assertProblem(response, 400, "confirmation_invalid");
		assertNothingSubmitted();
		assertThat(this.fixtures.applications(this.fixtures.otherCandidate)).isZero();
	}

	@Test
	void submitWhenTokenForAnotherJobThenConfirmationInvalid() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));

		HttpResponse<String> response = post(write(this.fixtures.candidate), "{\"job_id\": "
				+ this.fixtures.jobWithoutQuestionsId + confirmed(token) + "}");

		assertProblem(response, 400, "confirmation_invalid");
		assertThat(read(response).get("detail").stringValue()).contains("another job");
		assertNothingSubmitted();
	}

	@Test
	void submitWhenAnswersOrCoverNoteChangedThenConfirmationInvalid() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		String changedAnswer = this.fixtures.validBody(confirmed(token)).replace("\"7.50\"", "\"8\"");
		String changedNote = this.fixtures.validBody(confirmed(token)).replace("Keen to join.", "Very keen.");

		HttpResponse<String> answer = post(write(this.fixtures.candidate), changedAnswer);
		HttpResponse<String> note = post(write(this.fixtures.candidate), changedNote);

		assertProblem(answer, 400, "confirmation_invalid");
		assertThat(read(answer).get("detail").stringValue()).contains("differ from what the candidate confirmed");
		assertProblem(note, 400, "confirmation_invalid");
		assertNothingSubmitted();
	}

	@Test
	void submitWhenSpellingOfSameAnswersDiffersThenStillTheConfirmedAnswers() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		String respelled = this.fixtures.validBody(confirmed(token)).replace("\"Yes\"", "\"yes\"").replace("\"7.50\"", "\"7.5\"");

		HttpResponse<String> response = post(write(this.fixtures.candidate), respelled);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	@Test
	void submitWhenUsedTokenPresentedForADifferentSubmissionThenConfirmationInvalid() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		assertThat(post(write(this.fixtures.candidate), this.fixtures.validBody(confirmed(token))).statusCode()).isEqualTo(201);

		HttpResponse<String> reused = post(write(this.fixtures.candidate),
				this.fixtures.validBody(confirmed(token)).replace("Keen to join.", "Another note."));

		assertProblem(reused, 400, "confirmation_invalid");
		assertThat(read(reused).get("detail").stringValue()).contains("already used");
		assertThat(this.fixtures.applications(this.fixtures.candidate)).isEqualTo(1);
	}

	@Test
	void submitWhenAlreadyAppliedThenConflict() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		post(write(this.fixtures.candidate), this.fixtures.validBody(confirmed(token)));

		HttpResponse<String> again = post(write(this.fixtures.candidate), this.fixtures.validBody(""));

		assertProblem(again, 409, "already_applied");
		assertThat(read(again).get("detail").stringValue()).contains("Submitted");
	}

	@Test
	void submitWhenSecondTokenConfirmedAfterFirstThenAlreadyApplied() throws Exception {
		String first = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		String second = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		post(write(this.fixtures.candidate), this.fixtures.validBody(confirmed(first)));

		HttpResponse<String> response = post(write(this.fixtures.candidate), this.fixtures.validBody(confirmed(second)));

		assertProblem(response, 409, "already_applied");
		assertThat(this.fixtures.applications(this.fixtures.candidate)).isEqualTo(1);
	}

	@Test
	void submitWhenJobClosedThenConflict() throws Exception {
		HttpResponse<String> response = post(write(this.fixtures.candidate), "{\"job_id\": " + this.fixtures.closedJobId + "}");

		assertProblem(response, 409, "job_closed");
	}

	@Test
	void submitWhenJobClosedBetweenTheCallsThenJobClosedAndNothingWritten() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		this.jdbc.update("UPDATE platform.jobs SET status = 'closed' WHERE id = ?", this.fixtures.jobId);

		HttpResponse<String> response = post(write(this.fixtures.candidate), this.fixtures.validBody(confirmed(token)));

		assertProblem(response, 409, "job_closed");
		assertNothingSubmitted();
	}

	@Test
	void submitWhenJobUnknownThenNotFound() throws Exception {
		HttpResponse<String> response = post(write(this.fixtures.candidate), "{\"job_id\": 999999999}");

		assertProblem(response, 404, "job_not_found");
	}

	@Test
	void submitWhenAnswersMissingOrInvalidThenInvalidAnswersListsEach() throws Exception {
		String body = """
				{"job_id": %d, "answers": [
				  {"question_id": %d, "answer": "maybe"},
				  {"question_id": %d, "answer": "seven"},
				  {"question_id": %d, "answer": "Next year"},
				  {"question_id": %d, "answer": "%s"},
				  {"question_id": 999999999, "answer": "x"}]}""".formatted(this.fixtures.jobId,
				this.fixtures.yesNoQuestion, this.fixtures.numberQuestion, this.fixtures.choiceQuestion,
				this.fixtures.textQuestion, "x".repeat(2001));

		HttpResponse<String> response = post(write(this.fixtures.candidate), body);

		assertProblem(response, 400, "invalid_answers");
		JsonNode errors = read(response).get("errors");
		assertThat(errors).hasSize(5);
		assertThat(response.body()).contains("answers[4].question_id").contains("yes or no").contains("a number")
			.contains("Immediately | Within a month | Later").contains("at most 2000 characters");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM actions.confirmation_tokens WHERE candidate_id = ?",
				Long.class, this.fixtures.candidate)).isZero();
	}

	@Test
	void submitWhenRequiredAnswerMissingThenInvalidAnswersNamesTheQuestion() throws Exception {
		HttpResponse<String> response = post(write(this.fixtures.candidate), "{\"job_id\": " + this.fixtures.jobId + "}");

		assertProblem(response, 400, "invalid_answers");
		assertThat(read(response).get("errors")).hasSize(3);
		assertThat(read(response).at("/errors/0/question_id").longValue()).isEqualTo(this.fixtures.yesNoQuestion);
	}

	@Test
	void submitWhenMembersHaveWrongTypesThenInvalidRequestNamesEachField() throws Exception {
		String body = """
				{"job_id": "abc", "answers": [{"question_id": -1}], "cover_note": "%s", "confirmed": "yes",
				 "confirmation_token": 5}""".formatted("x".repeat(2001));

		HttpResponse<String> response = post(write(this.fixtures.candidate), body);

		assertProblem(response, 400, "invalid_request");
		assertThat(read(response).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("job_id",
				"answers[0].question_id", "answers[0].answer", "cover_note", "confirmed", "confirmation_token");
	}

	@Test
	void submitWhenBodyIsNotJsonThenInvalidRequest() throws Exception {
		assertProblem(post(write(this.fixtures.candidate), "{\"job_id\": "), 400, "invalid_request");
		assertProblem(post(write(this.fixtures.candidate), "[1, 2]"), 400, "invalid_request");
	}

	@Test
	void submitWhenBodyTooLargeThenPayloadTooLarge() throws Exception {
		String padded = "{\"job_id\": " + this.fixtures.jobId + ", \"cover_note\": \"" + "x".repeat(70_000) + "\"}";
		HttpResponse<String> declared = post(write(this.fixtures.candidate), padded);
		HttpResponse<String> chunked = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/gpt/applications"))
			.header("Content-Type", "application/json")
			.header("Authorization", write(this.fixtures.candidate))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(padded.getBytes())))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertProblem(declared, 413, "payload_too_large");
		assertProblem(chunked, 413, "payload_too_large");
		assertNothingSubmitted();
	}

	@Test
	void submitWhenOnlyReadScopeThenForbidden() throws Exception {
		HttpResponse<String> response = post(bearer(this.fixtures.candidate, "applications:read", "jobs:read"),
				this.fixtures.validBody(""));

		assertProblem(response, 403, "insufficient_scope");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM actions.confirmation_tokens WHERE candidate_id = ?",
				Long.class, this.fixtures.candidate)).isZero();
	}

	@Test
	void submitWhenNoTokenThenUnauthorized() throws Exception {
		assertProblem(post(null, this.fixtures.validBody("")), 401, "unauthorized");
	}

	@Test
	void submitWhenJobHasNoQuestionsThenNoAnswersNeeded() throws Exception {
		String body = "{\"job_id\": " + this.fixtures.jobWithoutQuestionsId + "}";
		String token = firstCall(this.fixtures.candidate, body);

		HttpResponse<String> response = post(write(this.fixtures.candidate),
				"{\"job_id\": " + this.fixtures.jobWithoutQuestionsId + confirmed(token) + "}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	@Test
	void submitWhenSameTokenConfirmedConcurrentlyThenExactlyOneApplication() throws Exception {
		String token = firstCall(this.fixtures.candidate, this.fixtures.validBody(""));
		String body = this.fixtures.validBody(confirmed(token));
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<CompletableFuture<HttpResponse<String>>> calls = java.util.stream.IntStream.range(0, 4)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
						return post(write(this.fixtures.candidate), body);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}, pool))
				.toList();
			start.countDown();
			List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

			assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
			assertThat(responses).extracting((r) -> read(r).at("/application/id").longValue()).containsOnly(
					read(responses.get(0)).at("/application/id").longValue());
		}
		assertThat(this.fixtures.applications(this.fixtures.candidate)).isEqualTo(1);
		assertThat(this.fixtures.auditPayloads("actions.application.submitted", this.fixtures.candidate)).hasSize(1);
	}

	private void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(read(response).get("code").stringValue()).isEqualTo(code);
	}

	private void assertNothingSubmitted() {
		assertThat(this.fixtures.applications(this.fixtures.candidate)).isZero();
		assertThat(this.fixtures.auditPayloads("actions.application.submitted", this.fixtures.candidate)).isEmpty();
	}

}
