package network.applicant.gpt.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service's probes, as Kubernetes and {@code ./run.sh} call them.
 */
class OAuthServiceApplicationIntegrationTests extends OAuthServiceIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void healthWhenDatabaseAndBrokerUpThenUp() throws Exception {
		assertThat(status("/actuator/health")).isEqualTo("UP");
	}

	@Test
	void readinessProbeWhenDatabaseAndBrokerUpThenUp() throws Exception {
		assertThat(status("/actuator/health/readiness")).isEqualTo("UP");
	}

	@Test
	void livenessProbeThenUp() throws Exception {
		assertThat(status("/actuator/health/liveness")).isEqualTo("UP");
	}

	@Test
	void unknownPathThenProblemDetails() throws Exception {
		HttpResponse<String> response = get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private String status(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		return body.get("status").asString();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
