package network.applicant.gpt.config.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The claims of a token whose signature, issuer, audience and times were verified.
 * Immutable, so it can be cached and shared between threads.
 *
 * @param subject the {@code sub} claim
 * @param issuer the {@code iss} claim
 * @param audiences the {@code aud} claim, empty when absent
 * @param expiresAt the {@code exp} claim
 * @param issuedAt the {@code iat} claim, if present
 * @param jwtId the {@code jti} claim, if present
 * @param keyId the {@code kid} header, if present
 * @param claims every claim, as parsed from JSON (strings, numbers, booleans, lists, maps)
 */
public record VerifiedJwt(String subject, String issuer, List<String> audiences, Instant expiresAt,
		@Nullable Instant issuedAt, @Nullable String jwtId, @Nullable String keyId, Map<String, Object> claims) {

	public VerifiedJwt {
		audiences = List.copyOf(audiences);
		claims = Map.copyOf(claims);
	}

	/**
	 * @param name a claim name
	 * @return the claim when it is a string, otherwise {@code null}
	 */
	public @Nullable String stringClaim(String name) {
		return (this.claims.get(name) instanceof String value) ? value : null;
	}

}
