package network.applicant.gpt.actions.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import network.applicant.gpt.actions.ActionsHttp;
import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.system.ActionsApi;
import network.applicant.gpt.actions.system.RequiresScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served document, its agreement with the handlers and their scopes, and every
 * implemented operation's responses against the documented schemas.
 */
class OpenApiIntegrationTests extends ActionsIntegrationTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private ActionsHttp http;

	private static OpenAPI resolved;

	@BeforeEach
	void setUp() {
		this.http = new ActionsHttp(this.port);
		if (resolved == null) {
			resolved = OpenApiDocumentTests.parse(OpenApiDocument.standard().render(OpenApiDocumentTests.BASE), true);
		}
	}

	@Test
	void documentIsServedPubliclyWithTheConfiguredBase() {
		ActionsHttp.Response response = this.http.getPublic("/api/v1/gpt/openapi.yaml");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/yaml"));
		assertThat(response.body()).isEqualTo(OpenApiDocument.standard().render("http://localhost:8080"));
		OpenAPI served = OpenApiDocumentTests.parse(response.body(), false);
		assertThat(served.getServers().get(0).getUrl()).isEqualTo("http://localhost:8080/api/v1/gpt");
		assertThat(response.body()).doesNotContain(OpenApiDocument.PLACEHOLDER);
	}

	/** A handler mapping under the API prefix: method, document path and required scope. */
	private record Handled(RequestMethod method, String path, String scope) {
	}

	private List<Handled> handled() {
		List<Handled> handled = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			RequiresScope scope = handler.getMethodAnnotation(RequiresScope.class);
			if (scope == null || handler.getBeanType().isAnnotationPresent(TestComponent.class)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith(ActionsApi.PREFIX + "/")) {
					continue;
				}
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					handled.add(new Handled(method, pattern.substring(ActionsApi.PREFIX.length()), scope.value().value()));
				}
			}
		}
		return handled;
	}

	@Test
	void everyScopedHandlerIsDocumentedWithTheSameScope() {
		List<Handled> handled = handled();
		assertThat(handled).extracting(Handled::path).contains("/jobs", "/jobs/{jobId}", "/applications");
		for (Handled handler : handled) {
			PathItem item = resolved.getPaths().get(handler.path());
			assertThat(item).as("documented path " + handler.path()).isNotNull();
			Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(handler.method().name()));
			assertThat(operation).as("documented " + handler.method() + " " + handler.path()).isNotNull();
			assertThat(operation.getSecurity().get(0).get("oauth2")).as(operation.getOperationId() + " scope")
				.containsExactly(handler.scope());
		}
	}

	static List<ContractCases.ContractCase> cases() {
		return ContractCases.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void responsesConformToTheDocumentedSchemas(ContractCases.ContractCase contractCase) {
		ActionsHttp.Response response = contractCase.call().apply(new ContractCases.Fixtures(this.http, this.jdbc));

		assertThat(response.status()).as(response.body()).isEqualTo(contractCase.status());
		assertThat(response.body().length()).isLessThan(100_000);
		Operation operation = OpenApiDocumentTests.operations(resolved).get(contractCase.operationId());
		ApiResponse documented = operation.getResponses().get(Integer.toString(response.status()));
		assertThat(documented).as("status %d documented for %s", response.status(), contractCase.operationId())
			.isNotNull();
		String type = (response.status() < 400) ? "application/json" : "application/problem+json";
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(value) -> assertThat(value).startsWith(type));
		MediaType media = documented.getContent().get(type);
		assertThat(SchemaValidator.validate(response.json(), media.getSchema())).as(contractCase + " " + response.body())
			.isEmpty();
	}

	@Test
	void everyImplementedOperationHasContractCases() {
		Set<String> implemented = new TreeSet<>();
		for (Handled handler : handled()) {
			Operation operation = resolved.getPaths()
				.get(handler.path())
				.readOperationsMap()
				.get(PathItem.HttpMethod.valueOf(handler.method().name()));
			implemented.add(operation.getOperationId());
		}
		Set<String> covered = new TreeSet<>();
		ContractCases.all().forEach((contractCase) -> covered.add(contractCase.operationId()));

		assertThat(covered).containsAll(implemented);
	}

}
