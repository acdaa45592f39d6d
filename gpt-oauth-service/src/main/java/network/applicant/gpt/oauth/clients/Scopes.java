package network.applicant.gpt.oauth.clients;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import network.applicant.gpt.config.jwt.Scope;

/**
 * Scope lists as this server stores and sends them: known scopes only, without repeats,
 * in the canonical order of shared-config's {@link Scope} enum.
 *
 * <p>Not a scope registry: the scopes themselves and their plain-word descriptions are
 * {@link Scope}'s. The database knows the same list (domain {@code scope_list}); adding
 * a scope takes a migration as well as a constant there.
 *
 * <pre>{@code
 * Scopes.canonical(List.of("resume:read", "jobs:read")); // [jobs:read, resume:read]
 * Scopes.parse("jobs:read  resume:read");                // Optional[[jobs:read, resume:read]]
 * }</pre>
 */
public final class Scopes {

	private Scopes() {
	}

	/**
	 * @param values known scope values, in any order, possibly repeated
	 * @return the same scopes without repeats, in canonical order
	 * @throws IllegalArgumentException if a value is not a known scope
	 */
	public static List<String> canonical(Collection<String> values) {
		for (String value : values) {
			if (value == null || Scope.of(value).isEmpty()) {
				throw new IllegalArgumentException("unknown scope '" + value + "'");
			}
		}
		return Arrays.stream(Scope.values()).map(Scope::value).filter(values::contains).toList();
	}

	/**
	 * Parses a {@code scope} parameter (RFC 6749 3.3: space-delimited).
	 * @param parameter the parameter value
	 * @return the scopes in canonical order (empty for a blank parameter), or empty when a
	 * scope is unknown
	 */
	public static Optional<List<String>> parse(String parameter) {
		List<String> values = Arrays.stream(parameter.split(" ")).filter((each) -> !each.isEmpty()).toList();
		if (values.stream().anyMatch((value) -> Scope.of(value).isEmpty())) {
			return Optional.empty();
		}
		return Optional.of(canonical(values));
	}

	/**
	 * @param scopes known scope values
	 * @return the scopes with their plain-word descriptions, in canonical order
	 */
	public static List<Scope> described(Collection<String> scopes) {
		return Arrays.stream(Scope.values()).filter((scope) -> scopes.contains(scope.value())).toList();
	}

	/** @return every known scope value, space-separated, for messages */
	public static String known() {
		return String.join(" ", Scope.allValues());
	}

}
