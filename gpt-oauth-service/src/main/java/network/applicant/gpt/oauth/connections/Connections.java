package network.applicant.gpt.oauth.connections;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.web.RequestIds;
import network.applicant.gpt.oauth.clients.Scopes;

/**
 * A candidate's connected clients, and the removal of connections.
 *
 * <p>Removing a connection is one transaction: every refresh-token family of the
 * candidate and client is revoked (so the client's next refresh is {@code invalid_grant};
 * access tokens already issued run out within their short lifetime), the consent is
 * deleted (the next authorization asks again), codes not yet redeemed are deleted, and
 * the audit events are written to the outbox: {@code oauth.token.revoked} per family,
 * {@code oauth.consent.withdrawn} and {@code oauth.connection.removed}.
 *
 * <p>Methods join a transaction in progress (the webhook's, which also records the
 * delivery) or start their own. Thread-safe.
 */
public class Connections {

	static final String CONNECTION_REMOVED = "oauth.connection.removed";

	static final String CONSENT_WITHDRAWN = "oauth.consent.withdrawn";

	static final String TOKEN_REVOKED = "oauth.token.revoked";

	private final ConnectionsDao dao;

	private final AuditOutbox outbox;

	private final String source;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Connections(ConnectionsDao dao, AuditOutbox outbox, String source, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.dao = dao;
		this.outbox = outbox;
		this.source = source;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * @param candidateId the candidate
	 * @return the connected clients, oldest connection first
	 */
	List<Connection> list(String candidateId) {
		return this.dao.findByCandidate(candidateId, this.clock.instant())
			.stream()
			.map((row) -> new Connection(row.clientId(), row.clientName(), Scopes.canonical(row.scopes()),
					row.linkedAt(), row.lastUsedAt()))
			.toList();
	}

	/**
	 * @param clientId a client id
	 * @return the client's name, if it is registered
	 */
	Optional<String> clientName(String clientId) {
		return this.dao.findClientName(clientId);
	}

	/**
	 * Removes the candidate's connection to one client, at the candidate's request.
	 * @param candidateId the candidate
	 * @param clientId the client
	 * @return whether there was anything to remove
	 */
	boolean disconnect(String candidateId, String clientId) {
		List<String> removed = remove(candidateId, clientId, "candidate_revoked", AuditEvent.ActorType.CANDIDATE,
				candidateId);
		return !removed.isEmpty();
	}

	/**
	 * Removes every connection of a candidate whose account was deleted.
	 * @param candidateId the candidate
	 * @param actorId who reported the deletion, e.g. {@code clerk-webhook}
	 * @return the clients whose connection was removed
	 */
	public List<String> removeAllOfDeletedAccount(String candidateId, String actorId) {
		return remove(candidateId, null, "account_deleted", AuditEvent.ActorType.SYSTEM, actorId);
	}

	private List<String> remove(String candidateId, @Nullable String clientId, String reason,
			AuditEvent.ActorType actorType, String actorId) {
		List<String> removed = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<ConnectionsDao.RevokedFamily> families = this.dao.revokeFamilies(candidateId, clientId, reason, now);
			List<ConnectionsDao.WithdrawnConsent> consents = this.dao.deleteConsents(candidateId, clientId);
			this.dao.deleteOpenCodes(candidateId, clientId);
			Map<String, Removal> byClient = new TreeMap<>();
			for (ConnectionsDao.RevokedFamily family : families) {
				byClient.computeIfAbsent(family.clientId(), (id) -> new Removal()).families.add(family.id().toString());
				this.outbox.record(event(TOKEN_REVOKED, candidateId, family.clientId(), actorType, actorId, now)
					.subject("token_family_id", family.id().toString())
					.detail("reason", reason)
					.build());
			}
			for (ConnectionsDao.WithdrawnConsent consent : consents) {
				byClient.computeIfAbsent(consent.clientId(), (id) -> new Removal()).consentRemoved = true;
				this.outbox.record(event(CONSENT_WITHDRAWN, candidateId, consent.clientId(), actorType, actorId, now)
					.detail("reason", reason)
					.detail("scopes", String.join(" ", Scopes.canonical(consent.scopes())))
					.build());
			}
			byClient.forEach((client, removal) -> this.outbox
				.record(event(CONNECTION_REMOVED, candidateId, client, actorType, actorId, now).detail("reason", reason)
					.detail("revoked_family_count", Integer.toString(removal.families.size()))
					.detail("consent_removed", Boolean.toString(removal.consentRemoved))
					.build()));
			return List.copyOf(byClient.keySet());
		});
		return (removed != null) ? removed : List.of();
	}

	private AuditEvent.Builder event(String type, String candidateId, String clientId, AuditEvent.ActorType actorType,
			String actorId, Instant now) {
		return AuditEvent.builder(type, this.source)
			.occurredAt(now)
			.requestId(RequestIds.current())
			.actor(actorType, actorId)
			.candidateId(candidateId)
			.clientId(clientId);
	}

	private static final class Removal {

		private final TreeSet<String> families = new TreeSet<>();

		private boolean consentRemoved;

	}

	/**
	 * A connected client, as the candidate sees it.
	 * @param clientId the client
	 * @param clientName its name
	 * @param scopes the scopes it holds, canonical order
	 * @param linkedAt when the candidate connected it
	 * @param lastUsedAt when it last used the connection, if ever
	 */
	record Connection(String clientId, String clientName, List<String> scopes, Instant linkedAt,
			@Nullable Instant lastUsedAt) {
	}

}
