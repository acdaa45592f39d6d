package network.applicant.gpt.oauth.clients;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.web.RequestIds;
import network.applicant.gpt.oauth.system.Secrets;

/**
 * Replaces a client's secret with a new random one: 256 bits from {@code SecureRandom},
 * base64url (43 characters). Only its HMAC is stored; the secret itself is returned once
 * to the operator and exists nowhere else.
 *
 * <p>The old secret stops working at once on every replica (clients are read from the
 * database on every request). Start-up registration keeps the rotated secret while the
 * configured secret stays the same (see {@link ClientRegistrar}). Thread-safe.
 */
class ClientSecretRotation {

	static final String SECRET_ROTATED = "oauth.client.secret_rotated";

	private final ClientDao clients;

	private final ClientSecretHasher hasher;

	private final AuditOutbox outbox;

	private final String source;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClientSecretRotation(ClientDao clients, ClientSecretHasher hasher, AuditOutbox outbox, String source,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.clients = clients;
		this.hasher = hasher;
		this.outbox = outbox;
		this.source = source;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * @param clientId the client
	 * @return the new secret and when it took effect, or empty when there is no such confidential client
	 */
	Optional<Rotated> rotate(String clientId) {
		if (clientId.isEmpty() || clientId.length() > 64) {
			return Optional.empty();
		}
		String secret = Secrets.randomToken();
		String secretHash = this.hasher.hash(secret);
		Instant now = this.clock.instant();
		return this.transactions.execute((status) -> this.clients.rotateSecret(clientId, secretHash, now).map((name) -> {
			this.outbox.record(AuditEvent.builder(SECRET_ROTATED, this.source)
				.occurredAt(now)
				.requestId(RequestIds.current())
				.actor(AuditEvent.ActorType.ADMIN, "admin-key")
				.clientId(clientId)
				.subject("client_id", clientId)
				.severity(AuditEvent.Severity.WARNING)
				.build());
			return new Rotated(clientId, secret, now);
		}));
	}

	/**
	 * A rotated secret.
	 * @param clientId the client
	 * @param secret the new secret, shown once
	 * @param rotatedAt when it took effect
	 */
	record Rotated(String clientId, String secret, Instant rotatedAt) {

		@Override
		public String toString() {
			return "Rotated[clientId=" + this.clientId + ", secret=<redacted>, rotatedAt=" + this.rotatedAt + "]";
		}

	}

}
