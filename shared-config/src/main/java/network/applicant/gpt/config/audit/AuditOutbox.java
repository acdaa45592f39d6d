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

	private final AuditEventContext context;

	/**
	 * @param jdbc a template on the service's data source (it joins Spring transactions)
	 * @param codec the wire codec
	 * @param table the outbox table name, already validated
	 * @param afterCommit called once the transaction that recorded an event has committed
	 */
	public AuditOutbox(JdbcTemplate jdbc, AuditEventCodec codec, String table, Runnable afterCommit) {
		this(jdbc, codec, table, afterCommit, AuditEventContext.mdc());
	}

	/**
	 * @param jdbc a template on the service's data source (it joins Spring transactions)
	 * @param codec the wire codec
	 * @param table the outbox table name, already validated
	 * @param afterCommit called once the transaction that recorded an event has committed
	 * @param context where a missing request id and trace id are taken from
	 */
	public AuditOutbox(JdbcTemplate jdbc, AuditEventCodec codec, String table, Runnable afterCommit,
			AuditEventContext context) {
		this.jdbc = jdbc;
		this.codec = codec;
		this.afterCommit = afterCommit;
		this.context = context;
		this.insertSql = "INSERT INTO " + table
				+ " (event_id, event_type, payload, created_at) VALUES (?, ?, CAST(? AS jsonb), ?)";
	}

	/**
	 * Adds an event to the outbox in the current transaction. An event without a request id
	 * or trace id gets those of the current work (the request being handled), so call sites
	 * need not pass them.
	 * @param event the event to deliver once the transaction commits
	 */
	public void record(AuditEvent event) {
		AuditEvent enriched = event.withCorrelation(this.context.requestId(), this.context.traceId());
		String json = new String(this.codec.toJson(enriched), java.nio.charset.StandardCharsets.UTF_8);
		this.jdbc.update(this.insertSql, enriched.eventId(), enriched.type(), json,
				Timestamp.from(enriched.occurredAt()));
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
