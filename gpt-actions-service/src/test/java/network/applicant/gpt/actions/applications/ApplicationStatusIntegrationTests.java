package network.applicant.gpt.actions.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsHttp;
import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code getApplicationStatus} against the running service and the demo applications.
 */
class ApplicationStatusIntegrationTests extends ActionsIntegrationTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private ActionsHttp http;

	@BeforeEach
	void setUp() {
		this.http = new ActionsHttp(this.port);
	}

	private JsonNode status(String candidate, String query) {
		ActionsHttp.Response response = this.http.get("/api/v1/gpt/applications" + query,
				bearer(candidate, "applications:read"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<Long> ids(JsonNode result) {
		List<Long> ids = new ArrayList<>();
		result.get("applications").forEach((application) -> ids.add(application.get("id").asLong()));
		return ids;
	}

	@Test
	void statusWhenCandidateThenOnlyTheirApplicationsNewestFirst() {
		for (String candidate : List.of("user_demo_ada", "user_demo_grace", "user_demo_mary", "user_demo_luca")) {
			List<Long> expected = this.jdbc.queryForList("""
					SELECT id FROM platform.applications WHERE candidate_id = ? ORDER BY submitted_at DESC, id DESC""",
					Long.class, candidate);

			JsonNode result = status(candidate, "");

			assertThat(ids(result)).as(candidate).containsExactlyElementsOf(expected);
			assertThat(result.get("total").asLong()).isEqualTo(expected.size());
		}
	}

	@Test
	void statusCarriesLabelsExplanationsAndDates() {
		JsonNode result = status("user_demo_ada", "");

		assertThat(result.get("applications")).isNotEmpty();
		Instant previous = Instant.MAX;
		for (JsonNode application : result.get("applications")) {
			Instant submitted = Instant.parse(application.get("submitted_at").asString());
			assertThat(submitted).isBeforeOrEqualTo(previous);
			previous = submitted;
			assertThat(application.get("status_label").asString()).isNotBlank();
			assertThat(application.get("status_explanation").asString()).isNotBlank();
			assertThat(application.get("job_title").asString()).isNotBlank();
			assertThat(Instant.parse(application.get("last_changed_at").asString())).isAfterOrEqualTo(submitted);
			if (application.get("status").asString().equals("under_review")) {
				assertThat(application.get("status_explanation").asString())
					.startsWith("Under review — the employer has opened your application");
			}
		}
	}

	@Test
	void statusWhenFilteredThenOnlyThatApplication() {
		var ada = this.jdbc.queryForMap(
				"SELECT id, job_id FROM platform.applications WHERE candidate_id = 'user_demo_ada' ORDER BY id LIMIT 1");
		long id = ((Number) ada.get("id")).longValue();
		long jobId = ((Number) ada.get("job_id")).longValue();

		assertThat(ids(status("user_demo_ada", "?application_id=" + id))).containsExactly(id);
		assertThat(ids(status("user_demo_ada", "?job_id=" + jobId))).containsExactly(id);
		assertThat(ids(status("user_demo_ada", "?job_id=" + jobId + "&application_id=" + id))).containsExactly(id);
	}

	@Test
	void statusWhenFilterNamesAnotherCandidatesApplicationThenNothing() {
		long grace = this.jdbc.queryForObject(
				"SELECT id FROM platform.applications WHERE candidate_id = 'user_demo_grace' ORDER BY id LIMIT 1", Long.class);

		JsonNode result = status("user_demo_ada", "?application_id=" + grace);

		assertThat(result.get("applications")).isEmpty();
		assertThat(result.get("total").asInt()).isZero();
		assertThat(result.get("note").asString()).contains("no application");
	}

	@Test
	void statusWhenFilterInvalidThenBadRequestNamingIt() {
		ActionsHttp.Response response = this.http.get("/api/v1/gpt/applications?job_id=x",
				bearer("user_demo_ada", "applications:read"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("job_id");
	}

	@Test
	void statusWhenScopeMissingThenForbidden() {
		assertThat(this.http.get("/api/v1/gpt/applications", bearer("user_demo_ada", "jobs:read")).status()).isEqualTo(403);
	}

}
