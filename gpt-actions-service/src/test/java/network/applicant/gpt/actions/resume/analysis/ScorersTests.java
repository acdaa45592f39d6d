package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.actions.resume.analysis.JobRequirements.YearsRequirement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One nested group per category scorer.
 */
class ScorersTests {

	private static final SkillDictionary DICTIONARY = SkillDictionary.loadDefault();

	private static final YearMonth TODAY = YearMonth.of(2026, 6);

	private static SkillEvidence evidence(String text) {
		return new SkillEvidence(new ResumeParser().parse(TextNormalizer.normalize(text)), DICTIONARY);
	}

	private static JobRequirements requirements(JobPosting job) {
		return new RequirementExtractor(DICTIONARY).extract(job);
	}

	@Test
	void skillScorerWhenUsedInRoleThenFullCreditWithEvidence() {
		JobRequirements requirements = requirements(TestResumes.job().required("Experience with PostgreSQL").build());

		SkillScorer.Result result = new SkillScorer().score(requirements.requiredSkills(), true, evidence(TestResumes.ENGINEER));

		assertThat(result.category().score()).isEqualTo(100);
		assertThat(result.matched()).singleElement().satisfies((m) -> {
			assertThat(m.support()).isEqualTo("experience");
			assertThat(m.evidence()).contains("Led the redesign of the billing platform");
			assertThat(m.role()).isEqualTo("Senior Software Engineer, Analytical Engines Ltd");
		});
	}

	@Test
	void skillScorerWhenOnlyListedThenPartialCredit() {
		JobRequirements requirements = requirements(TestResumes.job().required("Experience with Kafka").build());

		SkillScorer.Result result = new SkillScorer().score(requirements.requiredSkills(), true, evidence(TestResumes.ENGINEER));

		assertThat(result.category().score()).isEqualTo(40);
		assertThat(result.matched().get(0).support()).isEqualTo("skills_list_only");
	}

	@Test
	void skillScorerWhenMissingThenListedAsMissing() {
		JobRequirements requirements = requirements(TestResumes.job().required("Experience with Salesforce", "Java").build());

		SkillScorer.Result result = new SkillScorer().score(requirements.requiredSkills(), true, evidence(TestResumes.ENGINEER));

		assertThat(result.missing()).containsExactly("Salesforce");
		assertThat(result.category().score()).isEqualTo(50);
		assertThat(result.category().evidence()).anySatisfy((e) -> assertThat(e).startsWith("Missing: Salesforce"));
	}

	@Test
	void skillScorerWhenNoRequirementsThenDropped() {
		assertThat(new SkillScorer().score(List.of(), false, evidence(TestResumes.ENGINEER))).isNull();
	}

	private static ExperienceSummary summary(double weightedYears) {
		return new ExperienceSummary(List.of(new ExperienceSummary.RoleSpan("Engineer", "", YearMonth.of(2020, 1),
				TODAY, 78, true, "title")), List.of(), 78, 78, weightedYears);
	}

	@Test
	void experienceScorerWhenEnoughYearsThenFullScore() {
		Scored scored = new ExperienceScorer().score(new YearsRequirement(5, null, "5+ years"), summary(6.5));

		assertThat(scored.category().score()).isEqualTo(100);
		assertThat(scored.flags()).isEmpty();
	}

	@Test
	void experienceScorerWhenShortThenProportionalAndFlagged() {
		Scored scored = new ExperienceScorer().score(new YearsRequirement(8, null, "8+ years"), summary(4.0));

		assertThat(scored.category().score()).isEqualTo(50);
		assertThat(scored.flags()).extracting(Flag::code).containsExactly("experience_short");
		assertThat(scored.category().evidence()).anySatisfy((e) -> assertThat(e).contains("after merging overlaps"));
	}

	@Test
	void experienceScorerWhenJobStatesNoYearsThenDropped() {
		assertThat(new ExperienceScorer().score(null, summary(3)).category()).isNull();
	}

	private static Role role(String title) {
		return new Role(title, "X", YearMonth.of(2022, 1), null, List.of(), 0, 0);
	}

	@Test
	void seniorityScorerWhenSameLevelThenFull() {
		Scored scored = new SeniorityScorer().score("senior", List.of(role("Senior Software Engineer")), summary(4), TODAY);

		assertThat(scored.category().score()).isEqualTo(100);
	}

	@Test
	void seniorityScorerWhenUnderqualifiedThenLowAndFlagged() {
		ExperienceSummary junior = new ExperienceSummary(List.of(), List.of(), 12, 12, 1);
		Scored scored = new SeniorityScorer().score("lead", List.of(role("Junior Developer")), junior, TODAY);

		assertThat(scored.category().score()).isLessThanOrEqualTo(15);
		assertThat(scored.flags()).extracting(Flag::code).containsExactly("underqualified");
	}

