package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScratchTests {

	static final String ADA = """
			Ada Lovelace
			London, United Kingdom · ada@applicant.test
			Senior Software Engineer

			SUMMARY
			Senior software engineer with eleven years of experience building reliable backend
			systems and the analytical tooling around them.

			EXPERIENCE
			Senior Software Engineer, Analytical Engines Ltd, London — March 2019 to present
			- Led the redesign of the billing platform (Java 21, Spring Boot, PostgreSQL), cutting
			  invoice errors by 80% and month-end processing from two days to three hours.
			- Introduced event-driven integration with Kafka between six services.
			- Mentored five engineers; two were promoted to senior.
			- Ran the team's move to Kubernetes on AWS with Terraform.

			Software Engineer, Difference Systems, Cambridge — June 2015 to February 2019
			- Built REST APIs and batch jobs for a logistics planning product (Java, Spring).
			- Owned the CI pipeline (Jenkins, later GitHub Actions).

			Junior Developer, Babbage & Co., London — September 2013 to May 2015
			- Maintained internal reporting tools in Python and SQL.

			SKILLS
			Java, Kotlin, Python, SQL, PostgreSQL, Spring Boot, Kafka, RabbitMQ, Kubernetes, AWS,
			Terraform, Git, CI/CD, system design, code review, mentoring, Go

			EDUCATION
			BSc Mathematics and Computer Science, University of London, 2013
			""";

	@Test
	void print() {
		JobPosting job = new JobPosting(1, "Senior Backend Engineer (Java)", "<p>We build things.</p>", "senior", "hybrid",
				"London", "GB", null,
				List.of(new JobPosting.Requirement(true, "5+ years of professional experience in software engineering"),
						new JobPosting.Requirement(true, "Solid programming skills in Java, Kotlin, Go or a similar language"),
						new JobPosting.Requirement(true, "Experience with relational databases such as PostgreSQL"),
						new JobPosting.Requirement(true, "Comfortable with Git, code review and continuous integration"),
						new JobPosting.Requirement(true, "Clear written communication in English"),
						new JobPosting.Requirement(false, "Experience with Kubernetes and Terraform")));
		ResumeAnalysis analysis = new ResumeAnalyzer(SkillDictionary.loadDefault()).analyze(ADA, job,
				new CandidateLocation("London", "GB"), YearMonth.of(2026, 6));
		System.out.println(tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(analysis));
	}

}
