package network.applicant.gpt.actions.applications;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code getApplicationStatus} answer: the candidate's applications, newest first.
 *
 * @param total how many applications match, also those not listed
 * @param note why the list is shorter than total, or why it is empty; null otherwise
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ApplicationStatusResponse(List<Application> applications, long total, @Nullable String note) {

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Application(long id, long jobId, String jobTitle, String company, String status, String statusLabel,
			String statusExplanation, String submittedAt, String lastChangedAt, @Nullable String nextStep) {
	}

}
