package network.applicant.gpt.actions.openapi;

import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsHttp;
import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

/**
 * The calls the contract test makes: for each documented operation, requests that produce
 * its success and error responses. Each response is validated against the schema the
 * document gives for its operation and status.
 *
 * <p>To cover a new operation (submitApplication, analyzeResume), add its cases to
 * {@link #all}: the contract test fails while an implemented operation has none.
 * <pre>{@code
 * new ContractCase("analyzeResume", "stored resume", 200,
 *     (f) -> f.http().post("/api/v1/gpt/resume/analyze", f.token("user_demo_ada", "resume:read"),
 *         "{\"job_id\": " + f.openJobId() + "}"))
 * }</pre>
 */
final class ContractCases {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ContractCases() {
	}

	/**
	 * What cases can use: the HTTP client, tokens and ids from the demo data.
	 */
	record Fixtures(ActionsHttp http, JdbcTemplate jdbc) {

		String token(String candidate, String... scopes) {
			return ActionsIntegrationTestSupport.bearer(candidate, scopes);
		}

		long openJobId() {
			return this.jdbc.queryForObject("SELECT min(id) FROM platform.jobs WHERE status = 'open'", Long.class);
		}

		long closedJobId() {
			return this.jdbc.queryForObject("SELECT min(id) FROM platform.jobs WHERE status = 'closed'", Long.class);
		}

		long jobWithoutQuestionsNotAppliedBy(String candidate) {
			return this.jdbc.queryForObject("""
					SELECT min(j.id) FROM platform.jobs j
					WHERE j.status = 'open'
					  AND NOT EXISTS (SELECT 1 FROM platform.prescreen_questions q WHERE q.job_id = j.id)
					  AND NOT EXISTS (SELECT 1 FROM platform.applications a WHERE a.job_id = j.id AND a.candidate_id = ?)""",
					Long.class, candidate);
		}

		long applicationOf(String candidate) {
			return this.jdbc.queryForObject("SELECT min(id) FROM platform.applications WHERE candidate_id = ?",
					Long.class, candidate);
		}

	}

	/**
	 * @param operationId the documented operation
	 * @param name what the case shows
	 * @param status the status it must answer
	 * @param call makes the request
	 */
	record ContractCase(String operationId, String name, int status, Function<Fixtures, ActionsHttp.Response> call) {

		@Override
		public String toString() {
			return this.operationId + ": " + this.name;
		}

	}

