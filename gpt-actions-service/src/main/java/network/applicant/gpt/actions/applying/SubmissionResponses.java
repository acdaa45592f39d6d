package network.applicant.gpt.actions.applying;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON answers of {@code submitApplication}, in the shapes the Actions API contract
 * fixes (snake_case members, every member present, {@code null} when empty).
 */
final class SubmissionResponses {

	static final String CONFIRMATION_REQUIRED = "CONFIRMATION_REQUIRED";

	static final String SUBMITTED = "SUBMITTED";

	private static final Map<String, String> STATUS_LABELS = Map.of("submitted", "Submitted", "under_review",
			"Under review", "interviewing", "Interviewing", "offer", "Offer", "hired", "Hired", "rejected",
			"Not selected", "withdrawn", "Withdrawn");

	private SubmissionResponses() {
	}

	/**
	 * @param status an application status
	 * @return the label shown to the candidate
	 */
	static String statusLabel(String status) {
		return STATUS_LABELS.getOrDefault(status, status);
	}

	/** The first call's answer: what will be sent, and the token that confirms it. */
	@JsonNaming(SnakeCaseStrategy.class)
	record ConfirmationRequired(String status, String confirmationToken, Instant expiresAt, Summary summary,
			String message) {
	}

	/** Exactly what the second call will send; stored with the token as shown. */
	@JsonNaming(SnakeCaseStrategy.class)
	record Summary(SummaryJob job, SummaryCandidate candidate, @Nullable SummaryResume resume,
			List<SummaryAnswer> answers, @Nullable String coverNote) {
	}

	@JsonNaming(SnakeCaseStrategy.class)
	record SummaryJob(long id, String title, String company, String location) {
	}

	@JsonNaming(SnakeCaseStrategy.class)
	record SummaryCandidate(String name, String email) {
	}

	@JsonNaming(SnakeCaseStrategy.class)
	record SummaryResume(String fileName, Instant uploadedAt) {
	}

	@JsonNaming(SnakeCaseStrategy.class)
	record SummaryAnswer(long questionId, String question, String answer) {
	}

	/** The second call's answer, and the answer to a retry of it. */
	@JsonNaming(SnakeCaseStrategy.class)
	record Submitted(String status, SubmittedApplication application, String message) {
	}

	@JsonNaming(SnakeCaseStrategy.class)
	record SubmittedApplication(long id, long jobId, String jobTitle, String company, String status,
			String statusLabel, Instant submittedAt) {

		static SubmittedApplication of(SubmissionDao.ApplicationRow row) {
			return new SubmittedApplication(row.id(), row.jobId(), row.jobTitle(), row.company(), row.status(),
					SubmissionResponses.statusLabel(row.status()), row.submittedAt());
		}

	}

}
