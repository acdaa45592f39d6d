package network.applicant.gpt.gateway.identity;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityHeadersIntegrationTests extends GatewayTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "x-clerk-user-id", "X-Clerk-User-Id", "X-CLERK-USER-ID", "x-gpt-clerk-user-id",
			"X-Gpt-Clerk-User-Id", "x-clerk-user-email", "X-Clerk-User-Name", "x-internal-service-key", "X-Internal-Service-Key", "x-legacy-user-id",
			"X-LEGACY-USER-ID", "x-debug-impersonate", "Forwarded", "X-Forwarded-For", "x-forwarded-host",
			"X-Forwarded-Proto", "X-Forwarded-Prefix" })
	void routeWhenIdentityHeaderFromOutsideThenStripped(String name) {
		get("/api/v1/gpt/oauth/authorize", name, "user_demo_ada", "Accept", "text/html");

		LoggedRequest received = onlyRequest(OAUTH);
		assertThat(received.containsHeader(name)).isFalse();
		assertThat(received.getHeader("Accept")).isEqualTo("text/html");
	}

	@Test
	void routeWhenSeveralIdentityHeadersThenAllStrippedAndOthersPass() {
		String token = accessToken(uniqueCandidate());

		get("/api/v1/gpt/jobs", "X-Clerk-User-Id", "user_demo_ada", "x-GPT-clerk-user-id", "user_demo_grace",
				"X-Internal-Service-Key", SERVICE_KEY, "Authorization", "Bearer " + token,
				"X-Custom-Header", "kept", "openai-conversation-id", "conv-1");

		LoggedRequest received = onlyRequest(ACTIONS);
		assertThat(received.getHeaders().keys()).map(String::toLowerCase)
			.doesNotContain("x-clerk-user-id", "x-clerk-user-email", "x-clerk-user-name", "x-gpt-clerk-user-id",
					"x-internal-service-key");
		assertThat(received.getHeader("Authorization")).isEqualTo("Bearer " + token);
		assertThat(received.getHeader("X-Custom-Header")).isEqualTo("kept");
		assertThat(received.getHeader("openai-conversation-id")).isEqualTo("conv-1");
	}

	@Test
	void routeWhenNoIdentityHeadersThenHeadersUnchanged() {
		get("/.well-known/oauth-authorization-server", "Accept", "application/json", "X-Something", "1");

		LoggedRequest received = onlyRequest(OAUTH);
		assertThat(received.getHeader("Accept")).isEqualTo("application/json");
		assertThat(received.getHeader("X-Something")).isEqualTo("1");
	}

}
