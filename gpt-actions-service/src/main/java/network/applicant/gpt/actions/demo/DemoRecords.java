package network.applicant.gpt.actions.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The rows the demo loader writes, as plain values. Kept apart from the generator so that
 * the generator's output can be compared in tests without a database.
 *
 * <p>Public only because Jdbi's {@code @BindMethods} reads the accessors reflectively and
 * skips methods of types it cannot access; nothing outside this package uses them.
 */
public final class DemoRecords {

	private DemoRecords() {
	}

	public record DemoCompany(String identifier, String name, String website, String industry, String size,
			String headquarters, String description) {
	}

	public record DemoRequirement(String kind, String text, int position) {
	}

	public record DemoQuestion(int position, String question, String answerType, @Nullable List<String> choices,
			boolean required) {

		public String @Nullable [] choicesArray() {
			return (this.choices != null) ? this.choices.toArray(String[]::new) : null;
		}

	}

	/**
	 * A demo job. {@code field} is the generator's occupational field, not a column.
	 */
	public record DemoJob(String identifier, String companyIdentifier, String field, String title, String description,
			String employmentType, @Nullable String city, @Nullable String region, String country,
			@Nullable List<String> applicantCountries, String commuteType, String jobLevel,
			@Nullable BigDecimal salaryMin, @Nullable BigDecimal salaryMax, @Nullable String salaryCurrency,
			@Nullable String salaryPeriod, Instant postedAt, @Nullable Instant validThrough, String status,
			List<DemoRequirement> requirements, List<DemoQuestion> questions) {

		public String @Nullable [] applicantCountriesArray() {
			return (this.applicantCountries != null) ? this.applicantCountries.toArray(String[]::new) : null;
		}

	}

	public record DemoCandidate(String id, String email, String fullName, String city, String region, String country,
			String resumeFileName, String resumeText, Instant resumeUploadedAt) {
	}

	public record DemoStatusChange(@Nullable String fromStatus, String toStatus, Instant changedAt, @Nullable String note) {
	}

	/**
	 * A demo application; {@code answers} maps a pre-screen question's position to the answer.
	 */
	public record DemoApplication(String candidateId, String jobIdentifier, String status, Instant submittedAt,
			List<DemoStatusChange> history, Map<Integer, String> answers) {

		public Instant updatedAt() {
			return this.history.get(this.history.size() - 1).changedAt();
		}

	}

}
