package network.applicant.gpt.gateway.identity;

import java.time.Instant;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import network.applicant.gpt.config.testing.TestSigningKey;
import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clerk sessions through the real gateway: identity headers reach the oauth service only
 * for a valid session and only on the paths that act for a signed-in candidate.
 */
class ClerkSessionIntegrationTests extends GatewayTestSupport {

	private static final String[] IDENTITY = { "x-clerk-user-id", "x-clerk-user-email", "x-clerk-user-name",
			"x-internal-service-key" };

	private static String validSession() {
		return sessionTokenBuilder("user_demo_ada").claim("email", "ada@applicant.test")
			.claim("name", "Ada Lovelace")
			.build();
	}

	private static void assertNoIdentity(LoggedRequest received) {
		for (String name : IDENTITY) {
			assertThat(received.containsHeader(name)).as(name).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/gpt/oauth/authorize?client_id=chatgpt-local&state=x",
			"/api/v1/gpt/oauth/consent", "/api/v1/gpt/oauth/connections", "/api/v1/gpt/connections",
			"/api/v1/gpt/connections/chatgpt-local" })
	void sessionPathWhenValidCookieThenIdentityHeadersAndServiceKey(String path) {
		get(path, "Cookie", "theme=dark; __session=" + validSession());

		LoggedRequest received = onlyRequest(OAUTH);
		assertThat(received.getHeader("x-clerk-user-id")).isEqualTo("user_demo_ada");
		assertThat(received.getHeader("x-clerk-user-email")).isEqualTo("ada@applicant.test");
		assertThat(received.getHeader("x-clerk-user-name")).isEqualTo("Ada Lovelace");
		assertThat(received.getHeader("x-internal-service-key")).isEqualTo(SERVICE_KEY);
	}

	@Test
	void sessionPathWhenSessionWithoutEmailAndNameThenOnlyUserId() {
		get("/api/v1/gpt/oauth/authorize", "Cookie", "__session=" + sessionTokenBuilder("user_demo_mary").build());

		LoggedRequest received = onlyRequest(OAUTH);
		assertThat(received.getHeader("x-clerk-user-id")).isEqualTo("user_demo_mary");
		assertThat(received.containsHeader("x-clerk-user-email")).isFalse();
		assertThat(received.containsHeader("x-clerk-user-name")).isFalse();
		assertThat(received.getHeader("x-internal-service-key")).isEqualTo(SERVICE_KEY);
	}

	@Test
	void connectionsApiWhenBearerSessionThenIdentityHeaders() {
		get("/api/v1/gpt/connections", "Authorization", "Bearer " + validSession());

		assertThat(onlyRequest(OAUTH).getHeader("x-clerk-user-id")).isEqualTo("user_demo_ada");
	}

	@Test
	void authorizeWhenBearerSessionInsteadOfCookieThenNoIdentity() {
		get("/api/v1/gpt/oauth/authorize", "Authorization", "Bearer " + validSession());

		assertNoIdentity(onlyRequest(OAUTH));
	}

	@Test
	void sessionPathWhenSpoofedIdentityAndValidSessionThenOnlyVerifiedIdentity() {
		get("/api/v1/gpt/oauth/consent", "Cookie", "__session=" + validSession(), "X-Clerk-User-Id", "user_demo_grace",
				"x-clerk-user-email", "grace@applicant.test", "X-Internal-Service-Key", "guessed-key-guessed-key-guessed");

		LoggedRequest received = onlyRequest(OAUTH);
		assertThat(received.getHeaders().getHeader("x-clerk-user-id").values()).containsExactly("user_demo_ada");
		assertThat(received.getHeaders().getHeader("x-clerk-user-email").values()).containsExactly("ada@applicant.test");
		assertThat(received.getHeaders().getHeader("x-internal-service-key").values()).containsExactly(SERVICE_KEY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "expired", "wrong-issuer", "wrong-azp", "no-azp", "unknown-kid", "tampered", "garbage",
			"not-yet-valid" })
	void sessionPathWhenInvalidSessionThenForwardedWithoutIdentity(String kind) {
		String token = switch (kind) {
			case "expired" -> sessionTokenBuilder("user_demo_ada").expiresAt(Instant.now().minusSeconds(60)).build();
			case "wrong-issuer" -> sessionTokenBuilder("user_demo_ada").issuer("https://clerk.evil.example").build();
			case "wrong-azp" -> sessionTokenBuilder("user_demo_ada").claim("azp", "https://evil.example").build();
			case "no-azp" -> sessionTokenBuilder("user_demo_ada").withoutClaim("azp").build();
			case "unknown-kid" -> TestSigningKey.rs256("clerk-unknown")
				.token()
				.issuer(CLERK_ISSUER)
				.subject("user_demo_ada")
				.claim("azp", ORIGIN)
				.build();
			case "tampered" -> {
				String[] valid = validSession().split("\\.");
				String[] other = sessionTokenBuilder("user_demo_grace").build().split("\\.");
				yield valid[0] + "." + other[1] + "." + valid[2];
			}
			case "not-yet-valid" -> sessionTokenBuilder("user_demo_ada").notBefore(Instant.now().plusSeconds(120))
				.build();
			default -> "not.a.jwt";
		};

		java.net.http.HttpResponse<String> response = get("/api/v1/gpt/oauth/authorize?state=s", "Cookie",
				"__session=" + token, "X-Clerk-User-Id", "user_demo_ada");

		assertThat(response.statusCode()).isEqualTo(200);
		assertNoIdentity(onlyRequest(OAUTH));
	}

	@Test
	void sessionPathWhenNoSessionThenForwardedWithoutIdentity() {
		get("/api/v1/gpt/oauth/authorize?state=s");

		assertNoIdentity(onlyRequest(OAUTH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/gpt/oauth/token", "/api/v1/gpt/oauth/authorizex", "/api/v1/gpt/oauth/jwks.json",
			"/api/v1/gpt/webhooks/clerk", "/.well-known/oauth-authorization-server", "/api/v1/gpt/oauth/revoke" })
	void otherOauthPathWhenValidSessionThenNoIdentity(String path) {
		get(path, "Cookie", "__session=" + validSession());

		assertNoIdentity(onlyRequest(OAUTH));
	}

	@Test
	void actionsPathWhenValidSessionThenNoIdentity() {
		get("/api/v1/gpt/jobs", "Cookie", "__session=" + validSession(), "Authorization",
				"Bearer " + accessToken(uniqueCandidate()));

		assertNoIdentity(onlyRequest(ACTIONS));
	}

	@Test
	void sessionPathWhenClerkKeysRotateThenNewKeyAccepted() {
		TestSigningKey rotated = TestSigningKey.rs256("clerk-key-rotated-" + System.nanoTime());
		publishClerkKeys(KEYS, TestSigningKey.jwks(CLERK_KEY, rotated));
		try {
			get("/api/v1/gpt/oauth/authorize", "Cookie", "__session=" + rotated.token()
				.issuer(CLERK_ISSUER)
				.subject("user_demo_luca")
				.claim("azp", ORIGIN)
				.build());

			assertThat(onlyRequest(OAUTH).getHeader("x-clerk-user-id")).isEqualTo("user_demo_luca");
		}
		finally {
			publishClerkKeys(KEYS, TestSigningKey.jwks(CLERK_KEY));
		}
	}

}
