package network.applicant.gpt.config.jwt;

import java.time.Instant;
import java.util.Set;

/**
 * A verified Applicant.Network access token: who it is for, which client holds it and
 * what it allows.
 *
 * @param candidateId the {@code sub} claim: the candidate's id
 * @param clientId the {@code client_id} claim
 * @param scopes the {@code scope} claim, split on spaces
 * @param expiresAt the {@code exp} claim
 * @param tokenId the {@code jti} claim
 */
public record AccessToken(String candidateId, String clientId, Set<String> scopes, Instant expiresAt,
		String tokenId) {

	public AccessToken {
		scopes = Set.copyOf(scopes);
	}

	/**
	 * @param scope a scope
	 * @return whether the token grants it
	 */
	public boolean hasScope(Scope scope) {
		return this.scopes.contains(scope.value());
	}

}
