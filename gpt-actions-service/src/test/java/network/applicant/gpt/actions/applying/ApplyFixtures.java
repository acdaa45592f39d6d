package network.applicant.gpt.actions.applying;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of their own for each test: two candidates, a company, an open job with one
 * pre-screen question of every answer type, an open job without questions and a closed
 * job. Nothing touches the demo data, so other tests' counts stay right; {@link #delete}
 * removes everything, including applications, tokens and audit rows of the candidates.
 */
final class ApplyFixtures {

	final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	final String candidate = "user_test_apply_" + this.suffix;

	final String otherCandidate = "user_test_apply_other_" + this.suffix;

	final long companyId;

	final long jobId;

	final long jobWithoutQuestionsId;

	final long closedJobId;

	final long yesNoQuestion;

	final long numberQuestion;

	final long choiceQuestion;

	final long textQuestion;

	private final JdbcTemplate jdbc;

	ApplyFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (String id : List.of(this.candidate, this.otherCandidate)) {
			jdbc.update("INSERT INTO platform.candidates (id, email, full_name, city, country) VALUES (?, ?, ?, 'London', 'GB')",
					id, id + "@applicant.test", "Test " + id);
		}
		jdbc.update("""
				INSERT INTO platform.resumes (candidate_id, file_name, content_type, plain_text, uploaded_at, is_current)
				VALUES (?, 'cv.pdf', 'application/pdf', 'Secret resume text about Java', ?, true)""",
				this.candidate, Timestamp.from(now.minus(3, ChronoUnit.DAYS)));
		this.companyId = jdbc.queryForObject(
				"INSERT INTO platform.companies (identifier, name) VALUES (?, 'Test Apply Ltd') RETURNING id", Long.class,
				"test-apply-company-" + this.suffix);
		this.jobId = job("open", null, "London", "GB", "hybrid", now);
		this.jobWithoutQuestionsId = job("open", null, null, "GB", "remote", now);
		this.closedJobId = job("closed", null, "Leeds", "GB", "onsite", now);
		this.yesNoQuestion = question(this.jobId, 0, "Are you authorised to work in the UK?", "yes_no", null, true);
		this.numberQuestion = question(this.jobId, 1, "How many years of Java experience do you have?", "number", null, true);
		this.choiceQuestion = question(this.jobId, 2, "Preferred start?", "single_choice",
				new String[] { "Immediately", "Within a month", "Later" }, true);
		this.textQuestion = question(this.jobId, 3, "Anything else?", "text", null, false);
		question(this.closedJobId, 0, "Closed question?", "yes_no", null, true);
	}

	private long job(String status, Instant validThrough, String city, String country, String commute, Instant now) {
		return this.jdbc.queryForObject("""
				INSERT INTO platform.jobs (identifier, company_id, title, description, city, country, commute_type,
				    job_level, posted_at, valid_through, status)
				VALUES (?, ?, ?, 'A test job.', ?, ?, ?, 'senior', ?, ?, ?) RETURNING id""", Long.class,
				"test-apply-job-" + UUID.randomUUID(), this.companyId, "Senior Test Engineer (" + status + ")", city,
				country, commute, Timestamp.from(now.minus(2, ChronoUnit.DAYS)),
				(validThrough != null) ? Timestamp.from(validThrough) : null, status);
	}

	private long question(long job, int position, String text, String type, String[] choices, boolean required) {
		return this.jdbc.queryForObject("""
				INSERT INTO platform.prescreen_questions (job_id, position, question, answer_type, choices, required)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, job, position, text, type, choices, required);
	}

	/** @return a valid body for the open job; {@code extra} members are appended verbatim */
	String validBody(String extra) {
		return """
				{"job_id": %d, "answers": [
				  {"question_id": %d, "answer": "Yes"},
				  {"question_id": %d, "answer": "7.50"},
				  {"question_id": %d, "answer": "within a month"},
				  {"question_id": %d, "answer": "I like tests."}],
				 "cover_note": "Keen to join."%s}""".formatted(this.jobId, this.yesNoQuestion, this.numberQuestion,
				this.choiceQuestion, this.textQuestion, extra);
	}

	long applications(String candidateId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM platform.applications WHERE candidate_id = ?", Long.class,
				candidateId);
	}

	List<String> auditPayloads(String type, String candidateId) {
		return this.jdbc.queryForList("""
				SELECT payload::text FROM actions.audit_outbox
				WHERE event_type = ? AND payload->>'candidateId' = ? ORDER BY id""", String.class, type, candidateId);
	}

	void delete() {
		List<String> candidates = List.of(this.candidate, this.otherCandidate);
		for (String id : candidates) {
			this.jdbc.update("DELETE FROM actions.confirmation_tokens WHERE candidate_id = ?", id);
			this.jdbc.update("DELETE FROM actions.audit_outbox WHERE payload->>'candidateId' = ?", id);
			this.jdbc.update("DELETE FROM platform.applications WHERE candidate_id = ?", id);
			this.jdbc.update("DELETE FROM platform.candidates WHERE id = ?", id);
		}
		this.jdbc.update("DELETE FROM platform.jobs WHERE company_id = ?", this.companyId);
		this.jdbc.update("DELETE FROM platform.companies WHERE id = ?", this.companyId);
	}

	static HttpResponse<String> post(HttpClient http, int port, String authorization, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/gpt/applications"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
