package network.applicant.gpt.gateway.requestid;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

import network.applicant.gpt.config.web.RequestIds;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdHttpHandlerTests {

	private final AtomicReference<ServerHttpRequest> forwarded = new AtomicReference<>();

	private final HttpHandler downstream = (request, response) -> {
		this.forwarded.set(request);
		return response.setComplete();
	};

	private final RequestIdHttpHandler handler = new RequestIdHttpHandler(this.downstream);

	@Test
	void handleWhenRequestIdContainsNewlineThenReplaced() {
		String injected = "abcdefgh\n{\"level\":\"ERROR\"}";
		MockServerHttpResponse response = new MockServerHttpResponse();

		this.handler.handle(MockServerHttpRequest.get("/api/v1/gpt/jobs").header(RequestIds.HEADER, injected).build(),
				response).block();

		String requestId = this.forwarded.get().getHeaders().getFirst(RequestIds.HEADER);
		assertThat(requestId).isNotEqualTo(injected).doesNotContain("\n");
		assertThat(RequestIds.isValid(requestId)).isTrue();
		assertThat(response.getHeaders().get(RequestIds.HEADER)).containsExactly(requestId);
	}

	@Test
	void handleWhenSeveralRequestIdsThenOnlyOneForwarded() {
		MockServerHttpResponse response = new MockServerHttpResponse();

		this.handler.handle(MockServerHttpRequest.get("/x")
			.header(RequestIds.HEADER, "first-valid-id", "second-valid-id")
			.build(), response).block();

		assertThat(this.forwarded.get().getHeaders().get(RequestIds.HEADER)).containsExactly("first-valid-id");
		assertThat(response.getHeaders().get(RequestIds.HEADER)).containsExactly("first-valid-id");
	}

	@Test
	void handleWhenDownstreamSetsOwnRequestIdThenResponseKeepsGatewayId() {
		HttpHandler overwriting = (request, response) -> {
			response.getHeaders().add(RequestIds.HEADER, "downstream-id-123");
			return response.setComplete();
		};
		MockServerHttpResponse response = new MockServerHttpResponse();

		new RequestIdHttpHandler(overwriting, () -> 0L)
			.handle(MockServerHttpRequest.get("/x").header(RequestIds.HEADER, "gateway-id-123").build(), response)
			.block();

		assertThat(response.getHeaders().get(RequestIds.HEADER)).containsExactly("gateway-id-123");
	}

	@Test
	void handleWhenDownstreamFailsThenErrorPropagates() {
		HttpHandler failing = (request, response) -> Mono.error(new IllegalStateException("boom"));

		Mono<Void> result = new RequestIdHttpHandler(failing).handle(MockServerHttpRequest.get("/x").build(),
				new MockServerHttpResponse());

		org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(result::block);
	}

}
