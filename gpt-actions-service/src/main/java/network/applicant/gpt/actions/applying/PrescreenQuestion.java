package network.applicant.gpt.actions.applying;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A pre-screen question of a job.
 *
 * @param id the question id the answers refer to
 * @param position its place in the job's list
 * @param question the text shown to the candidate
 * @param answerType {@code yes_no}, {@code text}, {@code number} or {@code single_choice}
 * @param choices the options of a {@code single_choice} question, otherwise {@code null}
 * @param required whether an application needs an answer
 */
record PrescreenQuestion(long id, int position, String question, String answerType, @Nullable List<String> choices,
		boolean required) {

	PrescreenQuestion {
		choices = (choices != null) ? List.copyOf(choices) : null;
	}

	/** @return what a valid answer looks like, in words a model can relay */
	String expectation() {
		return switch (this.answerType) {
			case "yes_no" -> "yes or no";
			case "number" -> "a number";
			case "single_choice" -> "one of: " + String.join(" | ", (this.choices != null) ? this.choices : List.of());
			default -> "text of at most " + AnswerRules.MAX_TEXT + " characters";
		};
	}

}
