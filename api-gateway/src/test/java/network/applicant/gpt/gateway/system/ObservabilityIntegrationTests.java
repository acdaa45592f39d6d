package network.applicant.gpt.gateway.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import network.applicant.gpt.config.web.RequestIds;
import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Trace propagation to the services, trace ids in the access log, and the Prometheus
 * endpoint on the management port only.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests extends GatewayTestSupport {

	private static String traceId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	@Test
	void requestWithTraceparentThenServiceReceivesSameTraceWithGatewaySpanAsParent() {
		String traceId = traceId();
		String callerSpan = "00f067aa0ba902b7";

		HttpResponse<String> response = get("/.well-known/oauth-authorization-server", "traceparent",
				"00-" + traceId + "-" + callerSpan + "-01");

		assertThat(response.statusCode()).isEqualTo(200);
		String forwarded = onlyRequest(OAUTH).getHeader("traceparent");
		assertThat(forwarded).matches("00-" + traceId + "-[0-9a-f]{16}-01");
		assertThat(forwarded).doesNotContain(callerSpan);
	}

	@Test
	void requestWithoutTraceparentThenServiceReceivesNewTrace() {
		get("/api/v1/gpt/jobs", bearer(uniqueCandidate()));

		assertThat(onlyRequest(ACTIONS).getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
	}

	@Test
	void accessLogLineCarriesTraceAndSpanId(CapturedOutput output) {
		String traceId = traceId();
		String requestId = "trace-log-" + System.nanoTime();

		get("/api/v1/gpt/oauth/authorize?state=secret-state", RequestIds.HEADER, requestId, "traceparent",
				"00-" + traceId + "-00f067aa0ba902b7-01");

		List<String> lines = await().until(() -> output.getAll()
			.lines()
			.filter((line) -> line.contains(requestId) && line.contains("HTTP request handled"))
			.toList(), (found) -> !found.isEmpty());
		Map<String, Object> line = json(lines.get(0));
		assertThat(line).containsEntry("traceId", traceId).containsKey("spanId");
		assertThat(output.getAll()).doesNotContain("secret-state");
	}

	@Test
	void prometheusOnManagementPortThenGatewayMetersAfterTraffic() {
		get("/api/v1/gpt/jobs", bearer(uniqueCandidate()));
		get("/api/v1/gpt/jobs");

		HttpResponse<String> response = getManagement("/actuator/prometheus");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(
				"gateway_rate_limit_requests_total{application=\"api-gateway\",identity=\"subject\",kind=\"read\",result=\"allowed\"}",
				"gateway_rate_limit_requests_total{application=\"api-gateway\",identity=\"ip\",kind=\"read\",result=\"allowed\"}",
				"gateway_access_token_rejections_total{application=\"api-gateway\",reason=\"missing\"}",
				"spring_cloud_gateway_requests_seconds_count{", "routeId=\"actions\"",
				"http_server_requests_seconds_count{");
		assertThat(response.body()).doesNotContain("user_test_");
	}

	@Test
	void prometheusOnPublicPortThenNotFound() {
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(404);
	}

}
