package network.applicant.gpt.actions.resume.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What analysis needs to know about a job: its structured fields and its text.
 *
 * @param id the job id
 * @param title the title
 * @param description the description, plain text or HTML
 * @param level {@code intern}, {@code entry}, {@code mid}, {@code senior}, {@code lead} or {@code executive}
 * @param commuteType {@code remote}, {@code hybrid} or {@code onsite}
 * @param city the city of an on-site or hybrid job
 * @param country ISO 3166-1 alpha-2 country of the job
 * @param applicantCountries remote jobs only: where applicants must live; {@code null} means anywhere
 * @param requirements the job's requirement lines in order
 */
public record JobPosting(long id, String title, String description, String level, String commuteType,
		@Nullable String city, @Nullable String country, @Nullable List<String> applicantCountries,
		List<Requirement> requirements) {

	public JobPosting {
		applicantCountries = (applicantCountries != null) ? List.copyOf(applicantCountries) : null;
		requirements = List.copyOf(requirements);
	}

	/**
	 * One requirement line of a job.
	 * @param required whether it is a must-have (else preferred)
	 * @param text the line as written
	 */
	public record Requirement(boolean required, String text) {
	}

}
