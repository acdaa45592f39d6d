package network.applicant.gpt.actions.jobs;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import network.applicant.gpt.actions.ActionsHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code getJobDetails} against the running service and the demo catalog.
 */
class JobDetailsIntegrationTests extends JobRowsIntegrationTestSupport {

	private ActionsHttp.Response details(long id, String candidate) {
		return this.http.get("/api/v1/gpt/jobs/" + id, bearer(candidate, "jobs:read"));
	}

	@Test
	void detailsWhenDescriptionIsHtmlThenPlainText() {
		long id = this.jdbc.queryForObject("""
				SELECT id FROM platform.jobs WHERE status = 'open' AND description LIKE '<p>%' ORDER BY id LIMIT 1""",
				Long.class);

		JsonNode job = details(id, "user_demo_ada").json();

		assertThat(job.get("description").asString()).doesNotContain("<", "&amp;", "&lt;").contains("What you'll do");
		assertThat(job.get("id").asLong()).isEqualTo(id);
		assertThat(job.get("requirements").get("required")).isNotEmpty();
	}

	@Test
	void detailsWhenScriptInDescriptionThenItsContentIsGone() {
		long id = this.rows.onSite("Baker", "<p>Bake bread &amp; cakes.</p><script>alert('x')</script><style>p{}</style>",
				"Leeds", "England", "GB");

		JsonNode job = details(id, "user_demo_ada").json();

		assertThat(job.get("description").asString()).isEqualTo("Bake bread & cakes.");
		assertThat(job.get("salary").asString()).isEqualTo("$50,000–$60,000 a year");
		assertThat(job.get("company").get("name").asString()).isEqualTo("Testbridge Works");
		assertThat(job.get("already_applied").asBoolean()).isFalse();
		assertThat(job.get("application").isNull()).isTrue();
	}

	@Test
	void detailsWhenQuestionsThenWithAnswerTypesAndChoices() {
		long id = this.jdbc.queryForObject("""
				SELECT q.job_id FROM platform.prescreen_questions q JOIN platform.jobs j ON j.id = q.job_id
				WHERE j.status = 'open' AND q.answer_type = 'single_choice' ORDER BY q.job_id LIMIT 1""", Long.class);

		JsonNode questions = details(id, "user_demo_ada").json().get("prescreen_questions");

		assertThat(questions).isNotEmpty();
		questions.forEach((question) -> {
			assertThat(question.get("answer_type").asString()).isIn("yes_no", "text", "number", "single_choice");
			assertThat(question.get("choices").isNull()).isEqualTo(!"single_choice".equals(question.get("answer_type").asString()));
		});
	}

	@Test
	void detailsWhenCandidateAppliedThenFlagAndApplicationOnlyForThem() {
		var applied = this.jdbc.queryForMap("""
				SELECT a.id, a.job_id FROM platform.applications a JOIN platform.jobs j ON j.id = a.job_id
				WHERE a.candidate_id = 'user_demo_ada' AND j.status = 'open'
				  AND (j.valid_through IS NULL OR j.valid_through > now())
				  AND NOT EXISTS (SELECT 1 FROM platform.applications o WHERE o.job_id = a.job_id AND o.candidate_id = 'user_demo_mary')
				ORDER BY a.id LIMIT 1""");
		long jobId = ((Number) applied.get("job_id")).longValue();

		JsonNode ada = details(jobId, "user_demo_ada").json();
		JsonNode mary = details(jobId, "user_demo_mary").json();

		assertThat(ada.get("already_applied").asBoolean()).isTrue();
		assertThat(ada.get("application").get("id").asLong()).isEqualTo(((Number) applied.get("id")).longValue());
		assertThat(mary.get("already_applied").asBoolean()).isFalse();
	}

	@Test
	void detailsWhenClosedOrUnknownThenNotFoundWithRelayableDetail() {
		long closed = this.jdbc.queryForObject("SELECT id FROM platform.jobs WHERE status = 'closed' LIMIT 1", Long.class);

		for (long id : new long[] { closed, 999_999_999L }) {
			ActionsHttp.Response response = details(id, "user_demo_ada");
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.json().get("code").asString()).isEqualTo("job_not_found");
			assertThat(response.json().get("detail").asString()).contains(Long.toString(id)).contains("Search again");
		}
	}

	@Test
	void detailsWhenIdIsNotANumberThenBadRequest() {
		ActionsHttp.Response response = this.http.get("/api/v1/gpt/jobs/abc", bearer("user_demo_ada", "jobs:read"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("jobId");
	}

}
