package network.applicant.gpt.actions.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.config.testing.TestSigningKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a caller can present itself to the Actions API, against the running service.
 */
class CallerAuthenticationIntegrationTests extends ActionsIntegrationTestSupport {

	private static final String KEY_HEADER = "x-internal-service-key";

	private static final String LOCAL_KEY = "local-internal-service-key-change-me-0123456789";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void callWhenValidTokenWithScopeThenCallerFromToken() throws Exception {
		HttpResponse<String> response = get("/api/v1/gpt/test-probe/jobs", "Authorization",
				bearer("user_demo_ada", "jobs:read"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"candidate\":\"user_demo_ada\"").contains("\"client\":\"" + CLIENT_ID + "\"");
	}

	@Test
	void callWhenNoCredentialsThenUnauthorizedWithBareChallenge() throws Exception {
		HttpResponse<String> response = get("/api/v1/gpt/test-probe/jobs");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"applicant.network\"");
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"code\":\"unauthorized\"").contains("\"request_id\"");
	}

	@Test
	void callWhenTokenSignedByUnknownKeyThenInvalidToken() throws Exception {
		String forged = TestSigningKey.es256("test-key-1").token().issuer(ISSUER).audience(AUDIENCE).subject("user_demo_ada")
			.claim("client_id", CLIENT_ID).claim("scope", "jobs:read").build();

		HttpResponse<String> response = get("/api/v1/gpt/test-probe/jobs", "Authorization", "Bearer " + forged);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValue("Bearer realm=\"applicant.network\", error=\"invalid_token\"");
		assertThat(response.body()).contains("\"code\":\"invalid_token\"");
	}

	@Test
	void callWhenTokenExpiredThenInvalidToken() throws Exception {
		String expired = token("user_demo_ada", "jobs:read").issuedAt(Instant.now().minusSeconds(3600))
			.expiresAt(Instant.now().minusSeconds(600)).build();

		assertThat(get("/api/v1/gpt/test-probe/jobs", "Authorization", "Bearer " + expired).statusCode()).isEqualTo(401);
	}

	@Test
	void callWhenTokenForAnotherAudienceThenInvalidToken() throws Exception {
		String other = token("user_demo_ada", "jobs:read").audience("https://elsewhere.test").build();

		assertThat(get("/api/v1/gpt/test-probe/jobs", "Authorization", "Bearer " + other).statusCode()).isEqualTo(401);
	}

	@Test
	void callWhenScopeMissingThenForbiddenWithInsufficientScope() throws Exception {
		HttpResponse<String> response = get("/api/v1/gpt/test-probe/jobs", "Authorization",
				bearer("user_demo_ada", "applications:read"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
				"Bearer realm=\"applicant.network\", error=\"insufficient_scope\", scope=\"jobs:read\"");
		assertThat(response.body()).contains("\"code\":\"insufficient_scope\"").contains("jobs:read");
	}

	@Test
	void callWhenHandlerDeclaresNoScopeThenForbiddenForEveryone() throws Exception {
		HttpResponse<String> response = get("/api/v1/gpt/test-probe/unannotated", "Authorization",
				bearer("user_demo_ada", "jobs:read", "applications:read", "applications:write", "resume:read"));

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void callWhenTrustedHeaderWithServiceKeyThenPlatformInternalCaller() throws Exception {
		HttpResponse<String> response = get("/api/v1/gpt/test-probe/jobs", "x-gpt-clerk-user-id", "user_demo_grace",
				KEY_HEADER, LOCAL_KEY);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"candidate\":\"user_demo_grace\"").contains("\"client\":\"null\"");
	}

	@Test
	void callWhenTrustedHeaderWithoutOrWithWrongKeyThenUnauthorized() throws Exception {
		assertThat(get("/api/v1/gpt/test-probe/jobs", "x-gpt-clerk-user-id", "user_demo_grace").statusCode())
			.isEqualTo(401);
		assertThat(get("/api/v1/gpt/test-probe/jobs", "x-gpt-clerk-user-id", "user_demo_grace", KEY_HEADER,
				LOCAL_KEY + "x").statusCode()).isEqualTo(401);
	}

	@Test
	void callWhenBadTokenAndTrustedHeadersThenTheTokenDecides() throws Exception {
		HttpResponse<String> response = get("/api/v1/gpt/test-probe/jobs", "Authorization", "Bearer nonsense",
				"x-gpt-clerk-user-id", "user_demo_grace", KEY_HEADER, LOCAL_KEY);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void callWhenOnlyOpenAiHeadersThenUnauthorized() throws Exception {
		HttpResponse<String> response = get("/api/v1/gpt/test-probe/jobs", "openai-ephemeral-user-id", "user_demo_ada",
				"openai-conversation-id", "c-1");

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void callWhenAuthorizationIsNotBearerThenInvalidRequest() throws Exception {
		HttpResponse<String> response = get("/api/v1/gpt/test-probe/jobs", "Authorization", "Basic Zm9vOmJhcg==");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(value) -> assertThat(value).contains("error=\"invalid_request\""));
	}

	@Test
	void publicPathsNeedNoCaller() throws Exception {
		assertThat(get("/api/v1/gpt/openapi.yaml").statusCode()).isNotEqualTo(401);
	}

	@Test
	void actuatorIsNotBehindCallerAuthentication() throws Exception {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

}
