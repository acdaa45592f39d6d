package network.applicant.gpt.actions.applying;

import java.util.List;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.actions.applying.SubmitApplicationRequest.Answer;
import network.applicant.gpt.config.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnswerRulesTests {

	private static final PrescreenQuestion YES_NO = new PrescreenQuestion(1, 0, "Work permit?", "yes_no", null, true);

	private static final PrescreenQuestion NUMBER = new PrescreenQuestion(2, 1, "Years?", "number", null, true);

	private static final PrescreenQuestion CHOICE = new PrescreenQuestion(3, 2, "Start?", "single_choice",
			List.of("Now", "Later"), true);

	private static final PrescreenQuestion TEXT = new PrescreenQuestion(4, 3, "Notes?", "text", null, false);

	@Test
	void canonicalWhenYesNoSpelledDifferentlyThenYesOrNo() {
		assertThat(List.of("Yes", "y", "TRUE", " yes").stream().map((a) -> AnswerRules.canonical(YES_NO, a.strip())))
			.containsOnly("yes");
		assertThat(AnswerRules.canonical(YES_NO, "No")).isEqualTo("no");
		assertThat(AnswerRules.canonical(YES_NO, "maybe")).isNull();
	}

	@Test
	void canonicalWhenNumberThenPlainWithoutTrailingZeros() {
		assertThat(AnswerRules.canonical(NUMBER, "7.50")).isEqualTo("7.5");
		assertThat(AnswerRules.canonical(NUMBER, "10")).isEqualTo("10");
		assertThat(AnswerRules.canonical(NUMBER, "-2")).isEqualTo("-2");
		assertThat(AnswerRules.canonical(NUMBER, "1,5")).isNull();
		assertThat(AnswerRules.canonical(NUMBER, "seven")).isNull();
		assertThat(AnswerRules.canonical(NUMBER, "1e9")).isNull();
	}

	@Test
	void canonicalWhenChoiceMatchesIgnoringCaseThenTheChoiceAsWritten() {
		assertThat(AnswerRules.canonical(CHOICE, "later")).isEqualTo("Later");
		assertThat(AnswerRules.canonical(CHOICE, "Never")).isNull();
	}

	@Test
	void canonicalWhenTextTooLongThenRefused() {
		assertThat(AnswerRules.canonical(TEXT, "x".repeat(AnswerRules.MAX_TEXT))).hasSize(AnswerRules.MAX_TEXT);
		assertThat(AnswerRules.canonical(TEXT, "x".repeat(AnswerRules.MAX_TEXT + 1))).isNull();
	}

	@Test
	void checkWhenValidThenAnswersInQuestionOrderAndBlankOptionalLeftOut() {
		List<AnswerRules.AcceptedAnswer> accepted = AnswerRules.check(List.of(TEXT, CHOICE, NUMBER, YES_NO),
				List.of(new Answer(3, "now"), new Answer(1, "YES"), new Answer(2, "3"), new Answer(4, "  ")));

		assertThat(accepted).extracting(AnswerRules.AcceptedAnswer::answer).containsExactly("yes", "3", "Now");
	}

	@Test
	void checkWhenRequiredMissingAndUnknownQuestionThenEveryProblemListed() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> AnswerRules.check(List.of(YES_NO, NUMBER), List.of(new Answer(1, "yes"), new Answer(9, "x"))))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo("invalid_answers");
				assertThat(ex.getStatusCode().value()).isEqualTo(400);
				assertThat((List<?>) ex.getBody().getProperties().get("errors")).hasSize(2);
				assertThat(ex.getBody().getProperties().get("errors").toString()).contains("question 2").contains("a number")
					.contains("not a pre-screen question");
			});
	}

}
