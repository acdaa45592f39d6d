package network.applicant.gpt.oauth;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ChatGPT's whole journey through the running service, with the gateway's identity
 * headers: authorize, sign-in hand-off, consent, code exchange, refresh with rotation,
 * retries and replays, revocation, and every way a request can be refused. Each test
 * uses a candidate id of its own, removed with its grants afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class OAuthFlowIntegrationTests extends OAuthServiceIntegrationTest {

	static final String CHATGPT_CALLBACK = "https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	static final String OPENAI_CALLBACK = "https://chat.openai.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	static final String AUTHORIZE = "/api/v1/gpt/oauth/authorize";

	static final String TOKEN = "/api/v1/gpt/oauth/token";

	static final String SPECIAL_STATE = "a b&c=d+e/f?g#h%i;j,k'l\"m<n>o{p}q|r\\s^t`u~v ü€";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	private OAuthHttp http;

	private final List<String> candidates = new ArrayList<>();

	@BeforeEach
	void client() {
		this.http = new OAuthHttp(this.port);
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		for (String candidate : this.candidates) {
			this.jdbc.update("DELETE FROM oauth.refresh_token_families WHERE candidate_id = ?", candidate);
			this.jdbc.update("DELETE FROM oauth.authorization_codes WHERE candidate_id = ?", candidate);
			this.jdbc.update("DELETE FROM oauth.consents WHERE candidate_id = ?", candidate);
		}
	}

	private String newCandidate() {
		String candidate = "user_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.candidates.add(candidate);
		return candidate;
	}

	private static String authorizeQuery(Map<String, String> overrides) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", CONFIGURED_CLIENT_ID);
		parameters.put("redirect_uri", CHATGPT_CALLBACK);
		parameters.put("state", "state-123");
		parameters.put("scope", "jobs:read applications:read");
		parameters.putAll(overrides);
		parameters.values().removeIf((value) -> value == null);
		return AUTHORIZE + "?" + OAuthHttp.form(parameters);
	}

	private static Map<String, String> with(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	/** Authorize and approve (unless consent is remembered): the URL ChatGPT's callback receives. */
	private String approve(String candidate, Map<String, String> overrides) {
		HttpResponse<String> page = this.http.get(authorizeQuery(overrides), candidate);
		if (page.statusCode() == 302) {
			return page.headers().firstValue("Location").orElseThrow();
		}
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return OAuthHttp.continueUrl(decide(candidate, page.body(), "approve").body());
	}

	private HttpResponse<String> decide(String candidate, String consentPage, String decision) {
		Map<String, String> form = OAuthHttp.hiddenFields(consentPage);
		form.put("decision", decision);
		return this.http.postForm("/api/v1/gpt/oauth/consent", form, candidate, null);
	}

	private HttpResponse<String> exchange(String code, String redirectUri, String verifier, boolean basic) {
		Map<String, String> form = with("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri);
		if (verifier != null) {
			form.put("code_verifier", verifier);
		}
		if (basic) {
			return this.http.postForm(TOKEN, form, null, OAuthHttp.basic(CONFIGURED_CLIENT_ID, CONFIGURED_CLIENT_SECRET));
		}
		form.put("client_id", CONFIGURED_CLIENT_ID);
		form.put("client_secret", CONFIGURED_CLIENT_SECRET);
		return this.http.postForm(TOKEN, form, null, null);
	}

	private HttpResponse<String> refresh(String refreshToken) {
		return this.http.postForm(TOKEN, with("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id",
				CONFIGURED_CLIENT_ID, "client_secret", CONFIGURED_CLIENT_SECRET), null, null);
	}

	private JsonNode tokens(String candidate) {
		String callback = approve(candidate, Map.of());
		HttpResponse<String> response = exchange(OAuthHttp.query(callback).get("code"), CHATGPT_CALLBACK, null, false);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.http.json(response);
	}

	private void assertInvalidGrant(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(this.http.json(response).get("error").asString()).isEqualTo("invalid_grant");
		assertNoStore(response);
	}

	private static void assertNoStore(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
	}

	private List<String> auditTypes(String candidate) {
		return this.jdbc.queryForList("SELECT event_type FROM oauth.audit_outbox WHERE payload->>'candidateId' = ? ORDER BY id",
				String.class, candidate);
	}

	private int activeFamilies(String candidate) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM oauth.refresh_token_families WHERE candidate_id = ? AND revoked_at IS NULL",
				Integer.class, candidate);
	}

	private static String s256(String verifier) throws Exception {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void chatGptLinksRefreshesAndRevokesWithoutTokensInTheLogs(CapturedOutput output) {
		String candidate = newCandidate();

		HttpResponse<String> page = this.http.get(authorizeQuery(with("state", SPECIAL_STATE)), candidate);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Configured test client")
			.contains("Search jobs and read their details")
			.contains("See the jobs you applied to")
			.contains("Test Candidate (" + candidate + "@applicant.test)")
			.contains("name=\"consent_token\"")
			.contains("value=\"approve\"")
			.contains("value=\"deny\"");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors 'none'").contains("form-action 'self' https://chatgpt.com"));
		assertNoStore(page);

		HttpResponse<String> linked = decide(candidate, page.body(), "approve");
		assertThat(linked.statusCode()).isEqualTo(200);
		assertThat(linked.body()).contains("Your account is connected to Configured test client");
		String callback = OAuthHttp.continueUrl(linked.body());
		assertThat(callback).startsWith(CHATGPT_CALLBACK + "?code=");
		Map<String, String> returned = OAuthHttp.query(callback);
		assertThat(returned.get("state")).isEqualTo(SPECIAL_STATE);
		String code = returned.get("code");

		HttpResponse<String> exchanged = exchange(code, CHATGPT_CALLBACK, null, false);
		assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
		assertNoStore(exchanged);
		JsonNode tokens = this.http.json(exchanged);
		assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(tokens.get("expires_in").asLong()).isEqualTo(900);
		assertThat(tokens.get("scope").asString()).isEqualTo("jobs:read applications:read");
		String access = tokens.get("access_token").asString();
		String refreshToken = tokens.get("refresh_token").asString();

		HttpResponse<String> refreshed = refresh(refreshToken);
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		String next = this.http.json(refreshed).get("refresh_token").asString();
		assertThat(next).isNotEqualTo(refreshToken);

		HttpResponse<String> revoked = this.http.postForm("/api/v1/gpt/oauth/revoke", with("token", next), null,
				OAuthHttp.basic(CONFIGURED_CLIENT_ID, CONFIGURED_CLIENT_SECRET));
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertNoStore(revoked);
		assertThat(activeFamilies(candidate)).isZero();
		assertInvalidGrant(refresh(next));

		assertThat(auditTypes(candidate)).containsSubsequence("oauth.consent.granted", "oauth.authorization.granted",
				"oauth.code.issued", "oauth.token.issued", "oauth.token.refreshed", "oauth.token.revoked");
		String events = String.join("\n", this.jdbc.queryForList(
				"SELECT payload::text FROM oauth.audit_outbox WHERE payload->>'candidateId' = ?", String.class, candidate));
		String logs = output.getAll();
		for (String secret : List.of(code, access, refreshToken, next, CONFIGURED_CLIENT_SECRET)) {
			assertThat(logs).doesNotContain(secret);
			assertThat(events).doesNotContain(secret);
		}
	}

	/* Each OAuth event of one candidate's journey: type, outcome, severity and whether it names the request. */
	private List<String> auditTrail(String candidate) {
		return this.jdbc.queryForList("""
				SELECT event_type || ' ' || (payload->>'outcome') || ' ' || (payload->>'severity') || ' '
				       || CASE WHEN payload->>'requestId' IS NULL THEN 'no-request-id' ELSE 'request-id' END
				FROM oauth.audit_outbox WHERE payload->>'candidateId' = ? ORDER BY id""", String.class, candidate);
	}

	@Test
	void everyOAuthEventOfAJourneyIsRecordedOnceWithOutcomeSeverityAndRequestId() {
		String candidate = newCandidate();
		HttpResponse<String> denied = decide(candidate, this.http.get(authorizeQuery(Map.of()), candidate).body(), "deny");
		String code = OAuthHttp.query(approve(candidate, Map.of())).get("code");
		JsonNode tokens = this.http.json(exchange(code, CHATGPT_CALLBACK, null, false));
		String next = this.http.json(refresh(tokens.get("refresh_token").asString())).get("refresh_token").asString();
		String again = OAuthHttp.query(approve(candidate, Map.of())).get("code");
		this.http.postForm("/api/v1/gpt/oauth/revoke", with("token", next), null,
				OAuthHttp.basic(CONFIGURED_CLIENT_ID, CONFIGURED_CLIENT_SECRET));

		assertThat(denied.statusCode()).isEqualTo(303);
		assertThat(again).isNotBlank();
		assertThat(auditTrail(candidate)).containsExactly(
				"oauth.authorization.denied DENIED INFO request-id",
				"oauth.consent.granted SUCCESS INFO request-id",
				"oauth.authorization.granted SUCCESS INFO request-id",
				"oauth.code.issued SUCCESS INFO request-id",
				"oauth.token.issued SUCCESS INFO request-id",
				"oauth.token.refreshed SUCCESS INFO request-id",
				// consent remembered: no second consent event
				"oauth.authorization.granted SUCCESS INFO request-id",
				"oauth.code.issued SUCCESS INFO request-id",
				"oauth.token.revoked SUCCESS INFO request-id");
		assertThat(this.jdbc.queryForList("""
				SELECT payload->'details'->>'consent' FROM oauth.audit_outbox
				WHERE payload->>'candidateId' = ? AND event_type = 'oauth.authorization.granted' ORDER BY id""",
				String.class, candidate)).containsExactly("given", "remembered");
	}

	@Test
	void authorizeWithTheOpenAiCallbackAndBasicCredentialsIssuesTokens() {
		String candidate = newCandidate();
		String callback = approve(candidate, with("redirect_uri", OPENAI_CALLBACK));
		assertThat(callback).startsWith(OPENAI_CALLBACK + "?code=");

		HttpResponse<String> exchanged = exchange(OAuthHttp.query(callback).get("code"), OPENAI_CALLBACK, null, true);

		assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
	}

	@Test
	void authorizeWithEmptyScopeGrantsTheDefaultScopes() {
		String candidate = newCandidate();
		HttpResponse<String> page = this.http.get(authorizeQuery(with("scope", "")), candidate);
		assertThat(OAuthHttp.hiddenFields(page.body())).containsEntry("scope", "jobs:read");

		String callback = OAuthHttp.continueUrl(decide(candidate, page.body(), "approve").body());
		JsonNode tokens = this.http.json(exchange(OAuthHttp.query(callback).get("code"), CHATGPT_CALLBACK, null, false));

		assertThat(tokens.get("scope").asString()).isEqualTo("jobs:read");
	}

	@Test
	void tokenRequestAsJsonIsAccepted() {
		String candidate = newCandidate();
		String code = OAuthHttp.query(approve(candidate, Map.of())).get("code");

		HttpResponse<String> response = this.http.postJson(TOKEN, "{\"grant_type\":\"authorization_code\",\"code\":\""
				+ code + "\",\"redirect_uri\":\"" + CHATGPT_CALLBACK + "\",\"client_id\":\"" + CONFIGURED_CLIENT_ID
				+ "\",\"client_secret\":\"" + CONFIGURED_CLIENT_SECRET + "\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void authorizeWithS256ChallengeRequiresTheVerifier() throws Exception {
		String candidate = newCandidate();
		String verifier = "verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();
		String callback = approve(candidate, with("code_challenge", s256(verifier), "code_challenge_method", "S256"));
		String code = OAuthHttp.query(callback).get("code");
		String second = OAuthHttp.query(approve(candidate,
				with("code_challenge", s256(verifier), "code_challenge_method", "S256"))).get("code");

		assertInvalidGrant(exchange(code, CHATGPT_CALLBACK, "wrong-" + verifier, false));
		assertThat(exchange(second, CHATGPT_CALLBACK, verifier, false).statusCode()).isEqualTo(200);
	}

	@Test
	void verifierForACodeWithoutChallengeIsRefused() {
		String candidate = newCandidate();
		String code = OAuthHttp.query(approve(candidate, Map.of())).get("code");

		assertInvalidGrant(exchange(code, CHATGPT_CALLBACK, "v".repeat(43), false));
	}

	@Test
	void plainPkceIsRefusedWithARedirect() {
		HttpResponse<String> response = this.http.get(
				authorizeQuery(with("code_challenge", "p".repeat(43), "code_challenge_method", "plain")), newCandidate());

		assertThat(response.statusCode()).isEqualTo(302);
		Map<String, String> returned = OAuthHttp.query(response.headers().firstValue("Location").orElseThrow());
		assertThat(returned).containsEntry("error", "invalid_request").containsEntry("state", "state-123");
	}

	@Test
	void unknownScopeIsSentBackAsInvalidScope() {
		HttpResponse<String> response = this.http.get(authorizeQuery(with("scope", "jobs:read admin")), newCandidate());

		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(CHATGPT_CALLBACK + "?");
		assertThat(OAuthHttp.query(location)).containsEntry("error", "invalid_scope").containsKey("error_description")
			.containsEntry("state", "state-123");
	}

	@Test
	void unauthenticatedCandidateIsSentToSignInWithTheAuthorizeUrl() {
		String query = authorizeQuery(with("state", SPECIAL_STATE));

		HttpResponse<String> response = this.http.get(query, null);

		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("http://localhost:8080/dev/sign-in?redirect_url=");
		assertThat(OAuthHttp.query(location)).containsEntry("redirect_url", "http://localhost:8080" + query);
	}

	@Test
	void identityHeadersWithoutTheServiceKeyAreIgnored() {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + this.port + authorizeQuery(Map.of())))
			.header("x-clerk-user-id", "user_demo_ada")
			.header("x-internal-service-key", "not-the-key-0123456789abcdef0123456789")
			.build());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:8080/dev/sign-in");
	}

	@Test
	void denyRedirectsWithAccessDeniedAndState() {
		String candidate = newCandidate();
		HttpResponse<String> page = this.http.get(authorizeQuery(with("state", SPECIAL_STATE)), candidate);

		HttpResponse<String> denied = decide(candidate, page.body(), "deny");

		assertThat(denied.statusCode()).isEqualTo(303);
		Map<String, String> returned = OAuthHttp.query(denied.headers().firstValue("Location").orElseThrow());
		assertThat(returned).containsEntry("error", "access_denied").containsEntry("state", SPECIAL_STATE);
		assertThat(auditTypes(candidate)).containsExactly("oauth.authorization.denied");
	}

	@Test
	void rememberedConsentSkipsThePageForTheSameOrFewerScopes() {
		String candidate = newCandidate();
		approve(candidate, Map.of());

		HttpResponse<String> fewer = this.http.get(authorizeQuery(with("scope", "jobs:read")), candidate);
		HttpResponse<String> more = this.http.get(authorizeQuery(with("scope", "jobs:read applications:read")),
				candidate);

		assertThat(fewer.statusCode()).isEqualTo(302);
		assertThat(OAuthHttp.query(fewer.headers().firstValue("Location").orElseThrow())).containsKey("code");
		assertThat(more.statusCode()).isEqualTo(302);
	}

	@Test
	void consentFormOfAnotherCandidateIsRefused() {
		String candidate = newCandidate();
		HttpResponse<String> page = this.http.get(authorizeQuery(Map.of()), candidate);

		HttpResponse<String> forged = decide(newCandidate(), page.body(), "approve");

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("<h1");
	}

	@Test
	void badClientOrRedirectUriGetsAnErrorPageAndNeverARedirect() {
		String candidate = newCandidate();
		List<String> bad = List.of("https://chatgpt.com.evil.example/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback",
				"http://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback",
				"https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/other",
				"https://evil@chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback",
				CHATGPT_CALLBACK + "#fragment", CHATGPT_CALLBACK + "?extra=1");
		for (String redirectUri : bad) {
			HttpResponse<String> response = this.http.get(authorizeQuery(with("redirect_uri", redirectUri)), candidate);
			assertThat(response.statusCode()).as(redirectUri).isEqualTo(400);
			assertThat(response.headers().firstValue("Location")).as(redirectUri).isEmpty();
			assertThat(response.body()).contains("What you can do");
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(csp) -> assertThat(csp).contains("frame-ancestors 'none'"));
		}
		HttpResponse<String> unknownClient = this.http.get(authorizeQuery(with("client_id", "no-such-client")), candidate);
		assertThat(unknownClient.statusCode()).isEqualTo(400);
		assertThat(unknownClient.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void codeExchangedWithAnotherRedirectUriIsRefused() {
		String code = OAuthHttp.query(approve(newCandidate(), Map.of())).get("code");

		assertInvalidGrant(exchange(code, OPENAI_CALLBACK, null, false));
	}

	@Test
	void expiredCodeIsRefused() {
		String code = OAuthHttp.query(approve(newCandidate(), Map.of())).get("code");

		this.clock.advance(Duration.ofSeconds(61));

		assertInvalidGrant(exchange(code, CHATGPT_CALLBACK, null, false));
	}

	@Test
	void codeReplayIsRefusedAndRevokesTheTokensOfTheFirstUse() {
		String candidate = newCandidate();
		String code = OAuthHttp.query(approve(candidate, Map.of())).get("code");
		JsonNode first = this.http.json(exchange(code, CHATGPT_CALLBACK, null, false));

		assertInvalidGrant(exchange(code, CHATGPT_CALLBACK, null, false));

		assertThat(activeFamilies(candidate)).isZero();
		assertInvalidGrant(refresh(first.get("refresh_token").asString()));
		assertThat(auditTypes(candidate)).contains("oauth.code.replay_detected");
	}

	@Test
	void concurrentRedemptionsOfOneCodeNeverBothSucceed() {
		String code = OAuthHttp.query(approve(newCandidate(), Map.of())).get("code");
		Map<String, String> form = with("grant_type", "authorization_code", "code", code, "redirect_uri", CHATGPT_CALLBACK,
				"client_id", CONFIGURED_CLIENT_ID, "client_secret", CONFIGURED_CLIENT_SECRET);

		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			responses.add(this.http.client().sendAsync(this.http.tokenRequest(form), HttpResponse.BodyHandlers.ofString()));
		}

		assertThat(responses.stream().map(CompletableFuture::join).filter((response) -> response.statusCode() == 200))
			.hasSize(1);
	}

	@Test
	void refreshRetryWithinGraceReturnsTheSameSuccessorAndReplayAfterItRevokesEverything() {
		String candidate = newCandidate();
		JsonNode other = tokens(candidate);
		String refreshToken = tokens(candidate).get("refresh_token").asString();
		String successor = this.http.json(refresh(refreshToken)).get("refresh_token").asString();

		this.clock.advance(Duration.ofSeconds(20));
		HttpResponse<String> retry = refresh(refreshToken);
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
		assertThat(this.http.json(retry).get("refresh_token").asString()).isEqualTo(successor);

		this.clock.advance(Duration.ofSeconds(11));
		assertInvalidGrant(refresh(refreshToken));

		assertThat(activeFamilies(candidate)).isZero();
		assertInvalidGrant(refresh(successor));
		assertInvalidGrant(refresh(other.get("refresh_token").asString()));
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM oauth.audit_outbox
				 WHERE event_type = 'oauth.token.replay_detected' AND payload->>'candidateId' = ?
				   AND payload->>'severity' = 'CRITICAL'""", Integer.class, candidate)).isEqualTo(1);
	}

	@Test
	void concurrentRefreshesWithOneTokenGetTheSameSuccessor() {
		String refreshToken = tokens(newCandidate()).get("refresh_token").asString();
		Map<String, String> form = with("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id",
				CONFIGURED_CLIENT_ID, "client_secret", CONFIGURED_CLIENT_SECRET);

		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			responses.add(this.http.client().sendAsync(this.http.tokenRequest(form), HttpResponse.BodyHandlers.ofString()));
		}

		List<HttpResponse<String>> done = responses.stream().map(CompletableFuture::join).toList();
		assertThat(done).allSatisfy((response) -> assertThat(response.statusCode()).as(response.body()).isEqualTo(200));
		assertThat(done.stream().map((response) -> this.http.json(response).get("refresh_token").asString()).distinct())
			.hasSize(1);
	}

	@Test
	void badClientSecretIsRefusedWith401AndWwwAuthenticate() {
		String code = OAuthHttp.query(approve(newCandidate(), Map.of())).get("code");

		HttpResponse<String> basic = this.http.postForm(TOKEN,
				with("grant_type", "authorization_code", "code", code, "redirect_uri", CHATGPT_CALLBACK), null,
				OAuthHttp.basic(CONFIGURED_CLIENT_ID, "wrong-secret-0123456789"));
		HttpResponse<String> post = this.http.postForm(TOKEN, with("grant_type", "authorization_code", "code", code,
				"redirect_uri", CHATGPT_CALLBACK, "client_id", CONFIGURED_CLIENT_ID, "client_secret", "wrong"), null, null);

		for (HttpResponse<String> response : List.of(basic, post)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(value) -> assertThat(value).startsWith("Basic realm="));
			assertThat(this.http.json(response).get("error").asString()).isEqualTo("invalid_client");
			assertNoStore(response);
		}
		assertThat(exchange(code, CHATGPT_CALLBACK, null, false).statusCode()).isEqualTo(200);
	}

	@Test
	void unsupportedGrantTypeIsRefused() {
		HttpResponse<String> response = this.http.postForm(TOKEN, with("grant_type", "password"), null,
				OAuthHttp.basic(CONFIGURED_CLIENT_ID, CONFIGURED_CLIENT_SECRET));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.http.json(response).get("error").asString()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void learnMorePageExplainsAndDisconnect() {
		HttpResponse<String> response = this.http.get("/api/v1/gpt/oauth/learn-more", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("What it cannot do").contains("How to disconnect").contains("lang=\"en\"");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors 'none'"));
		assertNoStore(response);
	}

}
