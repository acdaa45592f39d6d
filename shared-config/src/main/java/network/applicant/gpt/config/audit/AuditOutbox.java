package network.applicant.gpt.config.audit;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records audit events in the service's outbox table, inside whatever transaction is
 * active, so that an event exists if and only if the change it describes committed.
 *
 * <p>This is not a message sender: nothing leaves the process here. The
 * {@link AuditOutboxRelay} delivers recorded events to RabbitMQ after commit, and a
 * RabbitMQ outage therefore delays events without losing any or failing the business
 * operation. Called outside a transaction, the event is committed on its own at once.
 * Thread-safe.
 *
 * <pre>{@code
 * @Transactional
 * void revoke(FamilyId id) {
 *     families.revoke(id);
 *     outbox.record(AuditEvent.builder("oauth.token.revoked", source).subject("token_family_id", id.toString()).build());
 * }
 * }</pre>
 */
public class AuditOutbox {

	private final JdbcTemplate jdbc;

	private final AuditEventCodec codec;

	private final String insertSql;

	private final Runnable afterCommit;

	/**
	 * @param jdbc a template on the service's data source (it joins Spring transactions)
	 * @param codec the wire codec
	 * @param table the outbox table name, already validated
	 * @param afterCommit called once the transaction that recorded an event has committed
	 */
	public AuditOutbox(JdbcTemplate jdbc, AuditEventCodec codec, String table, Runnable afterCommit) {
		this.jdbc = jdbc;
		this.codec = codec;
		this.afterCommit = afterCommit;
		this.insertSql = "INSERT INTO " + table
				+ " (event_id, event_type, payload, created_at) VALUES (?, ?, CAST(? AS jsonb), ?)";
	}

	/**
	 * Adds an event to the outbox in the current transaction.
	 * @param event the event to deliver once the transaction commits
	 */
	public void record(AuditEvent event) {
		String json = new String(this.codec.toJson(event), java.nio.charset.StandardCharsets.UTF_8);
		this.jdbc.update(this.insertSql, event.eventId(), event.type(), json, Timestamp.from(event.occurredAt()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AuditOutbox.this.afterCommit.run();
				}
			});
		}
		else {
			this.afterCommit.run();
		}
	}

}
