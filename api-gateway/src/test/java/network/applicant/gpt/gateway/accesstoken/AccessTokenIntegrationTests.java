package network.applicant.gpt.gateway.accesstoken;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import network.applicant.gpt.config.testing.TestSigningKey;
import network.applicant.gpt.gateway.GatewayTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer access tokens on the actions routes, through the real gateway; gpt-oauth-service's
 * JWKS is played by WireMock.
 */
class AccessTokenIntegrationTests extends GatewayTestSupport {

	@Test
	void actionsWhenValidTokenThenForwardedWithAuthorizationUnchanged() {
		String token = accessToken(uniqueCandidate());

		HttpResponse<String> response = get("/api/v1/gpt/jobs?keywords=java", "Authorization", "Bearer " + token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(onlyRequest(ACTIONS).getHeader("Authorization")).isEqualTo("Bearer " + token);
	}

	@Test
	void actionsWhenValidTokenForWriteThenForwarded() {
		HttpResponse<String> response = send("POST", "/api/v1/gpt/applications",
				HttpRequest.BodyPublishers.ofString("{\"job_id\":\"42\"}"), "Content-Type", "application/json",
				"Authorization", "Bearer " + accessToken(uniqueCandidate()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(onlyRequest(ACTIONS).getBodyAsString()).isEqualTo("{\"job_id\":\"42\"}");
	}

	@Test
	void actionsWhenNoTokenThenUnauthorizedProblemWithBareChallenge() {
		HttpResponse<String> response = get("/api/v1/gpt/jobs", "openai-ephemeral-user-id", "user_demo_ada",
				"openai-conversation-id", "conv-1");

		assertUnauthorized(response);
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"applicant-gpt\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "expired", "wrong-audience", "wrong-issuer", "other-key", "no-scope", "garbage", "basic",
			"empty", "two-tokens" })
	void actionsWhenInvalidTokenThenUnauthorizedProblemWithInvalidTokenChallenge(String kind) {
		String authorization = switch (kind) {
			case "expired" -> "Bearer " + accessTokenBuilder(uniqueCandidate()).expiresAt(Instant.now().minusSeconds(120))
				.build();
			case "wrong-audience" -> "Bearer " + accessTokenBuilder(uniqueCandidate()).audience("https://other.example")
				.build();
			case "wrong-issuer" -> "Bearer " + accessTokenBuilder(uniqueCandidate()).issuer("https://evil.example")
				.build();
			case "other-key" -> "Bearer " + TestSigningKey.es256(OAUTH_KEY.keyId())
				.token()
				.issuer(ISSUER)
				.audience(AUDIENCE)
				.subject(uniqueCandidate())
				.claim("client_id", "chatgpt-local")
				.claim("scope", "jobs:read")
				.build();
			case "no-scope" -> "Bearer " + accessTokenBuilder(uniqueCandidate()).withoutClaim("scope").build();
			case "basic" -> "Basic Y2hhdGdwdC1sb2NhbDpjaGF0Z3B0LWxvY2FsLXNlY3JldA==";
			case "empty" -> "Bearer ";
			case "two-tokens" -> "Bearer " + accessToken(uniqueCandidate()) + " " + accessToken(uniqueCandidate());
			default -> "Bearer not.a.token";
		};

		HttpResponse<String> response = get("/api/v1/gpt/applications", "Authorization", authorization);

		assertUnauthorized(response);
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer error=\"invalid_token\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/gpt/openapi.yaml", "/api/v1/gpt/privacy" })
	void publicPathWhenNoTokenThenForwarded(String path) {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("actions");
	}

	@Test
	void oauthRouteWhenNoTokenThenNotAskedForOne() {
		HttpResponse<String> response = get("/api/v1/gpt/oauth/jwks.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("oauth");
	}

	private static void assertUnauthorized(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		Map<String, Object> problem = json(response.body());
		assertThat(problem).containsEntry("status", 401)
			.containsEntry("code", "invalid_token")
			.containsEntry("type", "https://applicant.network/problems/invalid_token")
			.containsEntry("request_id", response.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(ACTIONS.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

}
