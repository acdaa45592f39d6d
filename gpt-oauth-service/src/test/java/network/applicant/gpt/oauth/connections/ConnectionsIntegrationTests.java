package network.applicant.gpt.oauth.connections;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.oauth.OAuthHttp;
import network.applicant.gpt.oauth.OAuthServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connected-apps API and page over HTTP, as the gateway forwards them with the
 * candidate's identity: listing, disconnecting (API and page form), and that the next
 * refresh of a disconnected client fails. Each test uses a candidate of its own.
 */
class ConnectionsIntegrationTests extends OAuthServiceIntegrationTest {

	private static final String API = "/api/v1/gpt/connections";

	private static final String PAGE = API + "/manage";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private OAuthHttp http;

	private final List<String> candidates = new ArrayList<>();

	private final List<String> clients = new ArrayList<>();

	@BeforeEach
	void client() {
		this.http = new OAuthHttp(this.port);
	}

	@AfterEach
	void cleanUp() {
		for (String candidate : this.candidates) {
			this.jdbc.update("DELETE FROM oauth.refresh_token_families WHERE candidate_id = ?", candidate);
			this.jdbc.update("DELETE FROM oauth.authorization_codes WHERE candidate_id = ?", candidate);
			this.jdbc.update("DELETE FROM oauth.consents WHERE candidate_id = ?", candidate);
		}
		for (String client : this.clients) {
			this.jdbc.update("DELETE FROM oauth.clients WHERE client_id = ?", client);
		}
	}

	private String newCandidate() {
		String candidate = "user_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.candidates.add(candidate);
		return candidate;
	}