	@Test
	void seniorityScorerWhenOverqualifiedThenPenalisedLessAndFlagged() {
		Scored scored = new SeniorityScorer().score("entry", List.of(role("Director of Engineering")), summary(18), TODAY);

		assertThat(scored.category().score()).isBetween(5, 40);
		assertThat(scored.flags()).extracting(Flag::code).containsExactly("overqualified");
		assertThat(scored.flags().get(0).message()).startsWith("This is an entry-level job; the resume reads as ");
		Scored under = new SeniorityScorer().score("executive", List.of(role("Software Engineer")),
				new ExperienceSummary(List.of(), List.of(), 40, 40, 3), TODAY);
		assertThat(scored.category().score()).isGreaterThan(under.category().score());
	}

	@Test
	void seniorityScorerWhenNoRolesThenDropped() {
		assertThat(new SeniorityScorer().score("mid", List.of(), summary(0), TODAY).category()).isNull();
	}

	@Test
	void locationScorerWhenOnsiteAbroadThenBlocker() {
		Scored scored = new LocationScorer().score(TestResumes.job().onsite("Berlin", "DE").build(),
				new CandidateLocation("Toronto", "CA"));

		assertThat(scored.category().score()).isZero();
		assertThat(scored.flags()).extracting(Flag::code, Flag::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("relocation_required", "blocker"));
	}

	@Test
	void locationScorerWhenRemoteRestrictedToCandidateCountryThenFine() {
		Scored scored = new LocationScorer().score(TestResumes.job().remote("GB").build(), new CandidateLocation("London", "GB"));

		assertThat(scored.category().score()).isEqualTo(100);
		assertThat(scored.flags()).isEmpty();
	}

	@Test
	void locationScorerWhenRemoteRestrictedElsewhereThenBlocker() {
		Scored scored = new LocationScorer().score(TestResumes.job().remote("US").build(), new CandidateLocation("London", "GB"));

		assertThat(scored.category().score()).isZero();
		assertThat(scored.flags()).extracting(Flag::code).containsExactly("location_not_eligible");
	}

	@Test
	void locationScorerWhenSameCountryOtherCityThenWarning() {
		Scored scored = new LocationScorer().score(TestResumes.job().hybrid("Manchester", "GB").build(),
				new CandidateLocation("London", "GB"));

		assertThat(scored.category().score()).isEqualTo(50);
		assertThat(scored.flags()).extracting(Flag::severity).containsExactly("warning");
	}

	@Test
	void locationScorerWhenCandidateUnknownThenDroppedUnlessRemoteAnywhere() {
		assertThat(new LocationScorer().score(TestResumes.job().onsite("Paris", "FR").build(), CandidateLocation.unknown())
			.category()).isNull();
		assertThat(new LocationScorer().score(TestResumes.job().remote().build(), CandidateLocation.unknown())
			.category().score()).isEqualTo(100);
	}

	@Test
	void credentialScorerWhenLicenceShownThenMet() {
		String nurse = """
				EXPERIENCE
				Staff Nurse, City Hospital — 2018 to present
				- Critical care.
				EDUCATION AND REGISTRATION
				BSc Adult Nursing, 2018
				NMC registration: active
				Advanced Life Support (ALS) certified
				""";
		JobPosting job = TestResumes.job().required("Holds current NMC registration", "Basic Life Support (BLS) certification",
				"Degree in Nursing").build();
		ParsedResume resume = new ResumeParser().parse(nurse);

		CredentialScorer.Result result = new CredentialScorer().score(requirements(job), resume, evidence(nurse));

		assertThat(result.scored().category().score()).isEqualTo(100);
		assertThat(result.matched()).extracting(MatchedSkill::skill).containsExactly("NMC registration", "BLS");
		assertThat(result.matched().get(1).evidence()).contains("Advanced Life Support");
	}

	@Test
	void credentialScorerWhenLicenceMissingThenBlocker() {
		JobPosting job = TestResumes.job().required("Holds an active state RN licence (NCLEX-RN)").build();

		CredentialScorer.Result result = new CredentialScorer().score(requirements(job),
				new ResumeParser().parse(TestResumes.ENGINEER), evidence(TestResumes.ENGINEER));

		assertThat(result.scored().category().score()).isZero();
		assertThat(result.missing()).containsExactly("NCLEX-RN");
		assertThat(result.scored().flags()).extracting(Flag::severity).containsExactly("blocker");
	}

	@Test
	void credentialScorerWhenJobStatesNoneThenDropped() {
		assertThat(new CredentialScorer().score(requirements(TestResumes.job().build()),
				new ResumeParser().parse(TestResumes.ENGINEER), evidence(TestResumes.ENGINEER)).scored().category()).isNull();
	}

}
