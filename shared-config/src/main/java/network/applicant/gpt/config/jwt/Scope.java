package network.applicant.gpt.config.jwt;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OAuth scopes a client can ask for, with the plain words the consent page uses.
 * The values are part of the public contract (DESIGN §4) and never change.
 */
public enum Scope {

	/** Search jobs and read job details. */
	JOBS_READ("jobs:read", "Search jobs and read their details"),

	/** Read the candidate's applications and their status. */
	APPLICATIONS_READ("applications:read", "See the jobs you applied to and the status of each application"),

	/** Submit applications, each only after the candidate confirmed it. */
	APPLICATIONS_WRITE("applications:write", "Submit job applications for you, each only after you confirm it"),

	/** Read the candidate's stored resume for analysis. */
	RESUME_READ("resume:read", "Read your stored resume to check how well it fits a job");

	private final String value;

	private final String description;

	Scope(String value, String description) {
		this.value = value;
		this.description = description;
	}

	/** @return the scope as it appears in requests and tokens, e.g. {@code jobs:read} */
	public String value() {
		return this.value;
	}

	/** @return what the scope lets a client do, in plain words */
	public String description() {
		return this.description;
	}

	/**
	 * @param value a scope string
	 * @return the scope, or empty when unknown
	 */
	public static Optional<Scope> of(String value) {
		return Arrays.stream(values()).filter((scope) -> scope.value.equals(value)).findFirst();
	}

	/** @return every scope value, in declaration order */
	public static Set<String> allValues() {
		return Arrays.stream(values()).map(Scope::value).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
