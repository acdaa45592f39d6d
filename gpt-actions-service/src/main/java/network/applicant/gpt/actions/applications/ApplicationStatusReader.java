package network.applicant.gpt.actions.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * Reads one candidate's applications for {@code getApplicationStatus}. The candidate id is
 * part of every query, so no filter can reach another candidate's applications.
 */
final class ApplicationStatusReader {

	/** The most applications listed; enough for any person, and bounds the response size. */
	static final int MAX_LISTED = 50;

	private static final String FROM_WHERE = """
			FROM platform.applications a
			JOIN platform.jobs j ON j.id = a.job_id
			JOIN platform.companies c ON c.id = j.company_id
			WHERE a.candidate_id = :candidate
			  AND (CAST(:jobId AS bigint) IS NULL OR a.job_id = :jobId)
			  AND (CAST(:applicationId AS bigint) IS NULL OR a.id = :applicationId)""";

	private static final String SELECT = """
			SELECT a.id, a.job_id, j.title, c.name AS company, a.status, a.submitted_at,
			       coalesce((SELECT max(h.changed_at) FROM platform.application_status_history h
			                 WHERE h.application_id = a.id), a.updated_at) AS last_changed_at
			""" + FROM_WHERE + """

			ORDER BY a.submitted_at DESC, a.id DESC
			LIMIT :limit""";

	private final Jdbi jdbi;

	ApplicationStatusReader(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param candidateId the caller
	 * @param jobId only the application to this job, or null
	 * @param applicationId only this application, or null
	 * @return the newest {@link #MAX_LISTED} matching applications and how many match in all
	 */
	ApplicationStatusResponse read(String candidateId, @Nullable Long jobId, @Nullable Long applicationId) {
		return this.jdbi.withHandle((handle) -> {
			long total = handle.createQuery("SELECT count(*) " + FROM_WHERE)
				.bind("candidate", candidateId)
				.bind("jobId", jobId)
				.bind("applicationId", applicationId)
				.mapTo(Long.class)
				.one();
			List<ApplicationStatusResponse.Application> applications = handle.createQuery(SELECT)
				.bind("candidate", candidateId)
				.bind("jobId", jobId)
				.bind("applicationId", applicationId)
				.bind("limit", MAX_LISTED)
				.map((rs, ctx) -> {
					String status = rs.getString("status");
					ApplicationStatusTexts.Texts texts = ApplicationStatusTexts.of(status);
					return new ApplicationStatusResponse.Application(rs.getLong("id"), rs.getLong("job_id"),
							rs.getString("title"), rs.getString("company"), status, texts.label(), texts.explanation(),
							instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("last_changed_at")),
							texts.nextStep());
				})
				.list();
			return new ApplicationStatusResponse(applications, total, note(total, jobId, applicationId));
		});
	}

	private static String instant(Timestamp timestamp) {
		return Instant.ofEpochMilli(timestamp.getTime()).toString();
	}

	private static @Nullable String note(long total, @Nullable Long jobId, @Nullable Long applicationId) {
		if (total > MAX_LISTED) {
			return "Showing the " + MAX_LISTED + " most recent of " + total
					+ " applications; filter by job_id or application_id to see an older one.";
		}
		if (total == 0) {
			if (jobId != null || applicationId != null) {
				return "The candidate has no application matching "
						+ ((applicationId != null) ? "application_id " + applicationId : "job_id " + jobId) + ".";
			}
			return "The candidate has not applied to any job yet.";
		}
		return null;
	}

}
