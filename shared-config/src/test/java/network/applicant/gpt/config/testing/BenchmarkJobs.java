package network.applicant.gpt.config.testing;

import java.util.List;

/**
 * Synthetic open jobs for search benchmarks, written straight into {@code platform.jobs}
 * (the actions service's schema) by one SQL statement per call: ten titles with level
 * prefixes, a description with shared filler text and a skill, five cities in four
 * countries, remote jobs (half of them restricted to their country), commute types, levels,
 * salaries and posting dates spread over 60 days. Identifiers are {@code bench-<n>}, so
 * that a run can add to what an earlier one inserted and a clean-up can find them.
 * Companies must exist (the demo catalog's 40).
 */
public final class BenchmarkJobs {

	/** Inserts rows {@code ?} to {@code ?} (inclusive) of the series. */
	public static final String INSERT = """
		INSERT INTO platform.jobs (identifier, company_id, title, description, city, region, country,
		    applicant_countries, commute_type, job_level, salary_min, salary_max, salary_currency, salary_period,
		    posted_at)
		SELECT 'bench-' || i,
		       (SELECT min(id) FROM platform.companies) + (i % 40),
		       (ARRAY['', 'Junior ', 'Senior ', 'Lead '])[1 + i % 4]
		         || (ARRAY['Software Engineer', 'Registered Nurse – ICU', 'Staff Accountant (CPA)', 'Data Analyst',
		                   'Account Executive', 'Customer Support Specialist', 'Logistics Coordinator',
		                   'Mathematics Teacher', 'Product Designer', 'Backend Engineer (Java)'])[1 + (i / 7) % 10],
		       'As a member of our team you will work with colleagues across the business. '
		         || (ARRAY['We value kindness and ownership.', 'Our customers rely on us every day.',
		                   'We offer flexible hours and a learning budget.'])[1 + i % 3]
		         || ' Experience with ' || (ARRAY['Java', 'PostgreSQL', 'Kubernetes', 'Excel', 'SQL', 'Figma',
		                   'Zendesk', 'Salesforce'])[1 + i % 8] || ' is a plus.',
		       CASE WHEN i % 10 < 3 THEN NULL ELSE (ARRAY['London', 'Manchester', 'Toronto', 'New York', 'Berlin'])[1 + i % 5] END,
		       CASE WHEN i % 10 < 3 THEN NULL ELSE (ARRAY['England', 'England', 'ON', 'NY', 'Berlin'])[1 + i % 5] END,
		       (ARRAY['GB', 'GB', 'CA', 'US', 'DE'])[1 + i % 5],
		       CASE WHEN i % 10 < 3 AND i % 2 = 0 THEN ARRAY[(ARRAY['GB', 'GB', 'CA', 'US', 'DE'])[1 + i % 5]] END,
		       CASE WHEN i % 10 < 3 THEN 'remote' WHEN i % 10 < 6 THEN 'hybrid' ELSE 'onsite' END,
		       (ARRAY['entry', 'mid', 'senior', 'lead'])[1 + i % 4],
		       40000 + (i % 50) * 1000, 55000 + (i % 50) * 1000,
		       (ARRAY['GBP', 'GBP', 'CAD', 'USD', 'EUR'])[1 + i % 5], 'year',
		       now() - make_interval(days => i % 60, secs => i % 86400)
		FROM generate_series(?, ?) AS i""";

	/**
	 * Query strings of {@code GET /api/v1/gpt/jobs} that match these jobs as people ask for
	 * them: abbreviations, a typo, synonyms, locations, filters, a listing without keywords.
	 */
	public static final List<String> QUERIES = List.of("keywords=SWE", "keywords=registered%20nurse&location=London",
			"keywords=CPA&location=Toronto", "keywords=senior%20java%20developer", "keywords=sofware%20enginer",
			"keywords=nurse&commute_type=onsite&job_level=senior", "keywords=accountant&salary_min=60000",
			"keywords=engineer", "location=Berlin", "keywords=customer%20support&location=remote",
			"keywords=data%20analyst&posted_within_days=14", "commute_type=remote&job_level=mid");

	private BenchmarkJobs() {
	}

	/**
	 * Inserts jobs {@code bench-<from>} to {@code bench-<to>}.
	 * @param update runs a statement with its arguments (e.g. {@code jdbcTemplate::update})
	 * @param from the first number
	 * @param to the last number
	 */
	public static void insert(Update update, int from, int to) {
		update.run(INSERT, from, to);
	}

	/** Runs one SQL statement with arguments. */
	@FunctionalInterface
	public interface Update {

		/**
		 * @param sql the statement
		 * @param arguments its arguments
		 * @return rows changed
		 */
		int run(String sql, Object... arguments);

	}

}
