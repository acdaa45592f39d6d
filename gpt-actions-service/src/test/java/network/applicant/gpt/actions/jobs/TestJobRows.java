package network.applicant.gpt.actions.jobs;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes jobs straight into the platform tables for integration tests, under a company of
 * their own, and removes them again (telling the index, as a writer in this service would).
 */
final class TestJobRows {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final JobIndexUpdates index;

	private final long companyId;

	private final String companyIdentifier = "test-company-" + UUID.randomUUID();

	private final List<Long> jobs = new ArrayList<>();

	TestJobRows(JdbcTemplate jdbc, JobIndexUpdates index) {
		this.jdbc = jdbc;
		this.index = index;
		this.companyId = jdbc.queryForObject(
				"INSERT INTO platform.companies (identifier, name) VALUES (?, 'Testbridge Works') RETURNING id", Long.class,
				this.companyIdentifier);
	}

	/** @return a made-up word no demo posting contains, to find only this test's jobs */
	static String uniqueWord() {
		String letters = "bcdfghjkmnpqvwxz";
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append(letters.charAt(RANDOM.nextInt(letters.length())));
		}
		return word.toString();
	}

	long onSite(String title, String description, String city, String region, String country) {
		return insert(title, description, city, region, country, null, "onsite");
	}

	long remote(String title, String description, String country, @Nullable String applicantCountries) {
		return insert(title, description, null, null, country, applicantCountries, "remote");
	}

	private long insert(String title, String description, @Nullable String city, @Nullable String region,
			String country, @Nullable String applicantCountries, String commuteType) {
		Long id = this.jdbc.queryForObject("""
				INSERT INTO platform.jobs (identifier, company_id, title, description, city, region, country,
				    applicant_countries, commute_type, job_level, salary_min, salary_max, salary_currency, salary_period,
				    posted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, 'mid', 50000, 60000, 'USD', 'year',
				    now() - interval '2 days')
				RETURNING id""", Long.class, "test-job-" + UUID.randomUUID(), this.companyId, title, description, city,
				region, country, applicantCountries, commuteType);
		this.jobs.add(id);
		return id;
	}

	List<Long> ids() {
		return List.copyOf(this.jobs);
	}

	/** Deletes the jobs (with applications to them) and the company, and removes them from the index. */
	void deleteAll() {
		if (!this.jobs.isEmpty()) {
			Long[] ids = this.jobs.toArray(Long[]::new);
			this.jdbc.update("DELETE FROM platform.applications WHERE job_id = ANY(?)", (Object) ids);
			this.jdbc.update("DELETE FROM platform.jobs WHERE id = ANY(?)", (Object) ids);
			this.index.jobsChanged(this.jobs);
		}
		this.jdbc.update("DELETE FROM platform.companies WHERE id = ?", this.companyId);
	}

}
