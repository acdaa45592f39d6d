package network.applicant.gpt.actions.importing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.jobs.JobIndexUpdates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /admin/jobs/import} against the running service and the real database.
 * Every posting uses an identifier unique to the test run; {@link #deleteImported} removes
 * the jobs and companies afterwards.
 */
class JobImportIntegrationTests extends ActionsIntegrationTestSupport {

	private static final String ADMIN = "Bearer local-admin-key";

	private final HttpClient http = HttpClient.newHttpClient();

	private final String prefix = "test-import-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	JobIndexUpdates index;

	@AfterEach
	void deleteImported() {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM platform.jobs WHERE identifier LIKE ?", Long.class,
				this.prefix + "%");
		this.jdbc.update("DELETE FROM platform.jobs WHERE identifier LIKE ?", this.prefix + "%");
		// hard deletes are not seen by the index's updated_at poll; tell it, so other tests never see these jobs
		this.index.jobsChanged(ids);
		this.jdbc.update("DELETE FROM platform.companies WHERE identifier LIKE ?", "name:" + this.prefix + "%");
		this.jdbc.update("DELETE FROM actions.audit_outbox WHERE event_type = 'actions.jobs.imported'");
	}

	private String posting(String id, String title, String extra) {
		return """
				{"@type": "JobPosting", "identifier": "%s", "title": "%s", "description": "<p>Remote-friendly <b>hybrid</b> team.</p>",
				 "datePosted": "2026-01-10", "hiringOrganization": {"name": "%s"},
				 "jobLocation": {"@type": "Place", "address": {"addressLocality": "Dublin", "addressCountry": "IE"}}%s}"""
			.formatted(this.prefix + id, title, this.prefix + "Company", extra).replace("\n", " ");
	}

	private HttpResponse<String> send(String authorization, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/jobs/import"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	@Test
	void importWhenJsonArrayThenJobsCreatedWithEveryColumn() throws Exception {
		String body = "[" + posting("a", "Senior Accountant", """
				, "employmentType": "PART_TIME",
				 "baseSalary": {"currency": "EUR", "value": {"minValue": 50000, "maxValue": 65000, "unitText": "YEAR"}},
				 "skills": ["Excel", "IFRS"]""") + "," + posting("b", "Junior Analyst", "") + "]";

		HttpResponse<String> response = send(ADMIN, "application/json", body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = read(response);
		assertThat(report.get("created").intValue()).isEqualTo(2);
		assertThat(report.get("updated").intValue()).isZero();
		assertThat(report.get("failed").intValue()).isZero();
		assertThat(report.at("/results/0/index").intValue()).isZero();
		assertThat(report.at("/results/0/identifier").stringValue()).isEqualTo(this.prefix + "a");
		assertThat(report.at("/results/0/action").stringValue()).isEqualTo("created");
		long jobId = report.at("/results/0/job_id").longValue();
		Map<String, Object> row = this.jdbc.queryForMap("""
				SELECT j.title, j.employment_type, j.city, j.country, j.commute_type, j.job_level, j.salary_min,
				       j.salary_currency, j.salary_period, j.status, c.name AS company
				FROM platform.jobs j JOIN platform.companies c ON c.id = j.company_id WHERE j.id = ?""", jobId);
		assertThat(row).containsEntry("title", "Senior Accountant").containsEntry("employment_type", "part_time")
			.containsEntry("city", "Dublin").containsEntry("country", "IE").containsEntry("commute_type", "hybrid")
			.containsEntry("job_level", "senior").containsEntry("salary_currency", "EUR")
			.containsEntry("salary_period", "year").containsEntry("status", "open")
			.containsEntry("company", this.prefix + "Company");
		assertThat(this.jdbc.queryForList("SELECT text FROM platform.job_requirements WHERE job_id = ? ORDER BY position",
				String.class, jobId)).containsExactly("Excel", "IFRS");
		assertThat(this.jdbc.queryForObject("SELECT job_level FROM platform.jobs WHERE identifier = ?", String.class,
				this.prefix + "b")).isEqualTo("entry");
		assertThat(this.jdbc.queryForObject("SELECT count(DISTINCT company_id) FROM platform.jobs WHERE identifier LIKE ?",
				Long.class, this.prefix + "%")).isEqualTo(1);
	}

	@Test
	void importWhenSameIdentifiersAgainThenUpdatedWithSameJobIdAndUpdatedAtMoves() throws Exception {
		HttpResponse<String> first = send(ADMIN, "application/json", "[" + posting("a", "Accountant", ", \"skills\": \"Excel\"") + "]");
		long jobId = read(first).at("/results/0/job_id").longValue();
		java.sql.Timestamp before = this.jdbc.queryForObject("SELECT updated_at FROM platform.jobs WHERE id = ?",
				java.sql.Timestamp.class, jobId);

		HttpResponse<String> second = send(ADMIN, "application/json",
				"[" + posting("a", "Lead Accountant", ", \"skills\": \"SAP\", \"workplaceType\": \"REMOTE\"") + "]");

		JsonNode report = read(second);
		assertThat(report.at("/results/0/action").stringValue()).isEqualTo("updated");
		assertThat(report.at("/results/0/job_id").longValue()).isEqualTo(jobId);
		assertThat(report.get("updated").intValue()).isEqualTo(1);
		assertThat(report.get("created").intValue()).isZero();
		assertThat(this.jdbc.queryForMap("SELECT title, job_level, commute_type FROM platform.jobs WHERE id = ?", jobId))
			.containsEntry("title", "Lead Accountant").containsEntry("job_level", "lead").containsEntry("commute_type", "remote");
		assertThat(this.jdbc.queryForList("SELECT text FROM platform.job_requirements WHERE job_id = ?", String.class, jobId))
			.containsExactly("SAP");
		assertThat(this.jdbc.queryForObject("SELECT updated_at FROM platform.jobs WHERE id = ?", java.sql.Timestamp.class,
				jobId)).isAfter(before);
	}

	@Test
	void importWhenNdjsonWithBadPostingsThenEachFailsAloneBesideTheSuccesses() throws Exception {
		String body = String.join("\n", posting("ok1", "Nurse", ""),
				posting("notitle", "X", "").replace("\"title\": \"X\",", ""),
				posting("badcountry", "Nurse", "").replace("\"IE\"", "\"Atlantis\""),
				posting("badsalary", "Nurse", ", \"baseSalary\": {\"currency\": \"EUR\", \"value\": {\"minValue\": 9, \"maxValue\": 1, \"unitText\": \"YEAR\"}}"),
				"", "{not json", posting("ok2", "Nurse", ""));

		HttpResponse<String> response = send(ADMIN, "application/x-ndjson", body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = read(response);
		assertThat(report.get("created").intValue()).isEqualTo(2);
		assertThat(report.get("failed").intValue()).isEqualTo(4);
		List<JsonNode> results = report.get("results").values().stream().toList();
		assertThat(results).hasSize(6);
		assertThat(results.get(0).get("action").stringValue()).isEqualTo("created");
		assertThat(results.get(1).at("/error/code").stringValue()).isEqualTo("missing_field");
		assertThat(results.get(1).at("/error/detail").stringValue()).contains("title");
		assertThat(results.get(1).get("identifier").stringValue()).isEqualTo(this.prefix + "notitle");
		assertThat(results.get(2).at("/error/detail").stringValue()).contains("addressCountry").contains("Atlantis");
		assertThat(results.get(3).at("/error/detail").stringValue()).contains("below minValue");
		assertThat(results.get(4).at("/error/code").stringValue()).isEqualTo("invalid_json");
		assertThat(results.get(4).get("identifier").isNull()).isTrue();
		assertThat(results.get(5).get("index").intValue()).isEqualTo(5);
		assertThat(results.get(5).get("action").stringValue()).isEqualTo("created");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM platform.jobs WHERE identifier LIKE ?", Long.class,
				this.prefix + "%")).isEqualTo(2);
		assertThat(this.jdbc.queryForList("SELECT payload->'details'->>'failed' FROM actions.audit_outbox WHERE event_type = 'actions.jobs.imported'",
				String.class)).contains("4");
	}

	@Test
	void importWhenDoneThenTheJobIsSearchableAtOnceOnThisReplica() throws Exception {
		String title = "Zyxwvut Ombudsman " + this.prefix.substring(12, 20);

		HttpResponse<String> imported = send(ADMIN, "application/json", "[" + posting("searchable", title, "") + "]");

		assertThat(imported.statusCode()).isEqualTo(200);
		long jobId = read(imported).get("results").get(0).get("job_id").asLong();
		HttpResponse<String> found = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/gpt/jobs?keywords=Zyxwvut%20Ombudsman"))
			.header("Authorization", ActionsIntegrationTestSupport.bearer("user_demo_ada", "jobs:read"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(read(found).get("jobs").get(0).get("id").asLong()).isEqualTo(jobId);
	}

	@Test
	void importWhenValidThroughPassedThenClosed() throws Exception {
		send(ADMIN, "application/json", "[" + posting("old", "Clerk", ", \"validThrough\": \"2026-01-20\"") + "]");

		assertThat(this.jdbc.queryForObject("SELECT status FROM platform.jobs WHERE identifier = ?", String.class,
				this.prefix + "old")).isEqualTo("closed");
	}

	@Test
	void importWhenAdminKeyMissingOrWrongThenUnauthorizedProblemAndNothingWritten() throws Exception {
		String body = "[" + posting("x", "Nurse", "") + "]";

		HttpResponse<String> missing = send(null, "application/json", body);
		HttpResponse<String> wrong = send("Bearer local-admin-key-not", "application/json", body);
		HttpResponse<String> basic = send("Basic bG9jYWw6a2V5", "application/json", body);

		for (HttpResponse<String> response : List.of(missing, wrong, basic)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
			assertThat(read(response).get("code").stringValue()).isEqualTo("unauthorized");
			assertThat(response.body()).doesNotContain("local-admin-key");
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM platform.jobs WHERE identifier LIKE ?", Long.class,
				this.prefix + "%")).isZero();
	}

	@Test
	void importWhenBodyNotJsonOrWrongTypeThenProblems() throws Exception {
		HttpResponse<String> broken = send(ADMIN, "application/json", "[" + posting("x", "Nurse", "") + ", {");
		HttpResponse<String> scalar = send(ADMIN, "application/json", "42");
		HttpResponse<String> text = send(ADMIN, "text/plain", "[]");

		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(read(broken).get("code").stringValue()).isEqualTo("invalid_request");
		assertThat(scalar.statusCode()).isEqualTo(400);
		assertThat(text.statusCode()).isEqualTo(415);
		assertThat(text.body()).contains("application/x-ndjson");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM platform.jobs WHERE identifier LIKE ?", Long.class,
				this.prefix + "%")).isZero();
	}

	@Test
	void importWhenDeclaredBodyTooLargeThenRefusedBeforeReading() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /admin/jobs/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + (10 * 1024 * 1024 + 1)
					+ "\r\nConnection: close\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String status = in.readLine();
			// the server answers at once; it would keep the connection open waiting for the
			// declared bytes, so read only until the problem body arrives
			String line;
			StringBuilder all = new StringBuilder();
			while ((line = in.readLine()) != null && !line.contains("payload_too_large")) {
				all.append(line).append('\n');
			}

			assertThat(status).contains(" 413");
			assertThat(line).contains("\"code\":\"payload_too_large\"");
		}
	}

	@Test
	void importWhenStreamedBodyGrowsPastTheLimitThenPayloadTooLarge() throws Exception {
		byte[] body = new byte[10 * 1024 * 1024 + 512];
		java.util.Arrays.fill(body, (byte) ' ');
		body[0] = '[';

		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/jobs/import"))
					.header("Content-Type", "application/json")
					.header("Authorization", ADMIN)
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(read(response).get("code").stringValue()).isEqualTo("payload_too_large");
	}

}
