package network.applicant.gpt.gateway.system;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionHandlerTests {

	private final ProblemExceptionHandler handler = new ProblemExceptionHandler(JsonMapper.builder().build());

	@Test
	void toProblemWhenConnectionRefusedThenServiceUnavailable() {
		ProblemDetail problem = this.handler.toProblem(
				new IllegalStateException("wrapped", new ConnectException("Connection refused: /10.0.0.7:8082")),
				"rid-12345678");

		assertThat(problem.getStatus()).isEqualTo(503);
		assertThat(problem.getProperties()).containsEntry("code", "service_unavailable");
		assertThat(problem.getDetail()).doesNotContain("10.0.0.7");
	}

	@Test
	void toProblemWhenTimeoutThenGatewayTimeout() {
		ProblemDetail problem = this.handler.toProblem(new RuntimeException(new TimeoutException()), null);

		assertThat(problem.getStatus()).isEqualTo(504);
		assertThat(problem.getProperties()).containsEntry("code", "gateway_timeout");
	}

	@Test
	void toProblemWhenStatusExceptionThenItsStatusAndDefaultCode() {
		ProblemDetail problem = this.handler
			.toProblem(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED, "internal reason"), null);

		assertThat(problem.getStatus()).isEqualTo(405);
		assertThat(problem.getProperties()).containsEntry("code", "method_not_allowed");
		assertThat(problem.getDetail()).doesNotContain("internal reason");
	}

	@Test
	void toProblemWhenUnexpectedThenInternalErrorWithoutMessage() {
		ProblemDetail problem = this.handler.toProblem(new NullPointerException("secret-ish detail"), "rid-12345678");

		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(problem.getProperties()).containsEntry("code", "internal_error");
		assertThat(problem.getDetail()).doesNotContain("secret-ish");
	}

	@Test
	void handleThenWritesProblemJsonWithRequestId() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/v1/gpt/jobs?code=abc").header("X-Request-Id", "rid-12345678"));

		this.handler.handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND)).block();

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"code\":\"not_found\"")
			.contains("\"request_id\":\"rid-12345678\"")
			.contains("\"instance\":\"/api/v1/gpt/jobs\"")
			.doesNotContain("code=abc");
	}

}
