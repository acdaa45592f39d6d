package network.applicant.gpt.gateway.requestid;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import network.applicant.gpt.config.web.RequestIds;
import network.applicant.gpt.gateway.GatewayTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class RequestIdIntegrationTests extends GatewayTestSupport {

	@Test
	void requestWhenNoRequestIdThenGeneratedForwardedAndReturned() {
		HttpResponse<String> response = get("/api/v1/gpt/jobs", bearer(uniqueCandidate()));

		String requestId = response.headers().firstValue(RequestIds.HEADER).orElseThrow();
		assertThat(RequestIds.isValid(requestId)).isTrue();
		assertThat(onlyRequest(ACTIONS).getHeader(RequestIds.HEADER)).isEqualTo(requestId);
	}

	@Test
	void requestWhenValidRequestIdThenPropagated() {
		String requestId = "req-1234abcd:edge.7";

		HttpResponse<String> response = get("/api/v1/gpt/oauth/token", RequestIds.HEADER, requestId);

		assertThat(response.headers().allValues(RequestIds.HEADER)).containsExactly(requestId);
		assertThat(onlyRequest(OAUTH).getHeaders().getHeader(RequestIds.HEADER).values()).containsExactly(requestId);
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "has spaces in it", "<script>alert(1)</script>", "id\tand-a-tab",
			"a-request-id-that-is-far-too-long-a-request-id-that-is-far-too-long-a-request-id-that-is-far-too-long-a-request-id-that-is-far-too-long" })
	void requestWhenMalformedRequestIdThenReplaced(String malformed) {
		HttpResponse<String> response = get("/api/v1/gpt/jobs", RequestIds.HEADER, malformed, "Authorization",
				"Bearer " + accessToken(uniqueCandidate()));

		String requestId = response.headers().firstValue(RequestIds.HEADER).orElseThrow();
		assertThat(requestId).isNotEqualTo(malformed);
		assertThat(RequestIds.isValid(requestId)).isTrue();
		assertThat(onlyRequest(ACTIONS).getHeaders().getHeader(RequestIds.HEADER).values())
			.containsExactly(requestId);
	}

	@Test
	void requestWhenServiceAnswersWithOwnRequestIdThenResponseCarriesOnlyGatewayId() {
		ACTIONS.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/gpt/applications").willReturn(aResponse().withStatus(200)
			.withHeader(RequestIds.HEADER, "service-chosen-id-123")));

		HttpResponse<String> response = get("/api/v1/gpt/applications", RequestIds.HEADER, "gateway-kept-id-456",
				"Authorization", "Bearer " + accessToken(uniqueCandidate()));

		assertThat(response.headers().allValues(RequestIds.HEADER)).containsExactly("gateway-kept-id-456");
	}

	@Test
	void requestWhenUnroutedThenResponseStillCarriesRequestId() {
		HttpResponse<String> response = get("/nope", RequestIds.HEADER, "unrouted-request-1");

		assertThat(response.headers().allValues(RequestIds.HEADER)).containsExactly("unrouted-request-1");
	}

	@Test
	void requestThenOneJsonAccessLogLineWithoutQueryString(CapturedOutput output) {
		String requestId = "access-log-" + System.nanoTime();

		get("/api/v1/gpt/oauth/callback?code=secret-authorization-code&state=secret-state", RequestIds.HEADER,
				requestId, "Authorization", "Bearer secret-bearer-token");

		List<String> lines = await().until(() -> accessLogLines(output, requestId), (found) -> !found.isEmpty());
		assertThat(lines).hasSize(1);
		Map<String, Object> line = json(lines.get(0));
		assertThat(line).containsEntry("request_id", requestId)
			.containsEntry("method", "GET")
			.containsEntry("path", "/api/v1/gpt/oauth/callback")
			.containsEntry("status", 200)
			.containsKey("duration_ms");
		assertThat(output.getAll()).doesNotContain("secret-authorization-code", "secret-state",
				"secret-bearer-token", "code=");
	}

	@Test
	void requestWhenUnroutedThenAccessLogHasProblemStatus(CapturedOutput output) {
		String requestId = "access-log-404-" + System.nanoTime();

		get("/api/v2/x?token=secret-token", RequestIds.HEADER, requestId);

		List<String> lines = await().until(() -> accessLogLines(output, requestId), (found) -> !found.isEmpty());
		assertThat(json(lines.get(0))).containsEntry("status", 404).containsEntry("path", "/api/v2/x");
		assertThat(output.getAll()).doesNotContain("secret-token");
	}

	private static List<String> accessLogLines(CapturedOutput output, String requestId) {
		return output.getAll()
			.lines()
			.filter((line) -> line.contains(requestId) && line.contains("HTTP request handled"))
			.toList();
	}

}
