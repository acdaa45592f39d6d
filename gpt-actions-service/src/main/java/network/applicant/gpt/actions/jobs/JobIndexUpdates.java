package network.applicant.gpt.actions.jobs;

import java.util.Collection;

/**
 * Tells the job search index that jobs changed, so that this replica shows the change at
 * once instead of at its next poll (other replicas pick it up by polling
 * {@code platform.jobs.updated_at} within {@code applicant.actions.search.refresh-interval}).
 *
 * <p>Call it after writing jobs, e.g. at the end of an import:
 * <pre>{@code
 * jobIndexUpdates.jobsChanged(List.of(jobId));
 * }</pre>
 * Inside a Spring transaction the index is updated after the commit (nothing happens on
 * rollback); outside one, at once. The jobs are re-read from PostgreSQL: open jobs are
 * (re)indexed, closed, expired and deleted ones removed. Thread-safe.
 */
public interface JobIndexUpdates {

	/**
	 * @param jobIds ids of jobs that were inserted, updated, closed or deleted
	 */
	void jobsChanged(Collection<Long> jobIds);

	/** Polls for every change now, asynchronously, instead of waiting for the next poll. */
	void refreshSoon();

}
