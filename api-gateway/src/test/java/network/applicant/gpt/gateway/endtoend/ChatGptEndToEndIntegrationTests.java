package network.applicant.gpt.gateway.endtoend;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ChatGPT end to end through the real gateway: the oauth and actions services run as their
 * own processes from their runnable jars, the gateway runs here on a port chosen before
 * anything starts, and every request goes through the gateway's public base URL. Each test
 * uses a demo candidate of its own; their grants and consents are removed before and after.
 *
 * <p>The platform is the run's {@link SharedPlatform}: its oauth service has a 3 s refresh grace
 * period and a 5 s code lifetime so that "after the grace period" and "expired" arrive within
 * the test; the gateway's anonymous budget is raised because all of ChatGPT's token calls come
 * from this one address.
 */
@ExtendWith(SharedPlatform.class)
class ChatGptEndToEndIntegrationTests {

	private static final List<String> CANDIDATES = List.of("user_demo_ada", "user_demo_grace", "user_demo_mary",
			"user_demo_luca");

	/** Every character with a meaning in URLs or HTML, and some that are not ASCII. */
	private static final String AWKWARD_STATE = "a b&c=d?e/f#g%h+i;j,k:l@m$n!o'p(q)r*s~t\"u<v>w[x]y{z}|\\^`é–✓";

	private static RunningPlatform platform;

	private static ChatGpt chatGpt;

	@BeforeAll
	static void start(RunningPlatform shared) throws SQLException {
		platform = shared;
		chatGpt = new ChatGpt(platform);
		forgetCandidates();
	}

	@AfterAll
	static void stop() throws SQLException {
		forgetCandidates();
	}

	@Test
	void linkWhenPkceEmptyScopeAndAwkwardStateThenTokensWorkForAnActionUntilRevoked() throws SQLException {
		String verifier = ChatGpt.newVerifier();
		ChatGpt.Browser browser = chatGpt.browser();
		ChatGpt.Callback callback = browser.authorize("response_type=code&client_id=chatgpt-local&redirect_uri="
				+ ChatGpt.encode(ChatGpt.OPENAI_CALLBACK) + "&scope=&state=" + ChatGpt.encode(AWKWARD_STATE)
				+ "&code_challenge=" + ChatGpt.challenge(verifier) + "&code_challenge_method=S256", "ada@applicant.test");

		assertThat(callback.signInShown()).isTrue();
		assertThat(callback.consentShown()).isTrue();
		assertThat(callback.target()).isEqualTo(ChatGpt.OPENAI_CALLBACK);
		assertThat(callback.state()).isEqualTo(AWKWARD_STATE);
		assertThat(callback.code()).isNotBlank();

		assertThat(chatGpt.exchange(callback.code(), ChatGpt.OPENAI_CALLBACK, "wrong" + verifier, false).statusCode())
			.as("wrong PKCE verifier").isEqualTo(400);
		// ChatGPT starts again with a fresh code; the consent is remembered, so no page this time
		callback = browser.authorize("response_type=code&client_id=chatgpt-local&redirect_uri="
				+ ChatGpt.encode(ChatGpt.OPENAI_CALLBACK) + "&scope=&state=" + ChatGpt.encode(AWKWARD_STATE)
				+ "&code_challenge=" + ChatGpt.challenge(verifier) + "&code_challenge_method=S256", "ada@applicant.test");
		assertThat(callback.consentShown()).as("consent is remembered").isFalse();
		assertThat(callback.state()).isEqualTo(AWKWARD_STATE);

		HttpResponse<String> issued = chatGpt.exchange(callback.code(), ChatGpt.OPENAI_CALLBACK, verifier, false);
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		assertThat(issued.headers().firstValue("Cache-Control")).contains("no-store");
		JsonNode tokens = chatGpt.json(issued);
		assertThat(tokens.path("token_type").asString()).isEqualToIgnoringCase("Bearer");
		assertThat(tokens.path("scope").asString().split(" ")).containsExactlyInAnyOrder("jobs:read",
				"applications:read", "applications:write", "resume:read");

		long jobId = openJobWithoutQuestions("user_demo_ada");
		String firstStep = "{\"job_id\":" + jobId + ",\"answers\":[]}";
		HttpResponse<String> prepared = chatGpt.action("POST", "/api/v1/gpt/applications",
				tokens.path("access_token").asString(), firstStep);
		assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(200);
		JsonNode confirmation = chatGpt.json(prepared);
		assertThat(confirmation.path("status").asString()).isEqualTo("CONFIRMATION_REQUIRED");
		assertThat(confirmation.path("confirmation_token").asString()).isNotBlank();
		assertThat(confirmation.path("summary").path("job").path("id").asLong()).isEqualTo(jobId);
		assertThat(confirmation.path("summary").path("candidate").path("email").asString())
			.isEqualTo("ada@applicant.test");
		assertThat(chatGpt.action("POST", "/api/v1/gpt/applications", null, firstStep).statusCode()).isEqualTo(401);
		assertThat(chatGpt.action("POST", "/api/v1/gpt/applications", "not.a.token", firstStep).statusCode())
			.isEqualTo(401);

		HttpResponse<String> refreshed = chatGpt.refresh(tokens.path("refresh_token").asString(), false);
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		JsonNode next = chatGpt.json(refreshed);
		assertThat(next.path("refresh_token").asString()).isNotEqualTo(tokens.path("refresh_token").asString());
		HttpResponse<String> again = chatGpt.action("POST", "/api/v1/gpt/applications",
				next.path("access_token").asString(), firstStep);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);

