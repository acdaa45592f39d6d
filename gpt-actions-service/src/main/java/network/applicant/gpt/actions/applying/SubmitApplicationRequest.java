package network.applicant.gpt.actions.applying;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import network.applicant.gpt.config.problem.ApiException;

/**
 * The body of {@code submitApplication}, read from JSON by hand so that every mistake is
 * reported with the JSON name of the member ({@code answers[1].question_id}), including
 * wrong types that a data binder would only report as unreadable.
 *
 * @param jobId the job to apply to
 * @param answers answers to the job's pre-screen questions, as sent
 * @param coverNote an optional note to the employer, {@code null} when absent or blank
 * @param confirmed whether this is the confirming second call
 * @param confirmationToken the token from the first call, {@code null} when absent
 */
record SubmitApplicationRequest(long jobId, List<Answer> answers, @Nullable String coverNote, boolean confirmed,
		@Nullable String confirmationToken) {

	static final int MAX_COVER_NOTE = 2000;

	static final int MAX_ANSWERS = 100;

	SubmitApplicationRequest {
		answers = List.copyOf(answers);
	}

	/**
	 * One answer as sent.
	 * @param questionId the question
	 * @param answer the answer text
	 */
	record Answer(long questionId, String answer) {
	}

	/**
	 * @param body the parsed body
	 * @return the request
	 * @throws ApiException 400 {@code invalid_request} listing every invalid member
	 */
	static SubmitApplicationRequest from(JsonNode body) {
		List<Map<String, String>> errors = new ArrayList<>();
		if (!body.isObject()) {
			throw invalid(List.of(error("body", "must be a JSON object")));
		}
		Long jobId = positiveLong(body.get("job_id"), "job_id", errors, true);
		List<Answer> answers = answers(body.get("answers"), errors);
		String coverNote = null;
		JsonNode note = body.get("cover_note");
		if (note != null && !note.isNull()) {
			if (!note.isString()) {
				errors.add(error("cover_note", "must be a string or null"));
			}
			else if (note.stringValue().length() > MAX_COVER_NOTE) {
				errors.add(error("cover_note", "must be at most " + MAX_COVER_NOTE + " characters"));
			}
			else if (!note.stringValue().isBlank()) {
				coverNote = note.stringValue().strip();
			}
		}
		boolean confirmed = false;
		JsonNode flag = body.get("confirmed");
		if (flag != null && !flag.isNull()) {
			if (flag.isBoolean()) {
				confirmed = flag.booleanValue();
			}
			else {
				errors.add(error("confirmed", "must be true or false"));
			}
		}
		String token = null;
		JsonNode tokenNode = body.get("confirmation_token");
		if (tokenNode != null && !tokenNode.isNull()) {
			if (!tokenNode.isString()) {
				errors.add(error("confirmation_token", "must be a string or null"));
			}
			else if (!tokenNode.stringValue().isBlank()) {
				token = tokenNode.stringValue().strip();
			}
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return new SubmitApplicationRequest(jobId, answers, coverNote, confirmed, token);
	}

	private static List<Answer> answers(@Nullable JsonNode node, List<Map<String, String>> errors) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			errors.add(error("answers", "must be a list of {question_id, answer}"));
			return List.of();
		}
		if (node.size() > MAX_ANSWERS) {
			errors.add(error("answers", "must have at most " + MAX_ANSWERS + " entries"));
			return List.of();
		}
		List<Answer> answers = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < node.size(); i++) {
			String field = "answers[" + i + "]";
			JsonNode item = node.get(i);
			if (!item.isObject()) {
				errors.add(error(field, "must be an object {question_id, answer}"));
				continue;
			}
			Long questionId = positiveLong(item.get("question_id"), field + ".question_id", errors, true);
			String answer = null;
			JsonNode value = item.get("answer");
			if (value == null || value.isNull()) {
				errors.add(error(field + ".answer", "is required"));
			}
			else if (value.isString() || value.isNumber() || value.isBoolean()) {
				// a model sometimes sends 5 or true for a number or yes/no question; the rules read text
				answer = value.isBoolean() ? (value.booleanValue() ? "yes" : "no") : value.asString();
			}
			else {
				errors.add(error(field + ".answer", "must be a string"));
			}
			if (questionId != null && !seen.add(questionId)) {
				errors.add(error(field + ".question_id", "answers question " + questionId + " a second time"));
			}
			else if (questionId != null && answer != null) {
				answers.add(new Answer(questionId, answer));
			}
		}
		return answers;
	}

	private static @Nullable Long positiveLong(@Nullable JsonNode node, String field, List<Map<String, String>> errors,
			boolean required) {
		if (node == null || node.isNull()) {
			if (required) {
				errors.add(error(field, "is required"));
			}
			return null;
		}
		if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() > 0) {
			return node.longValue();
		}
		if (node.isString() && node.stringValue().strip().matches("[1-9][0-9]{0,17}")) {
			return Long.parseLong(node.stringValue().strip());
		}
		errors.add(error(field, "must be a positive integer"));
		return null;
	}

	static Map<String, String> error(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	static ApiException invalid(List<Map<String, String>> errors) {
		String fields = String.join(", ", errors.stream().map((e) -> e.get("field")).distinct().toList());
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "Invalid request",
				"Invalid " + fields + ": " + errors.get(0).get("message") + ((errors.size() > 1) ? " (and more, see errors)." : "."),
				Map.of("errors", errors), HttpHeaders.EMPTY);
	}

}
