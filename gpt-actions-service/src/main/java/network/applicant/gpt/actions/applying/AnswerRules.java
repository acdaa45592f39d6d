package network.applicant.gpt.actions.applying;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import network.applicant.gpt.config.problem.ApiException;

/**
 * Checks answers against a job's pre-screen questions and brings them into one canonical
 * form, so that the summary shows exactly what will be stored and the answers hash does
 * not change with spelling ({@code "Yes"} and {@code "yes"} are the same answer).
 *
 * <p>Rules: every required question has an answer; every answer belongs to a question of
 * the job; {@code yes_no} takes yes/no (also y/n, true/false), stored as {@code yes} or
 * {@code no}; {@code number} takes a decimal number written with digits and an optional point (no
 * thousands separators, which are ambiguous), stored without trailing zeros;
 * {@code single_choice} takes one of the choices, compared ignoring case and surrounding
 * space, stored as the choice is written; {@code text} takes at most
 * {@value #MAX_TEXT} characters. A blank answer to an optional question counts as no
 * answer. Stateless and thread-safe.
 */
final class AnswerRules {

	static final int MAX_TEXT = 2000;

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");

	private AnswerRules() {
	}

	/**
	 * An answer as it will be stored and shown.
	 * @param questionId the question
	 * @param question the question text
	 * @param answer the canonical answer
	 */
	record AcceptedAnswer(long questionId, String question, String answer) {
	}

	/**
	 * @param questions the job's questions
	 * @param answers the answers as sent
	 * @return the accepted answers in question order
	 * @throws ApiException 400 {@code invalid_answers} with an {@code errors} entry per problem
	 */
	static List<AcceptedAnswer> check(List<PrescreenQuestion> questions, List<SubmitApplicationRequest.Answer> answers) {
		Map<Long, PrescreenQuestion> byId = questions.stream()
			.collect(Collectors.toMap(PrescreenQuestion::id, Function.identity()));
		Map<Long, Integer> indexOf = new LinkedHashMap<>();
		for (int i = 0; i < answers.size(); i++) {
			indexOf.put(answers.get(i).questionId(), i);
		}
		List<Map<String, Object>> errors = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			long id = answers.get(i).questionId();
			if (!byId.containsKey(id)) {
				errors.add(error(id, "answers[" + i + "].question_id", "is not a pre-screen question of this job"));
			}
		}
		List<AcceptedAnswer> accepted = new ArrayList<>();
		for (PrescreenQuestion question : questions.stream().sorted(Comparator.comparingInt(PrescreenQuestion::position)).toList()) {
			Integer index = indexOf.get(question.id());
			String raw = (index != null) ? answers.get(index).answer().strip() : "";
			String field = (index != null) ? "answers[" + index + "].answer" : "answers";
			if (raw.isEmpty()) {
				if (question.required()) {
					errors.add(error(question.id(), field, "question " + question.id() + " (\"" + question.question()
							+ "\") is required; answer with " + question.expectation()));
				}
				continue;
			}
			String canonical = canonical(question, raw);
			if (canonical == null) {
				errors.add(error(question.id(), field, "question " + question.id() + " (\"" + question.question()
						+ "\") must be answered with " + question.expectation()));
			}
			else {
				accepted.add(new AcceptedAnswer(question.id(), question.question(), canonical));
			}
		}
		if (!errors.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_answers", "Invalid answers",
					"Some pre-screen answers are missing or invalid: " + errors.get(0).get("message")
							+ ((errors.size() > 1) ? " (and more, see errors)." : ".")
							+ " Ask the candidate, then call submitApplication again.",
					Map.of("errors", errors), HttpHeaders.EMPTY);
		}
		return accepted;
	}

	/**
	 * @param question the question
	 * @param answer the stripped, non-empty answer
	 * @return the canonical answer, or {@code null} when it is not valid for the question
	 */
	static @Nullable String canonical(PrescreenQuestion question, String answer) {
		return switch (question.answerType()) {
			case "yes_no" -> switch (answer.toLowerCase(Locale.ROOT)) {
				case "yes", "y", "true" -> "yes";
				case "no", "n", "false" -> "no";
				default -> null;
			};
			case "number" -> {
				yield NUMBER.matcher(answer).matches() ? new BigDecimal(answer).stripTrailingZeros().toPlainString() : null;
			}
			case "single_choice" -> (question.choices() == null) ? null
					: question.choices().stream().filter((choice) -> choice.strip().equalsIgnoreCase(answer)).findFirst().orElse(null);
			default -> (answer.length() <= MAX_TEXT) ? answer : null;
		};
	}

	private static Map<String, Object> error(long questionId, String field, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("question_id", questionId);
		error.put("message", message);
		return error;
	}

}
