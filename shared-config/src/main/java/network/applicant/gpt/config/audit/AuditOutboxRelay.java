package network.applicant.gpt.config.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers committed audit events from the outbox table to the broker.
 *
 * <p>Each pass locks a batch of undelivered rows with {@code FOR UPDATE SKIP LOCKED},
 * publishes them all, then waits for the broker's confirms, and marks delivered (in one
 * statement) only the rows the broker confirmed.
 * Several replicas can relay from one table at once without sending a row twice in
 * the normal case; after a crash between the confirm and the commit a row can be sent
 * again, which is why the consumer stores each event id once. A send that fails stops the
 * pass and schedules the row for retry with exponential back-off, so a broker outage
 * costs one failed send per poll interval, not one per row; a row whose confirm is
 * refused or late gets the same back-off while the confirmed rows of its batch are
 * marked delivered.
 *
 * <p>It runs on its own single thread: every poll interval, and at once when
 * {@link #nudge()} is called after a transaction that recorded events commits.
 */
public class AuditOutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditOutboxRelay.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditEventSender sender;

	private final AuditProperties.Outbox settings;

	private final String selectSql;

	private final String deliveredSql;

	private final String failedSql;

	private final String backlogSql;

	private final Listener listener;

	private final AtomicBoolean nudged = new AtomicBoolean();

	private volatile long lastBacklogNanos;

	private volatile ScheduledExecutorService executor;

	public AuditOutboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditEventSender sender,
			AuditProperties.Outbox settings) {
		this(jdbc, transactionManager, sender, settings, Listener.NONE);
	}

	/**
	 * @param jdbc a template on the service's data source
	 * @param transactionManager the service's transaction manager
	 * @param sender hands events to the broker
	 * @param settings the outbox settings
	 * @param listener told about deliveries, failures and the backlog (metrics)
	 */
	public AuditOutboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditEventSender sender,
			AuditProperties.Outbox settings, Listener listener) {
		this.listener = listener;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.sender = sender;
		this.settings = settings;
		String table = settings.table();
		this.selectSql = "SELECT id, event_id, payload::text AS payload, attempts FROM " + table
				+ " WHERE delivered_at IS NULL AND next_attempt_at <= now() ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
		this.deliveredSql = "UPDATE " + table + " SET delivered_at = now(), attempts = attempts + 1 WHERE id = ANY (?)";
		this.failedSql = "UPDATE " + table + " SET attempts = attempts + 1, last_error = ?,"
				+ " next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?";
		// served by the partial index on undelivered rows; cheap while the backlog is small
		this.backlogSql = "SELECT count(*) AS pending,"
				+ " COALESCE(EXTRACT(EPOCH FROM (now() - min(created_at))), 0) AS oldest_seconds FROM " + table
				+ " WHERE delivered_at IS NULL";
	}

	/**
	 * Runs one relay pass in the calling thread.
	 * @return the number of events delivered
	 */
	public int relayOnce() {
		Integer delivered = this.transactions.execute((status) -> {
			List<Row> rows = this.jdbc.query(this.selectSql,
					(rs, i) -> new Row(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("payload"),
							rs.getInt("attempts")),
					this.settings.batchSize());
			// put the whole batch on the wire first, then collect the confirms: the broker
			// confirms a burst with one disk write instead of one per event
			List<InFlight> inFlight = new ArrayList<>(rows.size());
			for (Row row : rows) {
				try {
					inFlight.add(new InFlight(row, this.sender.publish(row.eventId(),
							row.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
				}
				catch (Exception ex) {
					failed(row, ex);
					break;
				}
			}
			List<Long> confirmed = new ArrayList<>(inFlight.size());
			for (InFlight sending : inFlight) {
				try {
					sending.confirm().await();
					confirmed.add(sending.row().id());
				}
				catch (Exception ex) {
					failed(sending.row(), ex);
				}
			}
			if (!confirmed.isEmpty()) {
				this.jdbc.update(this.deliveredSql,
						(ps) -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", confirmed.toArray())));
				confirmed.forEach((id) -> this.listener.delivered());
			}
			int sent = confirmed.size();
			return sent;
		});
		return (delivered != null) ? delivered : 0;
	}

	/**
	 * Measures the undelivered rows (how many, and how old the oldest is) and tells the
	 * listener. The relay does this after its passes, at most once per poll interval.
	 */
	public void refreshBacklog() {
		this.jdbc.query(this.backlogSql, (rs) -> {
			double oldest = Math.max(0, rs.getDouble("oldest_seconds"));
			this.listener.backlog(rs.getLong("pending"), Duration.ofMillis(Math.round(oldest * 1000)));
		});
		this.lastBacklogNanos = System.nanoTime();
	}

	private void failed(Row row, Exception ex) {
		if (ex instanceof InterruptedException) {
			Thread.currentThread().interrupt();
		}
		Duration backoff = backoff(row.attempts() + 1);
		String reason = ex.getClass().getSimpleName();
		this.jdbc.update(this.failedSql, reason, backoff.toMillis() / 1000.0, row.id());
		this.listener.failed(reason);
		log.atWarn()
			.addKeyValue("event_id", row.eventId())
			.addKeyValue("attempts", row.attempts() + 1)
			.addKeyValue("retry_in_ms", backoff.toMillis())
			.log("Audit event not delivered yet ({}); it stays in the outbox", reason);
	}

	Duration backoff(int attempts) {
		long factor = 1L << Math.min(attempts - 1, 16);
		Duration wait = this.settings.pollInterval().multipliedBy(factor);
		return (wait.compareTo(this.settings.maxBackoff()) > 0) ? this.settings.maxBackoff() : wait;
	}

	/** Asks for a relay pass as soon as possible; cheap and safe to call often. */
	public void nudge() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.nudged.compareAndSet(false, true)) {
			current.execute(this::drain);
		}
	}

	private void drain() {
		this.nudged.set(false);
		try {
			int delivered;
			do {
				delivered = relayOnce();
			}
			while (delivered == this.settings.batchSize());
			if (System.nanoTime() - this.lastBacklogNanos >= this.settings.pollInterval().toNanos()) {
				refreshBacklog();
			}
		}
		catch (RuntimeException ex) {
			// the database itself is unavailable; the next poll tries again
			log.atWarn().log("Audit outbox relay pass failed ({}); retrying on the next poll",
					ex.getClass().getSimpleName());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "audit-outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		long period = this.settings.pollInterval().toMillis();
		started.scheduleWithFixedDelay(this::drain, period, period, TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService current = this.executor;
		this.executor = null;
		if (current != null) {
			current.shutdown();
			try {
				if (!current.awaitTermination(this.settings.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
					current.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				current.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	/** Stop before the broker connection and data source go away, start after them. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

	private record Row(long id, UUID eventId, String payload, int attempts) {
	}

	private record InFlight(Row row, AuditEventSender.Confirm confirm) {
	}

	/**
	 * Told what the relay does, for metrics. Called on the relay's thread (or the caller's,
	 * for {@link #relayOnce()}); implementations must be quick and must not throw.
	 */
	public interface Listener {

		/** Tells nothing to no one. */
		Listener NONE = new Listener() {
		};

		/** One event was confirmed by the broker and marked delivered. */
		default void delivered() {
		}

		/**
		 * One event could not be delivered and waits for its retry.
		 * @param reason the simple class name of the failure
		 */
		default void failed(String reason) {
		}

		/**
		 * The outbox's backlog, measured after a relay pass.
		 * @param pending undelivered rows
		 * @param oldestAge age of the oldest undelivered row (zero when there is none)
		 */
		default void backlog(long pending, Duration oldestAge) {
		}

	}

}
