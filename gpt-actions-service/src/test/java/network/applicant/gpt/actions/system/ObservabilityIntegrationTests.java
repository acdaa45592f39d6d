package network.applicant.gpt.actions.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus endpoint on the service port: request timings per operation and the
 * audit outbox gauges.
 */
class ObservabilityIntegrationTests extends ActionsIntegrationTestSupport {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	@Test
	void prometheusThenRequestTimingsTaggedWithOperationAndOutboxGauges() throws Exception {
		send(request("/api/v1/gpt/privacy").header("traceparent",
				"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
		HttpResponse<String> analyze = send(request("/api/v1/gpt/resume/analyze")
			.header("Authorization", bearer("user_demo_ada", "resume:read"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(analyze.statusCode()).isBetween(400, 499);

		HttpResponse<String> response = send(request("/actuator/prometheus"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).containsPattern(
				"http_server_requests_seconds_count\\{[^}]*operation=\"analyzeResume\"[^}]*uri=\"/api/v1/gpt/resume/analyze\"");
		assertThat(response.body()).containsPattern(
				"http_server_requests_seconds_count\\{[^}]*operation=\"none\"[^}]*uri=\"/api/v1/gpt/privacy\"");
		assertThat(response.body()).contains(
				"audit_outbox_pending{application=\"gpt-actions-service\",source=\"gpt-actions-service\"}",
				"audit_outbox_oldest_age_seconds{");
	}

}
