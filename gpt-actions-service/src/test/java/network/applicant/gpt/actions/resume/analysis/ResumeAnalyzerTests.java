package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeAnalyzerTests {

	private static final YearMonth TODAY = YearMonth.of(2026, 6);

	private final ResumeAnalyzer analyzer = new ResumeAnalyzer(SkillDictionary.loadDefault());

	private static JobPosting backendJob() {
		return TestResumes.job()
			.hybrid("London", "GB")
			.required("5+ years of professional experience in software engineering",
					"Solid programming skills in Java, Kotlin, Go or a similar language",
					"Experience with relational databases such as PostgreSQL", "Clear written communication in English")
			.preferred("Experience with Kubernetes and Terraform")
			.build();
	}

	@Test
	void analyzeWhenGoodFitThenStrongWithEvidenceAndWeightsSummingToOne() {
		ResumeAnalysis analysis = this.analyzer.analyze(TestResumes.ENGINEER, backendJob(),
				new CandidateLocation("London", "GB"), TODAY);

		assertThat(analysis.fitScore()).isGreaterThanOrEqualTo(80);
		assertThat(analysis.fitBand()).isEqualTo("strong");
		assertThat(analysis.categories()).extracting(CategoryScore::name)
			.containsExactly("required_skills", "preferred_skills", "experience", "seniority", "location");
		assertThat(analysis.categories().stream().mapToDouble(CategoryScore::weight).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(0.01));
		assertThat(analysis.missingRequiredSkills()).isEmpty();
		assertThat(analysis.notAssessed()).containsExactly("Clear written communication in English");
		assertThat(analysis.suggestions()).hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void analyzeWhenSameInputTwiceThenSameResult() {
		CandidateLocation london = new CandidateLocation("London", "GB");

		assertThat(this.analyzer.analyze(TestResumes.ENGINEER, backendJob(), london, TODAY))
			.isEqualTo(this.analyzer.analyze(TestResumes.ENGINEER, backendJob(), london, TODAY));
	}

	@Test
	void analyzeWhenOnlyASkillsListThenKeywordStuffingCannotScoreHigh() {
		String stuffed = """
				Jo Bloggs
				SKILLS
				Java, Kotlin, Go, PostgreSQL, Kubernetes, Terraform, AWS, Kafka, Spring Boot, Docker, Git, SQL,
				Python, React, TypeScript, system design, distributed systems, CI/CD, code review
				""";

		ResumeAnalysis analysis = this.analyzer.analyze(stuffed, backendJob(), new CandidateLocation("London", "GB"), TODAY);

		assertThat(analysis.fitScore()).isLessThanOrEqualTo(ResumeAnalyzer.STUFFING_CAP);
		assertThat(analysis.flags()).extracting(Flag::code).contains("skills_without_evidence");
		assertThat(analysis.suggestions()).anySatisfy((s) -> assertThat(s).contains("No roles with dates"));
	}

	@Test
	void analyzeWhenOnsiteAbroadThenCappedAndFlagged() {
		JobPosting job = TestResumes.job()
			.onsite("Berlin", "DE")
			.required("Solid programming skills in Java", "Experience with PostgreSQL")
			.build();

		ResumeAnalysis analysis = this.analyzer.analyze(TestResumes.ENGINEER, job, new CandidateLocation("London", "GB"), TODAY);

		assertThat(analysis.fitScore()).isLessThanOrEqualTo(ResumeAnalyzer.BLOCKER_CAP);
		assertThat(analysis.flags()).extracting(Flag::code).contains("relocation_required");
		assertThat(analysis.suggestions().get(0)).contains("Berlin");
	}

	@Test
	void analyzeWhenRequiredSkillMissingThenReportedFlaggedAndAdvisedHonestly() {
		JobPosting job = TestResumes.job().remote().required("Experience with Salesforce", "Java").build();

		ResumeAnalysis analysis = this.analyzer.analyze(TestResumes.ENGINEER, job, CandidateLocation.unknown(), TODAY);

		assertThat(analysis.missingRequiredSkills()).containsExactly("Salesforce");
		assertThat(analysis.flags().get(0).code()).isEqualTo("missing_required_skills");
		assertThat(analysis.suggestions()).anySatisfy((s) -> assertThat(s).contains("Salesforce").contains("do not claim"));
	}

	@Test
	void analyzeWhenCategoryHasNoDataThenDroppedAndOthersReweighted() {
		JobPosting job = TestResumes.job().remote().required("Java").build();

		ResumeAnalysis analysis = this.analyzer.analyze(TestResumes.ENGINEER, job, CandidateLocation.unknown(), TODAY);

		assertThat(analysis.categories()).extracting(CategoryScore::name)
			.containsExactly("required_skills", "seniority", "location");
		assertThat(analysis.categories().get(0).weight()).isEqualTo(0.667);
	}

}
