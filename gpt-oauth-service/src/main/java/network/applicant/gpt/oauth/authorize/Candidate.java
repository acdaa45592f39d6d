package network.applicant.gpt.oauth.authorize;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.config.internal.InternalServiceProperties;

/**
 * The signed-in candidate, as the gateway vouches for them: the Clerk user id in
 * {@code x-clerk-user-id}, and email and name when the session token had them.
 *
 * <p>The headers are believed only together with the internal service key (compared in
 * constant time); without it, or without an id, there is no candidate.
 *
 * @param id the candidate id (Clerk user id)
 * @param email the email, if the gateway sent one
 * @param name the name, if the gateway sent one
 */
// public: the connected-apps pages identify the candidate the same way
public record Candidate(String id, @Nullable String email, @Nullable String name) {

	static final String ID_HEADER = "x-clerk-user-id";

	static final String EMAIL_HEADER = "x-clerk-user-email";

	static final String NAME_HEADER = "x-clerk-user-name";

	/**
	 * @param request the request
	 * @param internal the internal service key settings
	 * @return the candidate, when the gateway vouched for one
	 */
	public static Optional<Candidate> from(HttpServletRequest request, InternalServiceProperties internal) {
		if (!internal.isServiceKey(request.getHeader(internal.serviceKeyHeader()))) {
			return Optional.empty();
		}
		String id = request.getHeader(ID_HEADER);
		if (id == null || id.isBlank() || id.length() > 255) {
			return Optional.empty();
		}
		return Optional.of(new Candidate(id, blankToNull(request.getHeader(EMAIL_HEADER)),
				blankToNull(request.getHeader(NAME_HEADER))));
	}

	/** @return how the page names the candidate: name and email, whichever are known, else the id */
	public String displayName() {
		if (this.name != null && this.email != null) {
			return this.name + " (" + this.email + ")";
		}
		if (this.name != null) {
			return this.name;
		}
		return (this.email != null) ? this.email : this.id;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
