package network.applicant.gpt.actions.resume.analysis;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.actions.resume.analysis.JobRequirements.SkillRequirement;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementExtractorTests {

	private final RequirementExtractor extractor = new RequirementExtractor(SkillDictionary.loadDefault());

	@Test
	void extractWhenOrListThenAlternatives() {
		JobRequirements requirements = this.extractor.extract(TestResumes.job()
			.required("Solid programming skills in Java, Kotlin, Go or a similar language",
					"Comfortable with Git, code review and continuous integration")
			.build());

		assertThat(requirements.requiredSkills()).extracting(SkillRequirement::label)
			.containsExactly("one of Java, Kotlin, Go", "Git", "Code review", "CI/CD");
	}

	@Test
	void extractWhenRequiredAndPreferredThenKeptApart() {
		JobRequirements requirements = this.extractor.extract(TestResumes.job()
			.required("Experience with relational databases such as PostgreSQL")
			.preferred("Experience with Kubernetes and Terraform")
			.build());

		assertThat(requirements.requiredSkills()).extracting(SkillRequirement::label).containsExactly("PostgreSQL");
		assertThat(requirements.preferredSkills()).extracting(SkillRequirement::label)
			.containsExactly("Kubernetes", "Terraform");
	}

	@Test
	void extractWhenYearsThenMinimumAndRange() {
		assertThat(this.extractor.extract(TestResumes.job().required("5+ years of professional experience in nursing").build())
			.years()).satisfies((y) -> {
				assertThat(y.min()).isEqualTo(5);
				assertThat(y.max()).isNull();
			});
		assertThat(RequirementExtractor.years("0–2 years of experience in sales, internships included"))
			.satisfies((y) -> assertThat(y.max()).isEqualTo(2));
		assertThat(RequirementExtractor.years("Able to work 12-hour shifts")).isNull();
	}

	@Test
	void extractWhenLicenceAndDegreeThenCredentialsAndEducation() {
		JobRequirements requirements = this.extractor.extract(TestResumes.job()
			.required("Holds current NMC registration", "Basic Life Support (BLS) certification",
					"Bachelor's degree in Nursing")
			.build());

		assertThat(requirements.credentials()).extracting(SkillRequirement::label)
			.containsExactly("NMC registration", "BLS");
		assertThat(requirements.education()).isEqualTo("Bachelor's degree in Nursing");
	}

	@Test
	void extractWhenNothingCheckableThenNotAssessed() {
		JobRequirements requirements = this.extractor.extract(TestResumes.job()
			.required("Able to work 12-hour shifts including nights and weekends")
			.build());

		assertThat(requirements.unassessed()).containsExactly("Able to work 12-hour shifts including nights and weekends");
	}

	@Test
	void extractWhenDescriptionHasRequirementListsThenUsed() {
		JobRequirements requirements = this.extractor.extract(TestResumes.job()
			.description("<p>About us</p><h3>Requirements</h3><ul><li>3+ years of experience with Python</li>"
					+ "<li>Strong SQL</li></ul><h3>Nice to have</h3><ul><li>Airflow</li></ul>")
			.build());

		assertThat(requirements.requiredSkills()).extracting(SkillRequirement::label).containsExactly("Python", "SQL");
		assertThat(requirements.preferredSkills()).extracting(SkillRequirement::label).containsExactly("Airflow");
		assertThat(requirements.years().min()).isEqualTo(3);
	}

}
