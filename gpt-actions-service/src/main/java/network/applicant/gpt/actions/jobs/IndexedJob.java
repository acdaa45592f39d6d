package network.applicant.gpt.actions.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An open job as the search index takes it: the posting's text already plain
 * ({@link HtmlText}), the company's name, and the requirement lines.
 *
 * @param applicantCountries for remote jobs, the countries applicants must live in; null
 * means anywhere
 * @param validThrough when the posting expires, or null; searches leave expired jobs out
 * even before the index hears of the expiry
 */
record IndexedJob(long id, String title, String company, String description, List<String> requirements,
		@Nullable String city, @Nullable String region, @Nullable String country,
		@Nullable List<String> applicantCountries, String commuteType, String jobLevel, @Nullable BigDecimal salaryMin,
		@Nullable BigDecimal salaryMax, @Nullable String salaryCurrency, @Nullable String salaryPeriod,
		Instant postedAt, @Nullable Instant validThrough) {

	/**
	 * @return where the job is, as a person says it: "London, England, United Kingdom",
	 * "Remote (United Kingdom only)", "Remote (anywhere)"
	 */
	String locationText() {
		return locationText(this.city, this.region, this.country, this.applicantCountries, this.commuteType);
	}

	static String locationText(@Nullable String city, @Nullable String region, @Nullable String country,
			@Nullable List<String> applicantCountries, String commuteType) {
		if (commuteType.equals("remote")) {
			if (applicantCountries == null || applicantCountries.isEmpty()) {
				return "Remote (anywhere)";
			}
			return "Remote (" + String.join(", ", applicantCountries.stream().map(Places::countryName).toList())
					+ " only)";
		}
		StringBuilder text = new StringBuilder();
		for (String part : new String[] { city, region, (country != null) ? Places.countryName(country) : null }) {
			if (part != null && !part.isBlank()) {
				text.append((text.length() > 0) ? ", " : "").append(part);
			}
		}
		return (text.length() > 0) ? text.toString() : "Not stated";
	}

}
