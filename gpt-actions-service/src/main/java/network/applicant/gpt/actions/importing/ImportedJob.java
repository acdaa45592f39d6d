package network.applicant.gpt.actions.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A posting mapped to the columns of {@code platform.jobs}, ready to upsert. Public only
 * because Jdbi binds its accessors by reflection ({@code @BindMethods}).
 *
 * @param identifier the posting's identifier, the upsert key
 * @param company the hiring organisation
 * @param title the title
 * @param description the description, HTML allowed
 * @param employmentType {@code full_time}, {@code part_time}, {@code contract}, {@code temporary},
 * {@code internship}, {@code per_diem} or {@code other}
 * @param city the city, if any
 * @param region the region, if any
 * @param country ISO 3166-1 alpha-2, if any
 * @param applicantCountries remote jobs only: where applicants must live; {@code null} = anywhere
 * @param commuteType {@code remote}, {@code hybrid} or {@code onsite}
 * @param jobLevel {@code intern} … {@code executive}
 * @param salaryMin the lower bound, if any
 * @param salaryMax the upper bound, if any
 * @param salaryCurrency ISO 4217, when there is a salary
 * @param salaryPeriod {@code hour} … {@code year}, when there is a salary
 * @param postedAt when posted; {@code null} keeps the stored date (or now for a new job)
 * @param validThrough when applications close, if known
 * @param requirements requirement lines, in order
 */
public record ImportedJob(String identifier, Company company, String title, String description, String employmentType,
		@Nullable String city, @Nullable String region, @Nullable String country,
		@Nullable List<String> applicantCountries, String commuteType, String jobLevel, @Nullable BigDecimal salaryMin,
		@Nullable BigDecimal salaryMax, @Nullable String salaryCurrency, @Nullable String salaryPeriod,
		@Nullable Instant postedAt, @Nullable Instant validThrough, List<String> requirements) {

	public ImportedJob {
		applicantCountries = (applicantCountries != null) ? List.copyOf(applicantCountries) : null;
		requirements = List.copyOf(requirements);
	}

	/** @return the applicant countries as an array for the {@code text[]} column */
	public String @Nullable [] applicantCountriesArray() {
		return (this.applicantCountries != null) ? this.applicantCountries.toArray(String[]::new) : null;
	}

	/**
	 * The hiring organisation.
	 * @param identifier the stable key companies are upserted by
	 * @param name the name
	 * @param website its web site, if known
	 */
	public record Company(String identifier, String name, @Nullable String website) {
	}

}
