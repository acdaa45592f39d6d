package network.applicant.gpt.oauth.clients;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditEventCodec;
import network.applicant.gpt.oauth.OAuthServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Client registration against the real database, and its audit events on their way to
 * RabbitMQ. Each test registers clients with ids of its own and deletes them afterwards;
 * their audit events stay in the outbox, as they would in production.
 */
class ClientRegistrationIntegrationTests extends OAuthServiceIntegrationTest {

	private static final String CALLBACK = "https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	/** The configured client's second redirect URI. */
	private static final String OPENAI_CALLBACK = "https://chat.openai.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	@Autowired
	private ClientRegistrar registrar;

	@Autowired
	private ClientSecretHasher hasher;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RabbitTemplate rabbit;

	private final List<String> createdClients = new ArrayList<>();

	@AfterEach
	void deleteClients() {
		for (String clientId : this.createdClients) {
			this.jdbc.update("DELETE FROM oauth.clients WHERE client_id = ?", clientId);
		}
	}

	private String newClientId() {
		String clientId = "it-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.createdClients.add(clientId);
		return clientId;
	}

	private static OAuthClientsProperties.Client configured(String clientId, String secret, String... redirectUris) {
		return new OAuthClientsProperties.Client(clientId, "Test client", secret,
				java.util.Arrays.stream(redirectUris).map(URI::create).toList(),
				List.of("jobs:read", "applications:read", "applications:write", "resume:read"),
				List.of("resume:read", "jobs:read"), false);
	}

	private RegisteredClient client(String clientId, String secret, String... redirectUris) {
		return RegisteredClient.from(configured(clientId, secret, redirectUris), this.hasher);
	}

	private List<Map<String, Object>> events(String clientId) {
		return this.jdbc.queryForList("SELECT event_id, event_type, payload::text AS payload, payload->'details'->>'changed' AS changed,"
				+ " delivered_at"
				+ " FROM oauth.audit_outbox WHERE payload->>'clientId' = ? ORDER BY id", clientId);
	}

	private Map<String, Object> row(String clientId) {
		return this.jdbc.queryForMap("SELECT *, row_to_json(c)::text AS whole_row FROM oauth.clients c WHERE client_id = ?",
				clientId);
	}

	@Test
	void startupRegisteredTheConfiguredClient() {
		Map<String, Object> row = row(CONFIGURED_CLIENT_ID);

		assertThat(row.get("disabled_at")).isNull();
		assertThat(row.get("confidential")).isEqualTo(true);
		assertThat(this.hasher.matches(CONFIGURED_CLIENT_SECRET, (String) row.get("secret_hash"))).isTrue();
		assertThat((String) row.get("whole_row")).doesNotContain(CONFIGURED_CLIENT_SECRET);
	}

	@Test
	void registerWhenNewThenStoresOnlyTheHmacOfTheSecretAndRecordsRegistered() {
		String clientId = newClientId();
		String secret = "plain-secret-" + UUID.randomUUID();

		assertThat(this.registrar.register(client(clientId, secret, CALLBACK))).isEqualTo(ClientRegistrar.Change.CREATED);

		Map<String, Object> row = row(clientId);
		assertThat((String) row.get("whole_row")).doesNotContain(secret);
		assertThat((String) row.get("secret_hash")).matches("[0-9a-f]{64}").isEqualTo(this.hasher.hash(secret));
		assertThat(row.get("default_scopes").toString()).isEqualTo("{jobs:read,resume:read}");
		assertThat(events(clientId)).singleElement().satisfies((event) -> {
			assertThat(event.get("event_type")).isEqualTo(ClientRegistrar.REGISTERED);
			assertThat((String) event.get("payload")).doesNotContain(secret).doesNotContain(this.hasher.hash(secret));
		});
	}

	@Test
	void registerWhenUnchangedThenWritesNothingAndRecordsNoEvent() {
		String clientId = newClientId();
		this.registrar.register(client(clientId, "unchanged-secret-0123456789", CALLBACK));
		Object updatedAt = row(clientId).get("updated_at");

		assertThat(this.registrar.register(client(clientId, "unchanged-secret-0123456789", CALLBACK)))
			.isEqualTo(ClientRegistrar.Change.UNCHANGED);

		assertThat(row(clientId).get("updated_at")).isEqualTo(updatedAt);
		assertThat(events(clientId)).hasSize(1);
	}

