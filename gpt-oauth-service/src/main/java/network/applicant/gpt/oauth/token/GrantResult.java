package network.applicant.gpt.oauth.token;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of a grant: tokens, or an RFC 6749 5.2 error.
 */
sealed interface GrantResult {

	/**
	 * Tokens issued.
	 * @param accessToken the access token
	 * @param expiresIn its lifetime in seconds
	 * @param refreshToken the refresh token
	 * @param scope the access token's scopes, space-separated
	 */
	record Issued(String accessToken, long expiresIn, String refreshToken, String scope) implements GrantResult {

		Map<String, Object> body() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("access_token", this.accessToken);
			body.put("token_type", "Bearer");
			body.put("expires_in", this.expiresIn);
			body.put("refresh_token", this.refreshToken);
			body.put("scope", this.scope);
			return body;
		}

		@Override
		public String toString() {
			return "Issued[expiresIn=" + this.expiresIn + ", scope=" + this.scope + "]";
		}

	}

	/**
	 * The grant was refused.
	 * @param error the RFC 6749 error code
	 * @param description a description safe to show the client
	 */
	record Refused(String error, String description) implements GrantResult {

		static Refused invalidGrant() {
			return new Refused("invalid_grant", "The grant is invalid, expired or revoked.");
		}

	}

}
