package network.applicant.gpt.actions.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import network.applicant.gpt.config.jwt.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses the document with an independent parser (swagger-parser) and lints it against what
 * ChatGPT requires of a GPT action's schema (DESIGN §4, §5).
 */
class OpenApiDocumentTests {

	static final String BASE = "https://applicant.example";

	static final Map<String, String> OPERATIONS = Map.of("searchJobs", "jobs:read", "getJobDetails", "jobs:read",
			"getApplicationStatus", "applications:read", "submitApplication", "applications:write", "analyzeResume",
			"resume:read");

	/** @return the document rendered for a base URL, parsed; fails on any parser message */
	static OpenAPI parse(String yaml, boolean resolveFully) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(resolveFully);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
		assertThat(result.getMessages()).as("parser messages").isEmpty();
		assertThat(result.getOpenAPI()).isNotNull();
		return result.getOpenAPI();
	}

	/** Every operation of the document by operation id. */
	static Map<String, Operation> operations(OpenAPI api) {
		Map<String, Operation> operations = new java.util.HashMap<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> operations
			.put(operation.getOperationId(), operation)));
		return operations;
	}

	private final OpenAPI api = parse(OpenApiDocument.standard().render(BASE), false);

	@Test
	void documentIsOpenApi301WithOneAbsoluteHttpsServer() {
		assertThat(this.api.getOpenapi()).isEqualTo("3.0.1");
		assertThat(this.api.getServers()).hasSize(1);
		assertThat(this.api.getServers().get(0).getUrl()).isEqualTo(BASE + "/api/v1/gpt").startsWith("https://");
	}

	@Test
	void documentHasExactlyTheContractOperationsAtTheirPaths() {
		assertThat(operations(this.api).keySet()).containsExactlyInAnyOrderElementsOf(OPERATIONS.keySet());
		assertThat(this.api.getPaths().get("/jobs").getGet().getOperationId()).isEqualTo("searchJobs");
		assertThat(this.api.getPaths().get("/jobs/{jobId}").getGet().getOperationId()).isEqualTo("getJobDetails");
		assertThat(this.api.getPaths().get("/applications").getGet().getOperationId()).isEqualTo("getApplicationStatus");
		assertThat(this.api.getPaths().get("/applications").getPost().getOperationId()).isEqualTo("submitApplication");
		assertThat(this.api.getPaths().get("/resume/analyze").getPost().getOperationId()).isEqualTo("analyzeResume");
	}

	@Test
	void everyOperationIsWithinChatGptLimitsAndSaysWhetherItIsConsequential() {
		operations(this.api).forEach((id, operation) -> {
			assertThat(operation.getSummary()).as(id + " summary").isNotBlank().hasSizeLessThanOrEqualTo(300);
			assertThat(operation.getDescription()).as(id + " description").isNotBlank().hasSizeLessThanOrEqualTo(300);
			Object consequential = (operation.getExtensions() != null)
					? operation.getExtensions().get("x-openai-isConsequential") : null;
			assertThat(consequential).as(id + " x-openai-isConsequential").isEqualTo(id.equals("submitApplication"));
			List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
			for (Parameter parameter : parameters) {
				assertThat(parameter.getDescription()).as(id + " " + parameter.getName()).isNotBlank()
					.hasSizeLessThanOrEqualTo(700);
				assertThat(parameter.getSchema()).as(id + " " + parameter.getName() + " schema").isNotNull();
			}
		});
	}

	@Test
	void everyOperationDeclaresItsScopeAndSchemasWithExamples() {
		operations(this.api).forEach((id, operation) -> {
			assertThat(operation.getSecurity()).as(id + " security").hasSize(1);
			assertThat(operation.getSecurity().get(0)).containsEntry("oauth2", List.of(OPERATIONS.get(id)));
			if (operation.getRequestBody() != null) {
				MediaType body = operation.getRequestBody().getContent().get("application/json");
				assertThat(body.getSchema()).as(id + " request schema").isNotNull();
				assertThat(body.getExample()).as(id + " request example").isNotNull();
			}
			List<String> successes = new ArrayList<>();
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("2")) {
					successes.add(status);
					MediaType json = response.getContent().get("application/json");
					assertThat(json.getSchema()).as(id + " " + status + " schema").isNotNull();
					assertThat(json.getExample()).as(id + " " + status + " example").isNotNull();
				}
			});
			assertThat(successes).as(id + " success responses").isNotEmpty();
		});
	}

	@Test
	void oauthUsesTheRealEndpointsAndTheFourScopes() {
		SecurityScheme scheme = this.api.getComponents().getSecuritySchemes().get("oauth2");
		assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
		OAuthFlow flow = scheme.getFlows().getAuthorizationCode();
		assertThat(flow.getAuthorizationUrl()).isEqualTo(BASE + "/api/v1/gpt/oauth/authorize");
		assertThat(flow.getTokenUrl()).isEqualTo(BASE + "/api/v1/gpt/oauth/token");
		assertThat(flow.getScopes().keySet()).containsExactlyInAnyOrderElementsOf(Scope.allValues());
		assertThat(scheme.getFlows().getImplicit()).isNull();
		assertThat(scheme.getFlows().getClientCredentials()).isNull();
	}

	@Test
	void openaiFileIdRefsIsAnArrayOfStrings() {
		Schema<?> request = this.api.getComponents().getSchemas().get("AnalyzeResumeRequest");
		Schema<?> refs = request.getProperties().get("openaiFileIdRefs");
		assertThat(refs.getType()).isEqualTo("array");
		assertThat(refs.getItems().getType()).isEqualTo("string");
	}

	@Test
	void everyExampleConformsToItsSchema() {
		OpenAPI resolved = parse(OpenApiDocument.standard().render(BASE), true);
		operations(resolved).forEach((id, operation) -> {
			for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
				if (response.getValue().getContent() == null) {
					continue;
				}
				MediaType json = response.getValue().getContent().get("application/json");
				if (json != null && json.getExample() != null) {
					assertThat(SchemaValidator.validate(ContractCases.toJson(json.getExample()), json.getSchema()))
						.as(id + " " + response.getKey() + " example").isEmpty();
				}
			}
		});
	}

	@Test
	void localHttpBaseIsOnlyForLoopback() {
		Set<String> servers = Set.of(parse(OpenApiDocument.standard().render("http://localhost:8080"), false)
			.getServers()
			.get(0)
			.getUrl());
		assertThat(servers).containsExactly("http://localhost:8080/api/v1/gpt");
	}

}
