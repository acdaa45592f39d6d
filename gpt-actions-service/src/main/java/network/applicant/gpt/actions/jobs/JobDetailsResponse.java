package network.applicant.gpt.actions.jobs;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code getJobDetails} answer: the posting in plain text with everything needed to
 * decide and to apply.
 *
 * @param description the full description as plain text (HTML removed), cut at
 * {@link JobDetails#MAX_DESCRIPTION} characters with a note when longer
 * @param alreadyApplied whether the calling candidate has applied to this job
 * @param application the candidate's application to it, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record JobDetailsResponse(long id, String title, Company company, String location, @Nullable String city,
		@Nullable String region, @Nullable String country, @Nullable List<String> applicantCountries,
		String commuteType, String jobLevel, String employmentType, @Nullable String salary,
		@Nullable SalaryRange salaryRange, String postedAt, @Nullable String validThrough, String description,
		Requirements requirements, List<Question> prescreenQuestions, boolean alreadyApplied,
		@Nullable Application application, String url) {

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Company(String name, @Nullable String website, @Nullable String industry, @Nullable String size,
			@Nullable String headquarters, @Nullable String description) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record SalaryRange(@Nullable BigDecimal min, @Nullable BigDecimal max, String currency, String period) {
	}

	record Requirements(List<String> required, List<String> preferred) {
	}

	/**
	 * @param answerType yes_no, text, number or single_choice
	 * @param choices the options of a single_choice question, else null
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Question(long id, String question, String answerType, @Nullable List<String> choices, boolean required) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Application(long id, String status, String submittedAt) {
	}

}
