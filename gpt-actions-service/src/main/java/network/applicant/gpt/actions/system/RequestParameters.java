package network.applicant.gpt.actions.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import network.applicant.gpt.config.problem.ApiException;

/**
 * Validates query parameters of actions, answering a bad value with a 400 problem
 * ({@code invalid_request}) whose detail names the parameter and what is allowed, and an
 * {@code errors} list of {@code {field, message}}.
 *
 * <pre>{@code
 * Integer limit = RequestParameters.integer(rawLimit, "limit", 1, 50);
 * String level = RequestParameters.oneOf(rawLevel, "job_level", List.of("entry", "mid"));
 * }</pre>
 */
public final class RequestParameters {

	private RequestParameters() {
	}

	/**
	 * @param field the parameter name as the client sends it
	 * @param message what is wrong, starting with a verb ("must be ...")
	 * @return the exception to throw
	 */
	public static ApiException invalid(String field, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "Invalid request",
				"Invalid " + field + ": " + message + ".",
				Map.of("errors", List.of(Map.of("field", field, "message", message))), HttpHeaders.EMPTY);
	}

	/**
	 * @return the trimmed text, or null when absent or blank
	 */
	public static @Nullable String text(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw invalid(field, "must be at most " + maxLength + " characters");
		}
		if (trimmed.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\t')) {
			throw invalid(field, "must not contain control characters");
		}
		return trimmed;
	}

	/**
	 * @return the whole number, or null when absent or blank
	 */
	public static @Nullable Long integer(@Nullable String value, String field, long min, long max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		long parsed;
		try {
			parsed = Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw invalid(field, "must be a whole number between " + min + " and " + max);
		}
		if (parsed < min || parsed > max) {
			throw invalid(field, "must be between " + min + " and " + max);
		}
		return parsed;
	}

	/**
	 * @return the allowed value (compared ignoring case), or null when absent or blank
	 */
	public static @Nullable String oneOf(@Nullable String value, String field, List<String> allowed) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String lower = value.strip().toLowerCase(Locale.ROOT);
		if (!allowed.contains(lower)) {
			throw invalid(field, "must be one of " + String.join(", ", allowed));
		}
		return lower;
	}

}
