package network.applicant.gpt.oauth.clients;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;

/**
 * Makes {@code oauth.clients} match the configured clients at start-up: inserts new
 * clients, updates changed ones, disables those no longer configured, and records one
 * audit event per change in the same transaction.
 *
 * <p>Nothing is written and no event recorded when a client is unchanged, so restarts
 * are quiet. Replicas that start together take turns through an advisory lock, so a
 * change is recorded once. A failure stops the start-up: a server that cannot
 * register its clients must not take traffic.
 */
class ClientRegistrar implements ApplicationRunner {

	static final String REGISTERED = "oauth.client.registered";

	static final String UPDATED = "oauth.client.updated";

	static final String DISABLED = "oauth.client.disabled";

	private static final Logger log = LoggerFactory.getLogger(ClientRegistrar.class);

	private final ClientDao clients;

	private final AuditOutbox outbox;

	private final String source;

	private final TransactionTemplate transactions;

	private final List<RegisteredClient> configured;

	ClientRegistrar(ClientDao clients, AuditOutbox outbox, String source, PlatformTransactionManager transactionManager,
			List<RegisteredClient> configured) {
		this.clients = clients;
		this.outbox = outbox;
		this.source = source;
		this.transactions = new TransactionTemplate(transactionManager);
		this.configured = List.copyOf(configured);
	}

	@Override
	public void run(ApplicationArguments args) {
		Result result = synchronize(this.configured);
		log.atInfo()
			.addKeyValue("clients_created", result.created())
			.addKeyValue("clients_updated", result.updated())
			.addKeyValue("clients_disabled", result.disabled())
			.log("OAuth clients registered: {} configured, {} created, {} updated, {} disabled",
					this.configured.size(), result.created().size(), result.updated().size(),
					result.disabled().size());
	}

	/**
	 * Registers the given clients and disables every other one, in one transaction.
	 * @param wanted the complete list of clients that should be enabled
	 * @return what changed
	 */
	Result synchronize(List<RegisteredClient> wanted) {
		return this.transactions.execute((status) -> {
			this.clients.lockRegistration();
			List<String> created = new ArrayList<>();
			List<String> updated = new ArrayList<>();
			for (RegisteredClient client : wanted) {
				switch (upsert(client)) {
					case CREATED -> created.add(client.clientId());
					case UPDATED -> updated.add(client.clientId());
					case UNCHANGED -> {
					}
				}
			}
			List<String> disabled = this.clients.disableAllExcept(wanted.stream().map(RegisteredClient::clientId).toList());
			for (String clientId : disabled) {
				this.outbox.record(event(DISABLED, clientId).severity(AuditEvent.Severity.WARNING)
					.detail("reason", "not_configured")
					.build());
			}
			return new Result(created, updated, disabled);
		});
	}

	/**
	 * Inserts or updates one client, leaving the others alone.
	 * @param client the wanted registration
	 * @return what happened to it
	 */
	Change register(RegisteredClient client) {
		return this.transactions.execute((status) -> {
			this.clients.lockRegistration();
			return upsert(client);
		});
	}

	/*
	 * Precedence of secrets: a secret rotated through the admin endpoint stays in force
	 * while the configured secret is the one that was configured when it was rotated
	 * (same HMAC under the same pepper). Once the configuration carries another secret,
	 * or the pepper changed (which also makes the rotated hash unverifiable), the
	 * configuration wins again: an operator who edits the secret means it.
	 */
	private Change upsert(RegisteredClient wanted) {
		return this.clients.findForUpdate(wanted.clientId()).map((stored) -> {
			ClientDao.StoredCredential credential = this.clients.findCredential(wanted.clientId()).orElseThrow();
			boolean keepRotated = credential.isRotated() && wanted.secretHash().equals(credential.configuredSecretHash());
			RegisteredClient effective = keepRotated ? wanted.withSecretHash(stored.secretHash()) : wanted;
			String source = keepRotated ? ClientDao.StoredCredential.ROTATED : ClientDao.StoredCredential.CONFIGURATION;
			List<String> changes = new ArrayList<>(effective.changesFrom(stored));
			if (!source.equals(credential.source())) {
				changes.add("credential_source");
			}
			if (changes.isEmpty()) {
				return Change.UNCHANGED;
			}
			this.clients.update(effective, wanted.secretHash(), source);
			this.outbox.record(describe(event(UPDATED, wanted.clientId()), wanted)
				.detail("changed", String.join(",", changes))
				.build());
			return Change.UPDATED;
		}).orElseGet(() -> {
			this.clients.insert(wanted);
			this.outbox.record(describe(event(REGISTERED, wanted.clientId()), wanted).build());
			return Change.CREATED;
		});
	}

	private AuditEvent.Builder event(String type, String clientId) {
		return AuditEvent.builder(type, this.source)
			.actor(AuditEvent.ActorType.SYSTEM, this.source)
			.clientId(clientId)
			.subject("client_id", clientId);
	}

	private static AuditEvent.Builder describe(AuditEvent.Builder event, RegisteredClient client) {
		return event.detail("redirect_uri_count", Integer.toString(client.redirectUris().size()))
			.detail("allowed_scopes", String.join(" ", client.allowedScopes()))
			.detail("default_scopes", client.defaultScopes().isEmpty() ? "none" : String.join(" ", client.defaultScopes()))
			.detail("pkce_required", Boolean.toString(client.pkceRequired()));
	}

	/** What registration did to one client. */
	enum Change {

		CREATED, UPDATED, UNCHANGED

	}

	/**
	 * What one synchronisation changed.
	 * @param created ids of the clients inserted
	 * @param updated ids of the clients whose registration changed
	 * @param disabled ids of the clients disabled because they are no longer configured
	 */
	record Result(List<String> created, List<String> updated, List<String> disabled) {
	}

}
