package network.applicant.gpt.actions.jobs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobSummaryTests {

	@Test
	void createWhenARoleParagraphNamesTheTitleThenItIsChosen() {
		String text = "Northwind Labs builds developer tools.\n\nAs a Senior Software Engineer you will own services."
				+ "\n\nWhat you'll do:\n- Build";

		assertThat(JobSummary.create("Senior Software Engineer", text)).isEqualTo("As a Senior Software Engineer you will own services.");
	}

	@Test
	void createWhenNoParagraphNamesTheTitleThenTheFirst() {
		assertThat(JobSummary.create("Nurse", "We care.\n\nJoin us.")).isEqualTo("We care.");
	}

	@Test
	void createWhenLongThenAtMost300CharactersCutAtASentenceOrWord() {
		String sentence = "This sentence is exactly long enough to matter here. ";
		String summary = JobSummary.create("Engineer", "Engineer role. " + sentence.repeat(10));

		assertThat(summary).hasSizeLessThanOrEqualTo(300).endsWith(".");
		String words = JobSummary.create("Engineer", "Engineer " + "word ".repeat(100));
		assertThat(words).hasSizeLessThanOrEqualTo(300).endsWith("word…");
	}

}
