package network.applicant.gpt.gateway.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway whose services are down: both base URLs point at a port nobody listens on.
 * Its access-token JWKS URL points there too. This is the second (and last) Spring
 * context of the test suite.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "applicant.internal.service-key=" + GatewayTestSupport.SERVICE_KEY, "management.server.port=0",
				"applicant.tokens.issuer=" + GatewayTestSupport.ISSUER,
				"applicant.tokens.audience=" + GatewayTestSupport.AUDIENCE,
				"applicant.gateway.clerk.issuer=" + GatewayTestSupport.CLERK_ISSUER,
				"applicant.gateway.rate-limit.key-prefix=test:gateway:service-unavailable" })
class ServiceUnavailableIntegrationTests {

	private static final int CLOSED_PORT = closedPort();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("applicant.gateway.services.oauth-uri", () -> "http://127.0.0.1:" + CLOSED_PORT);
		registry.add("applicant.gateway.services.actions-uri", () -> "http://127.0.0.1:" + CLOSED_PORT);
		registry.add("applicant.tokens.jwks-uri", () -> "http://127.0.0.1:" + CLOSED_PORT + "/jwks.json");
		registry.add("applicant.gateway.clerk.jwks-uri", () -> "http://127.0.0.1:" + CLOSED_PORT + "/jwks.json");
	}

	@Test
	void routeWhenServiceDownThenServiceUnavailableProblem() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/gpt/openapi.yaml?keywords=x"))
				.header("X-Request-Id", "service-down-request-1")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		@SuppressWarnings("unchecked")
		Map<String, Object> problem = JsonMapper.builder().build().readValue(response.body(), Map.class);
		assertThat(problem).containsEntry("status", 503)
			.containsEntry("code", "service_unavailable")
			.containsEntry("request_id", "service-down-request-1")
			.containsEntry("instance", "/api/v1/gpt/openapi.yaml");
		assertThat(response.body()).doesNotContain("Exception", "trace", "127.0.0.1", String.valueOf(CLOSED_PORT));
	}

	@Test
	void actionsWhenAccessTokenKeysUnreachableThenServiceUnavailableNotUnauthorized() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/gpt/jobs"))
				.header("Authorization", "Bearer " + GatewayTestSupport.accessToken("user_demo_ada"))
				.build(), HttpResponse.BodyHandlers.ofString());

		// fail closed, but say so honestly: the token may be fine, the keys to check it are not reachable
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(response.body()).contains("\"code\":\"service_unavailable\"");
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