	static List<ContractCase> all() {
		return List.of(
				new ContractCase("searchJobs", "keywords", 200,
						(f) -> f.http().get("/api/v1/gpt/jobs?keywords=nurse&limit=3", f.token("user_demo_mary", "jobs:read"))),
				new ContractCase("searchJobs", "every filter", 200,
						(f) -> f.http().get("/api/v1/gpt/jobs?keywords=engineer&location=United%20Kingdom&commute_type=hybrid"
								+ "&job_level=senior&salary_min=1000&posted_within_days=60&limit=50",
								f.token("user_demo_ada", "jobs:read"))),
				new ContractCase("searchJobs", "nothing matches, with a hint", 200,
						(f) -> f.http().get("/api/v1/gpt/jobs?keywords=zqxqzqxqzq", f.token("user_demo_ada", "jobs:read"))),
				new ContractCase("searchJobs", "unknown enum value", 400,
						(f) -> f.http().get("/api/v1/gpt/jobs?commute_type=car", f.token("user_demo_ada", "jobs:read"))),
				new ContractCase("searchJobs", "tampered cursor", 400,
						(f) -> f.http().get("/api/v1/gpt/jobs?cursor=AAAA", f.token("user_demo_ada", "jobs:read"))),
				new ContractCase("searchJobs", "no token", 401,
						(f) -> f.http().getPublic("/api/v1/gpt/jobs")),
				new ContractCase("searchJobs", "scope missing", 403,
						(f) -> f.http().get("/api/v1/gpt/jobs", f.token("user_demo_ada", "resume:read"))),
				new ContractCase("getJobDetails", "open job", 200,
						(f) -> f.http().get("/api/v1/gpt/jobs/" + f.openJobId(), f.token("user_demo_ada", "jobs:read"))),
				new ContractCase("getJobDetails", "closed job", 404,
						(f) -> f.http().get("/api/v1/gpt/jobs/" + f.closedJobId(), f.token("user_demo_ada", "jobs:read"))),
				new ContractCase("getJobDetails", "id not a number", 400,
						(f) -> f.http().get("/api/v1/gpt/jobs/abc", f.token("user_demo_ada", "jobs:read"))),
				new ContractCase("getApplicationStatus", "all of the candidate's", 200,
						(f) -> f.http().get("/api/v1/gpt/applications", f.token("user_demo_ada", "applications:read"))),
				new ContractCase("getApplicationStatus", "by application id", 200,
						(f) -> f.http().get("/api/v1/gpt/applications?application_id=" + f.applicationOf("user_demo_grace"),
								f.token("user_demo_grace", "applications:read"))),
				new ContractCase("getApplicationStatus", "invalid job id", 400,
						(f) -> f.http().get("/api/v1/gpt/applications?job_id=-1", f.token("user_demo_ada", "applications:read"))),
				// the first step only: it stores a short-lived confirmation token and changes no application
				new ContractCase("submitApplication", "confirmation required", 200,
						(f) -> f.http().post("/api/v1/gpt/applications", f.token("user_demo_luca", "applications:write"),
								"{\"job_id\": " + f.jobWithoutQuestionsNotAppliedBy("user_demo_luca") + "}")),
				new ContractCase("submitApplication", "unknown job", 404,
						(f) -> f.http().post("/api/v1/gpt/applications", f.token("user_demo_luca", "applications:write"),
								"{\"job_id\": 999999999}")),
				new ContractCase("submitApplication", "job id missing", 400,
						(f) -> f.http().post("/api/v1/gpt/applications", f.token("user_demo_luca", "applications:write"),
								"{}")),
				new ContractCase("submitApplication", "confirmed without a valid token", 400,
						(f) -> f.http().post("/api/v1/gpt/applications", f.token("user_demo_luca", "applications:write"),
								"{\"job_id\": " + f.openJobId() + ", \"confirmed\": true, \"confirmation_token\": \"ct_nonsense\"}")),
				new ContractCase("submitApplication", "read scope only", 403,
						(f) -> f.http().post("/api/v1/gpt/applications", f.token("user_demo_luca", "applications:read"),
								"{\"job_id\": " + f.openJobId() + "}")),
				new ContractCase("analyzeResume", "stored resume", 200,
						(f) -> f.http().post("/api/v1/gpt/resume/analyze", f.token("user_demo_ada", "resume:read"),
								"{\"job_id\": " + f.openJobId() + "}")),
				new ContractCase("analyzeResume", "pasted text", 200,
						(f) -> f.http().post("/api/v1/gpt/resume/analyze", f.token("user_demo_ada", "resume:read"),
								"{\"job_id\": " + f.openJobId() + ", \"resume_text\": \"Experience\\nSales Representative, Acme"
										+ " Ltd, 2019 - present\\n- Grew accounts with Salesforce and HubSpot\\nSkills: CRM,"
										+ " negotiation\"}")),
				new ContractCase("analyzeResume", "unknown job", 404,
						(f) -> f.http().post("/api/v1/gpt/resume/analyze", f.token("user_demo_ada", "resume:read"),
								"{\"job_id\": 999999999}")),
				new ContractCase("analyzeResume", "plain-string file reference", 400,
						(f) -> f.http().post("/api/v1/gpt/resume/analyze", f.token("user_demo_ada", "resume:read"),
								"{\"job_id\": " + f.openJobId() + ", \"openaiFileIdRefs\": [\"file-abc\"]}")),
				new ContractCase("analyzeResume", "scope missing", 403,
						(f) -> f.http().post("/api/v1/gpt/resume/analyze", f.token("user_demo_ada", "jobs:read"),
								"{\"job_id\": " + f.openJobId() + "}")));
	}

	/** @return a value parsed by the OpenAPI parser (Jackson 2 nodes, maps, lists) as a Jackson 3 tree */
	static JsonNode toJson(Object value) {
		String json = (value instanceof com.fasterxml.jackson.databind.JsonNode node) ? node.toString()
				: io.swagger.v3.core.util.Json.pretty(value);
		return JSON.readTree(json);
	}

}
