package network.applicant.gpt.actions.resume.analysis;

/**
 * Something the candidate must know beyond the score: a must-have gap, a location problem,
 * a mismatch of level, skills listed without evidence.
 *
 * @param code a stable snake_case code
 * @param severity {@code blocker} (a must-have is not met), {@code warning} or {@code info}
 * @param message what it means, in plain words
 */
public record Flag(String code, String severity, String message) {

	static Flag blocker(String code, String message) {
		return new Flag(code, "blocker", message);
	}

	static Flag warning(String code, String message) {
		return new Flag(code, "warning", message);
	}

	static Flag info(String code, String message) {
		return new Flag(code, "info", message);
	}

}
