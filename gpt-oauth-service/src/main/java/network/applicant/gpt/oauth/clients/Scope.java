package network.applicant.gpt.oauth.clients;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The OAuth scopes the platform knows (DESIGN.md section 4), in canonical order.
 *
 * <p>The database knows the same list (domain {@code scope_list}); adding a scope takes
 * a migration as well as a constant here.
 */
public enum Scope {

	/** Search jobs and read their details. */
	JOBS_READ("jobs:read"),
	/** Read the candidate's applications and their status. */
	APPLICATIONS_READ("applications:read"),
	/** Submit applications on the candidate's behalf, after confirmation. */
	APPLICATIONS_WRITE("applications:write"),
	/** Read the candidate's stored resume for analysis. */
	RESUME_READ("resume:read");

	private final String value;

	Scope(String value) {
		this.value = value;
	}

	/** @return the scope as it appears on the wire, e.g. {@code jobs:read} */
	public String value() {
		return this.value;
	}

	/**
	 * @param value a scope as it appears on the wire
	 * @return the scope, or empty when it is not one we know
	 */
	public static Optional<Scope> of(String value) {
		return Arrays.stream(values()).filter((scope) -> scope.value.equals(value)).findFirst();
	}

	/**
	 * @param values known scope values, in any order, possibly repeated
	 * @return the same scopes without repeats, in canonical order
	 * @throws IllegalArgumentException if a value is not a known scope
	 */
	public static List<String> canonical(Collection<String> values) {
		for (String value : values) {
			if (of(value).isEmpty()) {
				throw new IllegalArgumentException("unknown scope '" + value + "'");
			}
		}
		return Arrays.stream(values()).map(Scope::value).filter(values::contains).toList();
	}

	/** @return every known scope value, space-separated, for messages */
	static String known() {
		return String.join(" ", Arrays.stream(values()).map(Scope::value).toList());
	}

}
