package network.applicant.gpt.actions.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds {@link IndexedJob}s for index tests; each test changes only what matters to it.
 */
final class IndexedJobs {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private long id;

	private String title = "Job";

	private String company = "Acme";

	private String description = "";

	private List<String> requirements = List.of();

	private @Nullable String city = "London";

	private @Nullable String region = "England";

	private @Nullable String country = "GB";

	private @Nullable List<String> applicantCountries;

	private String commuteType = "onsite";

	private String jobLevel = "mid";

	private @Nullable BigDecimal salaryMin;

	private @Nullable BigDecimal salaryMax;

	private @Nullable String currency;

	private @Nullable String period;

	private Instant postedAt = NOW.minusSeconds(10 * 86_400);

	private @Nullable Instant validThrough;

	private IndexedJobs(long id) {
		this.id = id;
	}

	static IndexedJobs job(long id, String title) {
		IndexedJobs job = new IndexedJobs(id);
		job.title = title;
		return job;
	}

	IndexedJobs company(String company) {
		this.company = company;
		return this;
	}

	IndexedJobs description(String description) {
		this.description = description;
		return this;
	}

	IndexedJobs requirements(String... requirements) {
		this.requirements = List.of(requirements);
		return this;
	}

	IndexedJobs at(@Nullable String city, @Nullable String region, String country) {
		this.city = city;
		this.region = region;
		this.country = country;
		return this;
	}

	IndexedJobs remote(String country, String... applicantCountries) {
		this.commuteType = "remote";
		this.city = null;
		this.region = null;
		this.country = country;
		this.applicantCountries = (applicantCountries.length == 0) ? null : List.of(applicantCountries);
		return this;
	}

	IndexedJobs commute(String commuteType) {
		this.commuteType = commuteType;
		return this;
	}

	IndexedJobs level(String jobLevel) {
		this.jobLevel = jobLevel;
		return this;
	}

	IndexedJobs salary(long min, long max, String currency, String period) {
		this.salaryMin = BigDecimal.valueOf(min);
		this.salaryMax = BigDecimal.valueOf(max);
		this.currency = currency;
		this.period = period;
		return this;
	}

	IndexedJobs postedDaysAgo(int days) {
		this.postedAt = NOW.minusSeconds(days * 86_400L);
		return this;
	}

	IndexedJobs validThrough(Instant validThrough) {
		this.validThrough = validThrough;
		return this;
	}

	IndexedJob build() {
		return new IndexedJob(this.id, this.title, this.company, this.description, this.requirements, this.city,
				this.region, this.country, this.applicantCountries, this.commuteType, this.jobLevel, this.salaryMin,
				this.salaryMax, this.currency, this.period, this.postedAt, this.validThrough);
	}

}
