package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.actions.resume.analysis.ExperienceSummary.Period;

import static org.assertj.core.api.Assertions.assertThat;

class ExperienceCalculatorTests {

	private final ExperienceCalculator calculator = new ExperienceCalculator(SkillDictionary.loadDefault());

	private static Period period(String start, String end) {
		YearMonth from = YearMonth.parse(start);
		YearMonth to = YearMonth.parse(end);
		return new Period(from, to, ExperienceCalculator.months(from, to));
	}

	@Test
	void mergeWhenOverlappingThenCountedOnce() {
		List<Period> merged = ExperienceCalculator.merge(List.of(period("2018-01", "2020-12"), period("2019-06", "2021-06"),
				period("2015-01", "2015-12")));

		assertThat(merged).containsExactly(period("2015-01", "2015-12"), period("2018-01", "2021-06"));
		assertThat(merged.get(1).months()).isEqualTo(42);
	}

	@Test
	void mergeWhenAdjacentThenJoined() {
		assertThat(ExperienceCalculator.merge(List.of(period("2019-03", "2020-01"), period("2015-06", "2019-02"))))
			.containsExactly(period("2015-06", "2020-01"));
	}

	@Test
	void mergeWhenContainedThenOuterKept() {
		assertThat(ExperienceCalculator.merge(List.of(period("2010-01", "2020-12"), period("2012-01", "2013-01"))))
			.containsExactly(period("2010-01", "2020-12"));
	}

	@Test
	void computeWhenParallelRolesThenOverlapCountedOnceAndIrrelevantExcluded() {
		List<Role> roles = List.of(
				new Role("Software Engineer", "A", YearMonth.of(2020, 1), null, List.of("Java services"), 0, 1),
				new Role("Freelance Developer", "B", YearMonth.of(2021, 1), YearMonth.of(2021, 12), List.of("Websites"), 2, 3),
				new Role("Barista", "C", YearMonth.of(2014, 1), YearMonth.of(2015, 12), List.of("Coffee"), 4, 5));
		JobRequirements requirements = new RequirementExtractor(SkillDictionary.loadDefault())
			.extract(TestResumes.job().title("Backend Engineer").required("3+ years of experience in software engineering").build());

		ExperienceSummary summary = this.calculator.compute(roles, requirements, YearMonth.of(2024, 12));

		assertThat(summary.relevantMonths()).isEqualTo(60);
		assertThat(summary.totalMonths()).isEqualTo(84);
		assertThat(summary.roles()).filteredOn(ExperienceSummary.RoleSpan::relevant)
			.extracting(ExperienceSummary.RoleSpan::title)
			.containsExactly("Software Engineer", "Freelance Developer");
	}

	@Test
	void computeWhenOldExperienceThenHalfWeight() {
		List<Role> roles = List.of(new Role("Accountant", "A", YearMonth.of(2000, 1), YearMonth.of(2009, 12), List.of(), 0, 0));
		JobRequirements requirements = new RequirementExtractor(SkillDictionary.loadDefault())
			.extract(TestResumes.job().title("Staff Accountant").build());

		ExperienceSummary summary = this.calculator.compute(roles, requirements, YearMonth.of(2024, 12));

		assertThat(summary.relevantYears()).isEqualTo(10.0);
		assertThat(summary.weightedRelevantYears()).isEqualTo(5.0);
	}

	@Test
	void computeWhenOnlyAGeneralTitleWordIsSharedThenNotRelevant() {
		List<Role> roles = List.of(
				new Role("Senior Software Development Engineer", "A", YearMonth.of(2019, 3), null, List.of("Java services"), 0, 1),
				new Role("Business Analyst", "B", YearMonth.of(2015, 1), YearMonth.of(2019, 2), List.of("Reports"), 2, 3));
		JobRequirements requirements = new RequirementExtractor(SkillDictionary.loadDefault())
			.extract(TestResumes.job().title("Junior Sales Development Representative")
				.required("0-2 years of experience in B2B sales")
				.build());

		ExperienceSummary summary = this.calculator.compute(roles, requirements, YearMonth.of(2024, 12));

		assertThat(summary.relevantMonths()).isZero();
		assertThat(summary.roles()).noneMatch(ExperienceSummary.RoleSpan::relevant);
	}

}