	@Test
	void synchronizeWhenConfigurationUnchangedThenRecordsNoEvent() {
		int before = this.jdbc.queryForObject("SELECT count(*) FROM oauth.audit_outbox", Integer.class);

		ClientRegistrar.Result result = this.registrar.synchronize(List.of(RegisteredClient.from(
				new OAuthClientsProperties.Client(CONFIGURED_CLIENT_ID, "Configured test client", CONFIGURED_CLIENT_SECRET,
						List.of(URI.create(CALLBACK), URI.create(OPENAI_CALLBACK)), List.of("applications:read", "jobs:read"), List.of("jobs:read"),
						false),
				this.hasher)));

		assertThat(result).isEqualTo(new ClientRegistrar.Result(List.of(), List.of(), List.of()));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM oauth.audit_outbox", Integer.class)).isEqualTo(before);
	}

	@Test
	void registerWhenRedirectUriChangedThenUpdatesAndRecordsUpdated() {
		String clientId = newClientId();
		this.registrar.register(client(clientId, "changing-secret-0123456789", CALLBACK));
		String other = "https://chat.openai.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

		assertThat(this.registrar.register(client(clientId, "changing-secret-0123456789", CALLBACK, other)))
			.isEqualTo(ClientRegistrar.Change.UPDATED);

		assertThat(row(clientId).get("redirect_uris").toString()).isEqualTo("{" + other + "," + CALLBACK + "}");
		List<Map<String, Object>> events = events(clientId);
		assertThat(events).extracting((event) -> event.get("event_type"))
			.containsExactly(ClientRegistrar.REGISTERED, ClientRegistrar.UPDATED);
		assertThat(events.get(1).get("changed")).isEqualTo("redirect_uris");
	}

	@Test
	void registerWhenSecretChangedThenOnlyTheNewSecretMatches() {
		String clientId = newClientId();
		this.registrar.register(client(clientId, "first-secret-0123456789", CALLBACK));

		this.registrar.register(client(clientId, "second-secret-0123456789", CALLBACK));

		String stored = (String) row(clientId).get("secret_hash");
		assertThat(this.hasher.matches("second-secret-0123456789", stored)).isTrue();
		assertThat(this.hasher.matches("first-secret-0123456789", stored)).isFalse();
		assertThat(events(clientId).get(1).get("changed")).isEqualTo("secret_hash");
	}

	@Test
	void synchronizeWhenClientNoLongerConfiguredThenDisablesItAndRecordsDisabled() {
		String clientId = newClientId();
		this.registrar.register(client(clientId, "retired-secret-0123456789", CALLBACK));
		RegisteredClient stillConfigured = RegisteredClient.from(
				new OAuthClientsProperties.Client(CONFIGURED_CLIENT_ID, "Configured test client", CONFIGURED_CLIENT_SECRET,
						List.of(URI.create(CALLBACK), URI.create(OPENAI_CALLBACK)), List.of("jobs:read", "applications:read"), List.of("jobs:read"),
						false),
				this.hasher);

		ClientRegistrar.Result result = this.registrar.synchronize(List.of(stillConfigured));

		assertThat(result.disabled()).contains(clientId).doesNotContain(CONFIGURED_CLIENT_ID);
		assertThat(result.updated()).isEmpty();
		assertThat(row(clientId).get("disabled_at")).isNotNull();
		assertThat(events(clientId)).extracting((event) -> event.get("event_type"))
			.containsExactly(ClientRegistrar.REGISTERED, ClientRegistrar.DISABLED);
	}

	@Test
	void registeredClientEventReachesRabbitMqAndIsMarkedDelivered() {
		String clientId = newClientId();
		this.registrar.register(client(clientId, "delivered-secret-0123456789", CALLBACK));
		UUID eventId = (UUID) events(clientId).get(0).get("event_id");
		AuditEventCodec codec = new AuditEventCodec();
		List<AuditEvent> received = new ArrayList<>();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Message message = this.rabbit.receive(AUDIT_QUEUE, 500);
			if (message != null) {
				received.add(codec.fromJson(message.getBody()));
			}
			assertThat(received).extracting(AuditEvent::eventId).contains(eventId);
		});

		AuditEvent event = received.stream().filter((each) -> each.eventId().equals(eventId)).findFirst().orElseThrow();
		assertThat(event.type()).isEqualTo(ClientRegistrar.REGISTERED);
		assertThat(event.clientId()).isEqualTo(clientId);
		assertThat(event.source()).isEqualTo("gpt-oauth-service");
		assertThat(event.occurredAt()).isBefore(Instant.now().plusSeconds(1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(events(clientId).get(0).get("delivered_at")).isNotNull());
	}

}
