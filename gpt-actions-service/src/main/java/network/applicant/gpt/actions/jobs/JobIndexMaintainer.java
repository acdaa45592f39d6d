package network.applicant.gpt.actions.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Builds the job search index from PostgreSQL and keeps it current, on every replica.
 *
 * <p>How it stays current, and why this way:
 * <ol>
 * <li>{@link #start()} builds the index in the background, reading open jobs in id order
 * in batches; until it finishes {@link #isReady()} is false and readiness is DOWN.
 * <li>Every {@code refresh-interval} it asks for jobs whose row or company row changed
 * after the start of its previous poll (the database's clock), minus {@code refresh-overlap}.
 * A trigger sets {@code updated_at} on every update, whoever writes. {@code updated_at} is
 * the time the writing transaction started, so a long transaction can commit a change that
 * is older than the previous poll: the overlap looks back far enough to catch it. Changes
 * seen before (same job, same time) are skipped, so the overlap costs a query, not
 * re-indexing; and it looks back from the previous poll, not from the newest change seen,
 * so that a bulk import is re-read only for one overlap after it, not at every poll until
 * the next change.
 * <li>Changed jobs are re-read by id: open ones are indexed again, closed, expired or
 * deleted ones removed. {@link #jobsChanged} does the same at once for code in this
 * replica that just wrote jobs.
 * </ol>
 * A job deleted outright (rather than closed) is only noticed through
 * {@link #jobsChanged} or at the next start; the platform closes jobs instead.
 */
final class JobIndexMaintainer implements JobIndexUpdates, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(JobIndexMaintainer.class);

	private final JobSearchIndex index;

	private final JobIndexDao dao;

	private final JobSearchProperties properties;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "job-index");
		thread.setDaemon(true);
		return thread;
	});

	private final ReentrantLock writes = new ReentrantLock();

	private final Map<Long, Instant> recent = new HashMap<>();

	private volatile boolean ready;

	private volatile boolean started;

	private Instant watermark = Instant.EPOCH;

	JobIndexMaintainer(JobSearchIndex index, JobIndexDao dao, JobSearchProperties properties) {
		this.index = index;
		this.dao = dao;
		this.properties = properties;
	}

	/** Starts the first build and the polling; later calls do nothing. */
	synchronized void start() {
		if (this.started) {
			return;
		}
		this.started = true;
		long interval = this.properties.refreshInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::tick, 0, interval, TimeUnit.MILLISECONDS);
	}

	/** @return whether the first build has finished */
	boolean isReady() {
		return this.ready;
	}

	private void tick() {
		try {
			if (!this.ready) {
				build();
			}
			else {
				poll();
			}
		}
		catch (RuntimeException ex) {
			logger.atWarn().setCause(ex).log(this.ready ? "Job index refresh failed; retrying at the next poll"
					: "Job index build failed; retrying");
		}
	}

	/** Reads every open job into the index. */
	void build() {
		long started = System.nanoTime();
		Instant since = this.dao.now();
		long after = 0;
		int count = 0;
		while (true) {
			List<JobIndexDao.JobRow> rows = this.dao.openJobsAfter(after, this.properties.buildBatchSize());
			if (rows.isEmpty()) {
				break;
			}
			this.writes.lock();
			try {
				rows.forEach((row) -> this.index.upsert(row.job()));
			}
			finally {
				this.writes.unlock();
			}
			count += rows.size();
			after = rows.get(rows.size() - 1).job().id();
		}
		this.index.refresh();
		this.watermark = since;
		this.ready = true;
		logger.atInfo()
			.addKeyValue("jobs", count)
			.addKeyValue("millis", Duration.ofNanos(System.nanoTime() - started).toMillis())
			.log("Job search index built");
	}

	/**
	 * Applies every change since the last poll.
	 * @return how many changed jobs the database reported (before skipping those seen already)
	 */
	int poll() {
		// the database's clock, read before the query: the next poll looks back from here
		Instant pollStarted = this.dao.now();
		Instant since = this.watermark.minus(this.properties.refreshOverlap());
		List<JobIndexDao.Change> changes = this.dao.changedSince(since);
		List<Long> ids = new ArrayList<>();
		for (JobIndexDao.Change change : changes) {
			if (!change.changedAt().equals(this.recent.get(change.id()))) {
				ids.add(change.id());
			}
			this.recent.put(change.id(), change.changedAt());
		}
		if (!ids.isEmpty()) {
			reindex(ids);
		}
		this.watermark = pollStarted;
		Instant forget = pollStarted.minus(this.properties.refreshOverlap()).minusSeconds(1);
		this.recent.values().removeIf((changedAt) -> changedAt.isBefore(forget));
		return changes.size();
	}

	@Override
	public void jobsChanged(Collection<Long> jobIds) {
		List<Long> ids = List.copyOf(jobIds);
		if (ids.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					reindexQuietly(ids);
				}

			});
		}
		else {
			reindexQuietly(ids);
		}
	}

	@Override
	public void refreshSoon() {
		if (this.started) {
			this.executor.execute(this::tick);
		}
	}

	private void reindexQuietly(List<Long> ids) {
		try {
			reindex(ids);
		}
		catch (RuntimeException ex) {
			// the next poll picks the change up; the caller's write has succeeded
			logger.atWarn().setCause(ex).log("Immediate job index update failed; the next poll retries it");
		}
	}

	private void reindex(List<Long> ids) {
		for (int from = 0; from < ids.size(); from += this.properties.buildBatchSize()) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + this.properties.buildBatchSize()));
			List<JobIndexDao.JobRow> rows = this.dao.jobs(batch);
			Set<Long> found = new HashSet<>();
			this.writes.lock();
			try {
				for (JobIndexDao.JobRow row : rows) {
					found.add(row.job().id());
					if (row.open()) {
						this.index.upsert(row.job());
					}
					else {
						this.index.delete(row.job().id());
					}
				}
				batch.stream().filter((id) -> !found.contains(id)).forEach(this.index::delete);
			}
			finally {
				this.writes.unlock();
			}
		}
		this.index.refresh();
	}

	@Override
	public void close() throws Exception {
		this.executor.shutdownNow();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
		this.index.close();
	}

}
