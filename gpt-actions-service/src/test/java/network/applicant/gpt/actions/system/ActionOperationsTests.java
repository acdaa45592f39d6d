package network.applicant.gpt.actions.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionOperationsTests {

	private final ActionOperations operations = ActionOperations.CONTRACT;

	private String operationId(String method, String path) {
		return this.operations.match(method, path).map(ActionOperations.Match::operationId).orElse("none");
	}

	@Test
	void matchWhenContractPathsThenOperationIds() {
		assertThat(operationId("GET", "/api/v1/gpt/jobs")).isEqualTo("searchJobs");
		assertThat(operationId("GET", "/api/v1/gpt/jobs/42")).isEqualTo("getJobDetails");
		assertThat(operationId("GET", "/api/v1/gpt/applications")).isEqualTo("getApplicationStatus");
		assertThat(operationId("POST", "/api/v1/gpt/applications")).isEqualTo("submitApplication");
		assertThat(operationId("POST", "/api/v1/gpt/resume/analyze")).isEqualTo("analyzeResume");
	}

	@Test
	void matchWhenJobDetailsThenJobIdAsSent() {
		assertThat(this.operations.match("GET", "/api/v1/gpt/jobs/42").orElseThrow().pathVariables())
			.isEqualTo(Map.of("jobId", "42"));
	}

	@Test
	void matchWhenMethodOrPathIsNotAnOperationThenNone() {
		assertThat(operationId("DELETE", "/api/v1/gpt/applications")).isEqualTo("none");
		assertThat(operationId("POST", "/api/v1/gpt/jobs")).isEqualTo("none");
		assertThat(operationId("GET", "/api/v1/gpt/jobs/42/more")).isEqualTo("none");
		assertThat(operationId("GET", "/api/v1/gpt/openapi.yaml")).isEqualTo("none");
	}

	@Test
	void outcomeByStatus() {
		assertThat(ActionExecutionAuditFilter.outcome(200)).hasToString("SUCCESS");
		assertThat(ActionExecutionAuditFilter.outcome(201)).hasToString("SUCCESS");
		assertThat(ActionExecutionAuditFilter.outcome(401)).hasToString("DENIED");
		assertThat(ActionExecutionAuditFilter.outcome(403)).hasToString("DENIED");
		assertThat(ActionExecutionAuditFilter.outcome(404)).hasToString("FAILURE");
		assertThat(ActionExecutionAuditFilter.outcome(503)).hasToString("FAILURE");
	}

}
