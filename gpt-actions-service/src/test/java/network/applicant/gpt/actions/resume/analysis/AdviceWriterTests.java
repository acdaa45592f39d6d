package network.applicant.gpt.actions.resume.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdviceWriterTests {

	private static final ExperienceSummary NONE = new ExperienceSummary(List.of(), List.of(), 0, 0, 0);

	@Test
	void writeWhenManyProblemsThenAtMostThreeHardestFirst() {
		List<Flag> flags = List.of(Flag.blocker("relocation_required", "This onsite job is in Berlin, DE."),
				Flag.warning("experience_short", "The job asks for 5+ years."));
		List<MatchedSkill> matched = List.of(new MatchedSkill("Kafka", "Kafka", "required", "skills_list_only", "skills",
				"Kafka", null));

		List<String> advice = new AdviceWriter().write(flags, matched, List.of("Salesforce"), List.of("CPA"), NONE, true);

		assertThat(advice).hasSize(3);
		assertThat(advice.get(0)).contains("Berlin");
		assertThat(advice.get(1)).contains("CPA");
		assertThat(advice.get(2)).contains("Salesforce");
	}

	@Test
	void writeWhenListedOnlyThenAsksToShowUseNeverToInvent() {
		List<MatchedSkill> matched = List.of(new MatchedSkill("Kafka", "Kafka", "required", "skills_list_only", "skills",
				"Kafka", null));

		List<String> advice = new AdviceWriter().write(List.of(), matched, List.of(), List.of(), NONE, true);

		assertThat(advice).singleElement().satisfies((a) -> assertThat(a).contains("Kafka appears only in your skills list"));
	}

	@Test
	void writeWhenNothingToFixThenHighlightsStrengths() {
		List<MatchedSkill> matched = List.of(new MatchedSkill("Java", "Java", "required", "experience", "experience",
				"Java services", "Engineer"));

		assertThat(new AdviceWriter().write(List.of(), matched, List.of(), List.of(), NONE, true))
			.singleElement()
			.satisfies((a) -> assertThat(a).contains("Java"));
	}

}