		HttpResponse<String> revoked = chatGpt.revoke(next.path("refresh_token").asString());
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertInvalidGrant(chatGpt.refresh(next.path("refresh_token").asString(), false));
	}

	@Test
	void linkWhenOtherCallbackHostWithoutPkceAndBasicCredentialsThenRetryInsideGraceGetsTheSameSuccessor() {
		ChatGpt.Browser browser = chatGpt.browser();
		ChatGpt.Callback callback = browser.authorize("response_type=code&client_id=chatgpt-local&redirect_uri="
				+ ChatGpt.encode(ChatGpt.CHATGPT_CALLBACK) + "&scope=" + ChatGpt.encode("jobs:read applications:read")
				+ "&state=plain-state-123", "mary@applicant.test");
		assertThat(callback.consentShown()).isTrue();
		assertThat(callback.target()).isEqualTo(ChatGpt.CHATGPT_CALLBACK);
		assertThat(callback.state()).isEqualTo("plain-state-123");

		HttpResponse<String> issued = chatGpt.exchange(callback.code(), ChatGpt.CHATGPT_CALLBACK, null, true);
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		JsonNode tokens = chatGpt.json(issued);
		assertThat(tokens.path("scope").asString().split(" ")).containsExactlyInAnyOrder("jobs:read",
				"applications:read");
		// the token of this grant may read but not write
		HttpResponse<String> refused = chatGpt.action("POST", "/api/v1/gpt/applications",
				tokens.path("access_token").asString(), "{\"job_id\":1,\"answers\":[]}");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);

		String first = tokens.path("refresh_token").asString();
		HttpResponse<String> refreshed = chatGpt.refresh(first, true);
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		String successor = chatGpt.json(refreshed).path("refresh_token").asString();
		HttpResponse<String> retried = chatGpt.refresh(first, true);
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
		assertThat(chatGpt.json(retried).path("refresh_token").asString()).isEqualTo(successor);

		// presenting the code again is refused and ends the grant issued from it
		assertInvalidGrant(chatGpt.exchange(callback.code(), ChatGpt.CHATGPT_CALLBACK, null, true));
		assertInvalidGrant(chatGpt.refresh(successor, true));
	}

	@Test
	void refreshWhenOldTokenReplayedAfterGracePeriodThenEverySessionOfTheCandidateEnds() {
		ChatGpt.Browser browser = chatGpt.browser();
		String query = "response_type=code&client_id=chatgpt-local&redirect_uri=" + ChatGpt.encode(ChatGpt.OPENAI_CALLBACK)
				+ "&scope=jobs:read&state=s1";
		ChatGpt.Callback first = browser.authorize(query, "grace@applicant.test");
		String familyOne = chatGpt.json(chatGpt.exchange(first.code(), ChatGpt.OPENAI_CALLBACK, null, false))
			.path("refresh_token")
			.asString();
		ChatGpt.Callback second = browser.authorize(query, "grace@applicant.test");
		assertThat(second.consentShown()).isFalse();
		String familyTwo = chatGpt.json(chatGpt.exchange(second.code(), ChatGpt.OPENAI_CALLBACK, null, true))
			.path("refresh_token")
			.asString();

		HttpResponse<String> rotated = chatGpt.refresh(familyOne, false);
		assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
		String successor = chatGpt.json(rotated).path("refresh_token").asString();

		// inside the grace period the old token is answered with the same successor; once it is
		// over, the old token is replay
		await("grace period over").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
			HttpResponse<String> retry = chatGpt.refresh(familyOne, false);
			if (retry.statusCode() == 200) {
				assertThat(chatGpt.json(retry).path("refresh_token").asString()).isEqualTo(successor);
				return false;
			}
			assertInvalidGrant(retry);
			return true;
		});
		assertInvalidGrant(chatGpt.refresh(successor, false));
		assertInvalidGrant(chatGpt.refresh(familyTwo, true));
	}

	@Test
	void exchangeWhenCodeExpiredOrRedirectUriDiffersThenInvalidGrant() throws SQLException {
		ChatGpt.Browser browser = chatGpt.browser();
		String query = "response_type=code&client_id=chatgpt-local&redirect_uri=" + ChatGpt.encode(ChatGpt.CHATGPT_CALLBACK)
				+ "&scope=jobs:read&state=luca";
		ChatGpt.Callback wrongUri = browser.authorize(query, "luca@applicant.test");
		assertInvalidGrant(chatGpt.exchange(wrongUri.code(), ChatGpt.OPENAI_CALLBACK, null, false));

		ChatGpt.Callback expiring = browser.authorize(query, "luca@applicant.test");
		String codeHash = ChatGpt.sha256Hex(expiring.code());
		await("code expired").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
			.until(() -> codeExpired(codeHash));
		assertInvalidGrant(chatGpt.exchange(expiring.code(), ChatGpt.CHATGPT_CALLBACK, null, false));
	}

	@Test
	void authorizeWhenRedirectUriIsALookAlikeThenErrorPageAndNoRedirect() {
		List<String> lookAlikes = List.of(
				"https://chatgpt.com.evil.example/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback",
				"http://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback",
				"https://chat.openai.com.evil.example/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback",
				"https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback/../../evil",
				"https://chatgpt.com/aip/g-ffffffffffffffffffffffffffffffffffffffff/oauth/callback");
		ChatGpt.Browser signedIn = chatGpt.browser();
		signedIn.authorize("response_type=code&client_id=chatgpt-local&redirect_uri="
				+ ChatGpt.encode(ChatGpt.CHATGPT_CALLBACK) + "&scope=jobs:read&state=x", "luca@applicant.test");
		for (ChatGpt.Browser browser : List.of(chatGpt.browser(), signedIn)) {
			for (String lookAlike : lookAlikes) {
				HttpResponse<String> answer = browser.get(platform.gateway("/api/v1/gpt/oauth/authorize?"
						+ "response_type=code&client_id=chatgpt-local&scope=&state=x&redirect_uri="
						+ ChatGpt.encode(lookAlike)));
				assertThat(answer.statusCode()).as(lookAlike).isEqualTo(400);
				assertThat(answer.headers().firstValue("Location")).as(lookAlike).isEmpty();
				assertThat(answer.body()).doesNotContain("code=");
			}
		}
	}

	private static void assertInvalidGrant(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(chatGpt.json(response).path("error").asString()).isEqualTo("invalid_grant");
	}

	private static boolean codeExpired(String codeHash) throws SQLException {
		try (Connection connection = platform.database();
				PreparedStatement query = connection.prepareStatement(
						"SELECT expires_at < now() - interval '200 milliseconds' FROM oauth.authorization_codes WHERE code_hash = ?")) {
			query.setString(1, codeHash);
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).as("the code's row").isTrue();
				return rows.getBoolean(1);
			}
		}
	}

	/** An open demo job the candidate has not applied to, without pre-screen questions, that anyone may apply to. */
	private static long openJobWithoutQuestions(String candidate) throws SQLException {
		try (Connection connection = platform.database();
				PreparedStatement query = connection.prepareStatement("""
						SELECT j.id FROM platform.jobs j
						WHERE j.status = 'open' AND j.applicant_countries IS NULL
						  AND NOT EXISTS (SELECT 1 FROM platform.prescreen_questions q WHERE q.job_id = j.id)
						  AND NOT EXISTS (SELECT 1 FROM platform.applications a WHERE a.job_id = j.id AND a.candidate_id = ?)
						ORDER BY j.id LIMIT 1""")) {
			query.setString(1, candidate);
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).as("an open demo job without questions").isTrue();
				return rows.getLong(1);
			}
		}
	}

	/** Removes what the tests leave for the demo candidates: grants, consents, codes, confirmations. */
	private static void forgetCandidates() throws SQLException {
		platform.forget(CANDIDATES);
	}

}
