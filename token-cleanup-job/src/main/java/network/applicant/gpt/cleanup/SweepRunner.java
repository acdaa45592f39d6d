package network.applicant.gpt.cleanup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the rows each {@link Sweep} selects, one small batch per transaction.
 *
 * <p>Each batch locks the rows it deletes with {@code FOR UPDATE SKIP LOCKED}, so two
 * runs at once (a CronJob that overlapped, an operator running it by hand) share the
 * work instead of waiting on each other or deleting a row twice, and the services'
 * own writes are never blocked for longer than one batch. A lock timeout bounds the
 * wait for the table lock itself (only a migration takes a conflicting one).
 */
class SweepRunner {

	private static final Logger log = LoggerFactory.getLogger(SweepRunner.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final CleanupProperties properties;

	private final Clock clock;

	SweepRunner(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, CleanupProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Runs every sweep once, in order, until each has nothing left or the time budget is spent.
	 * @param sweeps what to delete
	 * @return what was deleted and what failed
	 */
	Summary run(List<Sweep> sweeps) {
		Instant deadline = this.clock.instant().plus(this.properties.maxDuration());
		List<Summary.Outcome> outcomes = new ArrayList<>();
		for (Sweep sweep : sweeps) {
			outcomes.add(runOne(sweep, deadline));
		}
		return new Summary(outcomes);
	}

	private Summary.Outcome runOne(Sweep sweep, Instant deadline) {
		String sql = deleteSql(sweep);
		String lockTimeout = "SET LOCAL lock_timeout = '" + this.properties.lockTimeout().toMillis() + "ms'";
		long deleted = 0;
		int batches = 0;
		try {
			while (true) {
				if (this.clock.instant().isAfter(deadline)) {
					log.atWarn()
						.addKeyValue("sweep", sweep.name())
						.addKeyValue("deleted", deleted)
						.log("Time budget spent; the next run continues");
					return new Summary.Outcome(sweep.name(), deleted, batches, false, true);
				}
				Integer count = this.transactions.execute((status) -> {
					this.jdbc.execute(lockTimeout);
					return this.jdbc.update(sql, this.properties.batchSize());
				});
				int n = (count != null) ? count : 0;
				deleted += n;
				batches++;
				if (n < this.properties.batchSize()) {
					break;
				}
			}
		}
		catch (DataAccessException ex) {
			log.atError()
				.addKeyValue("sweep", sweep.name())
				.addKeyValue("deleted", deleted)
				.log("Sweep failed: {}", rootMessage(ex));
			return new Summary.Outcome(sweep.name(), deleted, batches, true, false);
		}
		log.atInfo()
			.addKeyValue("sweep", sweep.name())
			.addKeyValue("deleted", deleted)
			.addKeyValue("batches", batches)
			.log("Deleted {} rows from {}", deleted, sweep.table());
		return new Summary.Outcome(sweep.name(), deleted, batches, false, false);
	}

	static String deleteSql(Sweep sweep) {
		// the retention is a validated Duration from configuration, never user input
		String interval = "(interval '" + sweep.retention().toSeconds() + " seconds')";
		String condition = sweep.condition().replace(":retention", interval);
		return "DELETE FROM " + sweep.table() + " WHERE ctid = ANY(ARRAY(SELECT t.ctid FROM " + sweep.table()
				+ " t WHERE " + condition + " LIMIT ? FOR UPDATE OF t SKIP LOCKED))";
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	/**
	 * What one run did.
	 * @param outcomes one per sweep, in order
	 */
	record Summary(List<Outcome> outcomes) {

		boolean failed() {
			return this.outcomes.stream().anyMatch(Outcome::failed);
		}

		long deleted() {
			return this.outcomes.stream().mapToLong(Outcome::deleted).sum();
		}

		/**
		 * @param sweep the sweep's name
		 * @param deleted rows deleted
		 * @param batches transactions used
		 * @param failed whether the sweep stopped on an error
		 * @param timedOut whether it stopped because the time budget was spent
		 */
		record Outcome(String sweep, long deleted, int batches, boolean failed, boolean timedOut) {
		}

	}

}
