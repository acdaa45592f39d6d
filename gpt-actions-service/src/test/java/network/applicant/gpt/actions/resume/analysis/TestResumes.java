package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixture builders for resumes and jobs.
 */
final class TestResumes {

	private TestResumes() {
	}

	static final String ENGINEER = """
			Ada Lovelace
			London, United Kingdom
			Senior Software Engineer

			SUMMARY
			Senior software engineer with eleven years of experience building backend systems.

			EXPERIENCE
			Senior Software Engineer, Analytical Engines Ltd, London — March 2019 to present
			- Led the redesign of the billing platform (Java 21, Spring Boot, PostgreSQL), cutting
			  invoice errors by 80%.
			- Ran the team's move to Kubernetes on AWS with Terraform.
			- Mentored five engineers.

			Software Engineer, Difference Systems, Cambridge — June 2015 to February 2019
			- Built REST APIs for a logistics product (Java, Spring).
			- Owned the CI pipeline (Jenkins, later GitHub Actions) and code review practice.

			Junior Developer, Babbage & Co., London — September 2013 to May 2015
			- Maintained reporting tools in Python and SQL.

			SKILLS
			Java, Kotlin, Python, SQL, PostgreSQL, Spring Boot, Kafka, Kubernetes, AWS, Terraform, Git

			EDUCATION
			BSc Mathematics and Computer Science, University of London, 2009 to 2013
			""";

	static JobBuilder job() {
		return new JobBuilder();
	}

	static final class JobBuilder {

		private String title = "Senior Backend Engineer";

		private String level = "senior";

		private String commute = "remote";

		private String city;

		private String country = "GB";

		private List<String> applicantCountries;

		private String description = "We build reliable software.";

		private final List<JobPosting.Requirement> requirements = new ArrayList<>();

		JobBuilder title(String title) {
			this.title = title;
			return this;
		}

		JobBuilder level(String level) {
			this.level = level;
			return this;
		}

		JobBuilder onsite(String city, String country) {
			this.commute = "onsite";
			this.city = city;
			this.country = country;
			return this;
		}

		JobBuilder hybrid(String city, String country) {
			this.commute = "hybrid";
			this.city = city;
			this.country = country;
			return this;
		}

		JobBuilder remote(String... countries) {
			this.commute = "remote";
			this.city = null;
			this.applicantCountries = (countries.length == 0) ? null : List.of(countries);
			return this;
		}

		JobBuilder description(String description) {
			this.description = description;
			return this;
		}

		JobBuilder required(String... lines) {
			for (String line : lines) {
				this.requirements.add(new JobPosting.Requirement(true, line));
			}
			return this;
		}

		JobBuilder preferred(String... lines) {
			for (String line : lines) {
				this.requirements.add(new JobPosting.Requirement(false, line));
			}
			return this;
		}

		JobPosting build() {
			return new JobPosting(1, this.title, this.description, this.level, this.commute, this.city, this.country,
					this.applicantCountries, this.requirements);
		}

	}

}
