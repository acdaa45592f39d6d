package network.applicant.gpt.oauth.clients;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import network.applicant.gpt.oauth.OAuthHttp;
import network.applicant.gpt.oauth.OAuthServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin endpoint that rotates a client secret, over HTTP: the admin key, the new
 * secret's shape, the old secret refused and the new one accepted at the token endpoint,
 * and the rotated secret surviving start-up registration until the configured secret
 * changes.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientSecretRotationIntegrationTests extends OAuthServiceIntegrationTest {

	private static final String CALLBACK = "https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	@LocalServerPort
	private int port;

	@Autowired
	private ClientRegistrar registrar;

	@Autowired
	private ClientSecretHasher hasher;

	@Autowired
	private JdbcTemplate jdbc;

	private OAuthHttp http;

	private final List<String> createdClients = new ArrayList<>();

	@BeforeEach
	void client() {
		this.http = new OAuthHttp(this.port);
	}

	@AfterEach
	void deleteClients() {
		for (String clientId : this.createdClients) {
			this.jdbc.update("DELETE FROM oauth.clients WHERE client_id = ?", clientId);
		}
	}

	private RegisteredClient configured(String clientId, String secret) {
		return RegisteredClient.from(new OAuthClientsProperties.Client(clientId, "Rotation test client", secret,
				List.of(URI.create(CALLBACK)), List.of("jobs:read"), List.of("jobs:read"), false), this.hasher);
	}

	private String newClient(String secret) {
		String clientId = "it-rot-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.createdClients.add(clientId);
		this.registrar.register(configured(clientId, secret));
		return clientId;
	}

	private HttpResponse<String> rotate(String clientId, String authorization) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/admin/clients/" + clientId + "/secret"))
			.POST(HttpRequest.BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build());
	}

	/** @return the token endpoint's answer to an unknown refresh token: 400 once the client authenticated, else 401 */
	private int tokenEndpointStatus(String clientId, String secret) {
		return this.http.postForm("/api/v1/gpt/oauth/token",
				Map.of("grant_type", "refresh_token", "refresh_token", "unknown-refresh-token"), null,
				OAuthHttp.basic(clientId, secret))
			.statusCode();
	}

	private Map<String, Object> row(String clientId) {
		return this.jdbc.queryForMap("SELECT credential_source, credential_rotated_at, row_to_json(c)::text AS whole_row"
				+ " FROM oauth.clients c WHERE client_id = ?", clientId);
	}

	private void assertUnauthorized(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.http.json(response).get("code").asString()).isEqualTo("unauthorized");
	}

	@Test
	void rotateWhenAdminKeyMissingOrWrongThenUnauthorizedAndNothingChanges() {
		String secret = "rotation-secret-" + UUID.randomUUID();
		String clientId = newClient(secret);

		assertUnauthorized(rotate(clientId, null));
		assertUnauthorized(rotate(clientId, "Bearer wrong-admin-key-0123456789"));
		assertUnauthorized(rotate(clientId, "Basic " + ADMIN_KEY));
		assertUnauthorized(rotate(clientId, "Bearer " + ADMIN_KEY + "x"));

		assertThat(tokenEndpointStatus(clientId, secret)).isEqualTo(400);
		assertThat(row(clientId).get("credential_source")).isEqualTo("configuration");
	}

	@Test
	void rotateWhenClientUnknownThenNotFound() {
		HttpResponse<String> response = rotate("it-no-such-client", "Bearer " + ADMIN_KEY);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.http.json(response).get("code").asString()).isEqualTo("client_not_found");
	}

	@Test
	void rotateReturnsANewSecretOnceThatReplacesTheOldOneAndSurvivesRegistration(CapturedOutput output) {
		String configuredSecret = "rotation-secret-" + UUID.randomUUID();
		String clientId = newClient(configuredSecret);

		HttpResponse<String> response = rotate(clientId, "Bearer " + ADMIN_KEY);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode body = this.http.json(response);
		assertThat(body.get("client_id").asString()).isEqualTo(clientId);
		String rotated = body.get("client_secret").asString();
		assertThat(rotated).matches("[A-Za-z0-9_-]{43}");
		assertThat(tokenEndpointStatus(clientId, configuredSecret)).isEqualTo(401);
		assertThat(tokenEndpointStatus(clientId, rotated)).isEqualTo(400);
		Map<String, Object> row = row(clientId);
		assertThat(row.get("credential_source")).isEqualTo("rotated");
		assertThat(row.get("credential_rotated_at")).isNotNull();
		assertThat((String) row.get("whole_row")).doesNotContain(rotated);
		String events = String.join("\n", this.jdbc.queryForList(
				"SELECT event_type || ' ' || payload::text FROM oauth.audit_outbox WHERE payload->>'clientId' = ?",
				String.class, clientId));
		assertThat(events).contains("oauth.client.secret_rotated").doesNotContain(rotated)
			.doesNotContain(this.hasher.hash(rotated));
		assertThat(output.getAll()).doesNotContain(rotated);

		// the next start-up registers the unchanged configuration: the rotated secret stays
		assertThat(this.registrar.register(configured(clientId, configuredSecret)))
			.isEqualTo(ClientRegistrar.Change.UNCHANGED);
		assertThat(tokenEndpointStatus(clientId, rotated)).isEqualTo(400);
		assertThat(tokenEndpointStatus(clientId, configuredSecret)).isEqualTo(401);

		// another change to the client keeps the rotated secret too
		this.registrar.register(RegisteredClient.from(new OAuthClientsProperties.Client(clientId, "Renamed client",
				configuredSecret, List.of(URI.create(CALLBACK)), List.of("jobs:read"), List.of("jobs:read"), false),
				this.hasher));
		assertThat(tokenEndpointStatus(clientId, rotated)).isEqualTo(400);
		assertThat(row(clientId).get("credential_source")).isEqualTo("rotated");

		// a new secret in the configuration wins over the rotated one
		String newConfigured = "rotation-secret-" + UUID.randomUUID();
		assertThat(this.registrar.register(configured(clientId, newConfigured)))
			.isEqualTo(ClientRegistrar.Change.UPDATED);
		assertThat(tokenEndpointStatus(clientId, newConfigured)).isEqualTo(400);
		assertThat(tokenEndpointStatus(clientId, rotated)).isEqualTo(401);
		assertThat(row(clientId)).containsEntry("credential_source", "configuration")
			.containsEntry("credential_rotated_at", null);
	}

	@Test
	void rotateTwiceThenOnlyTheLatestSecretWorks() {
		String clientId = newClient("rotation-secret-" + UUID.randomUUID());
		String first = this.http.json(rotate(clientId, "Bearer " + ADMIN_KEY)).get("client_secret").asString();

		String second = this.http.json(rotate(clientId, "Bearer " + ADMIN_KEY)).get("client_secret").asString();

		assertThat(second).isNotEqualTo(first);
		assertThat(tokenEndpointStatus(clientId, first)).isEqualTo(401);
		assertThat(tokenEndpointStatus(clientId, second)).isEqualTo(400);
	}

}
