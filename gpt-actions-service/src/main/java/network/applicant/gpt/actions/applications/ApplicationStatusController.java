package network.applicant.gpt.actions.applications;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.actions.system.ActionsApi;
import network.applicant.gpt.actions.system.Caller;
import network.applicant.gpt.actions.system.RequestParameters;
import network.applicant.gpt.actions.system.RequiresScope;
import network.applicant.gpt.config.jwt.Scope;

/**
 * {@code getApplicationStatus}: the calling candidate's applications, never anyone else's
 * (the candidate id comes from the access token and is part of every query).
 */
@RestController
class ApplicationStatusController {

	/** The most applications listed; enough for any person, and bounds the response size. */
	static final int MAX_LISTED = 50;

	private static final String FROM_WHERE = """
			FROM platform.applications a
			JOIN platform.jobs j ON j.id = a.job_id
			JOIN platform.companies c ON c.id = j.company_id
			WHERE a.candidate_id = :candidate
			  AND (CAST(:jobId AS bigint) IS NULL OR a.job_id = :jobId)
			  AND (CAST(:applicationId AS bigint) IS NULL OR a.id = :applicationId)""";

	private final Jdbi jdbi;

	ApplicationStatusController(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	@GetMapping(ActionsApi.PREFIX + "/applications")
	@RequiresScope(Scope.APPLICATIONS_READ)
	ApplicationStatusResponse getApplicationStatus(Caller caller,
			@RequestParam(name = "job_id", required = false) @Nullable String jobId,
			@RequestParam(name = "application_id", required = false) @Nullable String applicationId) {
		Long job = RequestParameters.integer(jobId, "job_id", 1, Long.MAX_VALUE);
		Long application = RequestParameters.integer(applicationId, "application_id", 1, Long.MAX_VALUE);
		return this.jdbi.withHandle((handle) -> {
			long total = handle.createQuery("SELECT count(*) " + FROM_WHERE)
				.bind("candidate", caller.candidateId())
				.bind("jobId", job)
				.bind("applicationId", application)
				.mapTo(Long.class)
				.one();
			List<ApplicationStatusResponse.Application> applications = handle.createQuery("""
					SELECT a.id, a.job_id, j.title, c.name AS company, a.status, a.submitted_at,
					       coalesce((SELECT max(h.changed_at) FROM platform.application_status_history h
					                 WHERE h.application_id = a.id), a.updated_at) AS last_changed_at
					""" + FROM_WHERE + """

					ORDER BY a.submitted_at DESC, a.id DESC
					LIMIT :limit""")
				.bind("candidate", caller.candidateId())
				.bind("jobId", job)
				.bind("applicationId", application)
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
			return new ApplicationStatusResponse(applications, total, note(total, job, application));
		});
	}

	private static String instant(java.sql.Timestamp timestamp) {
		return Instant.ofEpochMilli(timestamp.getTime()).toString();
	}

	private static @Nullable String note(long total, @Nullable Long job, @Nullable Long application) {
		if (total > MAX_LISTED) {
			return "Showing the " + MAX_LISTED + " most recent of " + total
					+ " applications; filter by job_id or application_id to see an older one.";
		}
		if (total == 0) {
			if (job != null || application != null) {
				return "The candidate has no application matching "
						+ ((application != null) ? "application_id " + application : "job_id " + job) + ".";
			}
			return "The candidate has not applied to any job yet.";
		}
		return null;
	}

}
