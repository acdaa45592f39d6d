package network.applicant.gpt.gateway.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.jose4j.keys.resolvers.VerificationKeyResolver;

import network.applicant.gpt.config.jwt.InvalidTokenException;
import network.applicant.gpt.config.jwt.JwksKeys;
import network.applicant.gpt.config.jwt.JwtVerifier;
import network.applicant.gpt.config.jwt.VerifiedJwt;

/**
 * Verifies a Clerk session token: RS256 signature with Clerk's key, issuer, {@code exp} and
 * {@code nbf} with a small leeway, and {@code azp} against the authorized parties.
 *
 * <p>Not a sign-in: it says whose session the token belongs to, nothing about what that
 * candidate may do. {@link #verify} may block while the key set is fetched (only on a cache
 * miss or an unknown key id), so reactive callers run it off the event loop. Thread-safe.
 *
 * <pre>{@code
 * ClerkSession session = verifier.verify(cookieValue);   // throws InvalidTokenException
 * }</pre>
 */
final class ClerkSessionVerifier {

	/** Clerk signs session tokens with RS256 only. */
	static final String ALGORITHM = "RS256";

	private static final int MAX_TOKEN_LENGTH = 8192;

	private static final int CACHE_SIZE = 10_000;

	private final JwtVerifier verifier;

	private final List<String> authorizedParties;

	ClerkSessionVerifier(ClerkProperties properties, VerificationKeyResolver keys, Clock clock) {
		this.verifier = new JwtVerifier(new JwtVerifier.Settings(properties.issuer(), Set.of(), Set.of(ALGORITHM),
				properties.clockSkew(), CACHE_SIZE, MAX_TOKEN_LENGTH), keys, clock);
		this.authorizedParties = properties.authorizedParties();
	}

	/**
	 * @param properties the Clerk settings
	 * @return the key source they name: the JWKS URL or the PEM key
	 */
	static VerificationKeyResolver keys(ClerkProperties properties) {
		if (properties.publicKeyPem() != null && !properties.publicKeyPem().isBlank()) {
			return JwksKeys.fromPem(properties.publicKeyPem());
		}
		return JwksKeys.fromUrl(java.util.Objects.requireNonNull(properties.jwksUri()),
				properties.jwksCacheDuration(), properties.jwksRefreshReprieve(), properties.jwksTimeout());
	}

	/**
	 * @param token a session token from the cookie or the bearer header
	 * @return the verified session
	 * @throws InvalidTokenException if the token must not be accepted
	 */
	ClerkSession verify(String token) throws InvalidTokenException {
		VerifiedJwt jwt = this.verifier.verify(token);
		if (!this.authorizedParties.isEmpty()) {
			String azp = jwt.stringClaim("azp");
			if (azp == null || !this.authorizedParties.contains(azp)) {
				throw new InvalidTokenException(InvalidTokenException.Reason.REJECTED, "azp is not an authorized party");
			}
		}
		return new ClerkSession(jwt.subject(), nonBlank(jwt.stringClaim("email")), nonBlank(jwt.stringClaim("name")));
	}

	private static @org.jspecify.annotations.Nullable String nonBlank(@org.jspecify.annotations.Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