	private int activeFamilies(String candidate) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM oauth.refresh_token_families WHERE candidate_id = ? AND revoked_at IS NULL",
				Integer.class, candidate);
	}

	private List<String> revokedReasons(String candidate) {
		return this.jdbc.queryForList(
				"SELECT revoked_reason FROM oauth.refresh_token_families WHERE candidate_id = ? ORDER BY created_at",
				String.class, candidate);
	}

	private int consents(String candidate) {
		return this.jdbc.queryForObject("SELECT count(*) FROM oauth.consents WHERE candidate_id = ?", Integer.class,
				candidate);
	}

	private List<String> auditTypes(String candidate) {
		return this.jdbc.queryForList(
				"SELECT event_type FROM oauth.audit_outbox WHERE payload->>'candidateId' = ? ORDER BY id", String.class,
				candidate);
	}

	private void assertUnauthorizedProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.http.json(response).get("code").asString()).isEqualTo("unauthorized");
	}

	private void assertInvalidGrant(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(this.http.json(response).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void listWhenNoIdentityThenUnauthorizedProblem() {
		assertUnauthorizedProblem(this.http.get(API, null));
		assertUnauthorizedProblem(this.http.send("DELETE", API + "/" + CONFIGURED_CLIENT_ID, null));
	}

	@Test
	void listWhenIdentityHeadersCarryNoServiceKeyThenUnauthorizedProblem() {
		String candidate = newCandidate();
		this.http.link(candidate, "jobs:read");

		HttpResponse<String> response = this.http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + API))
			.header("x-clerk-user-id", candidate)
			.header("x-internal-service-key", "not-the-key-0123456789abcdef0123456789")
			.build());

		assertUnauthorizedProblem(response);
	}

	@Test
	void listWhenLinkedThenShowsTheClientWithScopesAndTimes() {
		String candidate = newCandidate();
		Instant before = Instant.now().minusSeconds(1);
		JsonNode tokens = this.http.link(candidate, "jobs:read applications:read");
		assertThat(this.http.refresh(tokens.get("refresh_token").asString()).statusCode()).isEqualTo(200);

		HttpResponse<String> response = this.http.get(API, candidate);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		JsonNode connections = this.http.json(response).get("connections");
		assertThat(connections).hasSize(1);
		JsonNode connection = connections.get(0);
		assertThat(connection.get("client_id").asString()).isEqualTo(CONFIGURED_CLIENT_ID);
		assertThat(connection.get("client_name").asString()).isEqualTo("Configured test client");
		assertThat(connection.get("scopes").values()).extracting(JsonNode::asString)
			.containsExactly("jobs:read", "applications:read");
		Instant linkedAt = Instant.parse(connection.get("linked_at").asString());
		Instant lastUsedAt = Instant.parse(connection.get("last_used_at").asString());
		assertThat(linkedAt).isAfter(before).isBeforeOrEqualTo(lastUsedAt);
		assertThat(this.http.json(this.http.get(API, newCandidate())).get("connections")).isEmpty();
	}

	@Test
	void deleteRevokesEveryFamilyRemovesTheConsentAndTheNextRefreshIsInvalidGrant() {
		String candidate = newCandidate();
		String first = this.http.link(candidate, "jobs:read").get("refresh_token").asString();
		String second = this.http.link(candidate, "jobs:read").get("refresh_token").asString();
		String other = newOtherClientConsent(candidate);
		assertThat(activeFamilies(candidate)).isEqualTo(2);

		HttpResponse<String> deleted = this.http.send("DELETE", API + "/" + CONFIGURED_CLIENT_ID, candidate);

		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
		assertThat(activeFamilies(candidate)).isZero();
		assertThat(revokedReasons(candidate)).containsExactly("candidate_revoked", "candidate_revoked");
		assertThat(this.jdbc.queryForList("SELECT client_id FROM oauth.consents WHERE candidate_id = ?", String.class,
				candidate)).containsExactly(other);
		assertInvalidGrant(this.http.refresh(first));
		assertInvalidGrant(this.http.refresh(second));
		assertThat(auditTypes(candidate)).containsSubsequence("oauth.token.revoked", "oauth.token.revoked",
				"oauth.consent.withdrawn", "oauth.connection.removed");
		Map<String, Object> removed = this.jdbc.queryForMap("""
				SELECT payload->'actor'->>'type' AS actor, payload->'details'->>'reason' AS reason,
				       payload->'details'->>'revoked_family_count' AS families
				  FROM oauth.audit_outbox WHERE payload->>'candidateId' = ? AND event_type = 'oauth.connection.removed'""",
				candidate);
		assertThat(removed).containsEntry("actor", "CANDIDATE").containsEntry("reason", "candidate_revoked")
			.containsEntry("families", "2");
		assertThat(this.http.json(this.http.get(API, candidate)).get("connections")).extracting(
				(each) -> each.get("client_id").asString()).containsExactly(other);
		HttpResponse<String> again = this.http.send("DELETE", API + "/" + CONFIGURED_CLIENT_ID, candidate);
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(this.http.json(again).get("code").asString()).isEqualTo("connection_not_found");
	}

	@Test
	void pageWhenNoIdentityThenRedirectsToSignInAndBack() {
		HttpResponse<String> page = this.http.get(PAGE, null);

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValue("http://localhost:8080/dev/sign-in?redirect_url="
				+ "http%3A%2F%2Flocalhost%3A8080%2Fapi%2Fv1%2Fgpt%2Fconnections%2Fmanage");
	}

	@Test
	void pageListsTheConnectionAndItsDisconnectFormRemovesIt() {
		String candidate = newCandidate();
		String refreshToken = this.http.link(candidate, "jobs:read applications:read").get("refresh_token").asString();

		HttpResponse<String> page = this.http.get(PAGE, candidate);

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("Configured test client")
			.contains("Search jobs and read their details")
			.contains("See the jobs you applied to")
			.contains("Connected on")
			.contains("Disconnect Configured test client")
			.contains("action=\"/api/v1/gpt/connections/" + CONFIGURED_CLIENT_ID + "/disconnect\"");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors 'none'").contains("form-action 'self'"));
		Map<String, String> form = OAuthHttp.hiddenFields(page.body());
		assertThat(form).containsKey("connection_token");

		HttpResponse<String> posted = this.http.postForm(API + "/" + CONFIGURED_CLIENT_ID + "/disconnect", form,
				candidate, null);

		assertThat(posted.statusCode()).isEqualTo(303);
		assertThat(posted.headers().firstValue("Location"))
			.hasValue(PAGE + "?disconnected=" + CONFIGURED_CLIENT_ID);
		assertThat(activeFamilies(candidate)).isZero();
		assertThat(revokedReasons(candidate)).containsExactly("candidate_revoked");
		assertThat(consents(candidate)).isZero();
		assertInvalidGrant(this.http.refresh(refreshToken));
		HttpResponse<String> after = this.http.get(PAGE + "?disconnected=" + CONFIGURED_CLIENT_ID, candidate);
		assertThat(after.body()).contains("Configured test client is disconnected")
			.contains("No apps are connected to your account.");
	}

	@Test
	void disconnectFormOfAnotherCandidateIsRefusedAndChangesNothing() {
		String candidate = newCandidate();
		String attacker = newCandidate();
		this.http.link(candidate, "jobs:read");
		this.http.link(attacker, "jobs:read");
		Map<String, String> attackersForm = OAuthHttp.hiddenFields(this.http.get(PAGE, attacker).body());

		HttpResponse<String> posted = this.http.postForm(API + "/" + CONFIGURED_CLIENT_ID + "/disconnect",
				attackersForm, candidate, null);
		HttpResponse<String> withoutToken = this.http.postForm(API + "/" + CONFIGURED_CLIENT_ID + "/disconnect",
				Map.of(), candidate, null);
		HttpResponse<String> anonymous = this.http.postForm(API + "/" + CONFIGURED_CLIENT_ID + "/disconnect",
				attackersForm, null, null);

		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(posted.body()).contains("This form has expired or was not ours");
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(activeFamilies(candidate)).isEqualTo(1);
		assertThat(activeFamilies(attacker)).isEqualTo(1);
		assertThat(consents(candidate)).isEqualTo(1);
	}

	/* A second client with a consent of the candidate, written directly: disconnecting one client leaves it. */
	private String newOtherClientConsent(String candidate) {
		String clientId = "it-other-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.clients.add(clientId);
		this.jdbc.update("""
				INSERT INTO oauth.clients (client_id, name, secret_hash, configured_secret_hash, redirect_uris,
				                           allowed_scopes)
				VALUES (?, 'Other test client', ?, ?, '{https://other.example/cb}', '{jobs:read}')""", clientId,
				"c".repeat(64), "c".repeat(64));
		this.jdbc.update("INSERT INTO oauth.consents (candidate_id, client_id, scopes) VALUES (?, ?, '{jobs:read}')",
				candidate, clientId);
		return clientId;
	}

}
