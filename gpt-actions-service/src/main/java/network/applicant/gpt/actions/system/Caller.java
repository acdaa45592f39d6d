package network.applicant.gpt.actions.system;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.config.jwt.Scope;

/**
 * Who is calling an action: the candidate the call is made for, the OAuth client that
 * makes it (when it came with an access token) and what it may do.
 *
 * <p>Handlers receive it as a method parameter; it is resolved from the verified bearer
 * token, or from the gateway's trusted headers for platform-internal callers, never from
 * anything else a client sends (in particular never from {@code openai-*} headers).
 *
 * @param candidateId the candidate's id (Clerk user id)
 * @param clientId the OAuth client, or {@code null} for a platform-internal call
 * @param scopes the granted scopes
 * @param requestId the request id, for audit events
 */
public record Caller(String candidateId, @Nullable String clientId, Set<String> scopes, String requestId) {

	public Caller {
		scopes = Set.copyOf(scopes);
	}

	/**
	 * @param scope a scope
	 * @return whether the caller was granted it
	 */
	public boolean hasScope(Scope scope) {
		return this.scopes.contains(scope.value());
	}

}
