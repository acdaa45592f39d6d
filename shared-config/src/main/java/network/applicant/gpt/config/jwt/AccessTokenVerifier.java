package network.applicant.gpt.config.jwt;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies the ES256 access tokens our authorization server issues and turns them into
 * {@link AccessToken}s. Used by the gateway and, again, by the actions service: both
 * verify, neither trusts the other's word for it.
 *
 * <p>Beyond {@link JwtVerifier}'s checks it requires {@code client_id}, {@code scope}
 * and {@code jti}, and a {@code kid} header so that keys can rotate. Thread-safe.
 */
public final class AccessTokenVerifier {

	/** The only algorithm our access tokens use. */
	public static final String ALGORITHM = "ES256";

	private final JwtVerifier verifier;

	public AccessTokenVerifier(JwtVerifier verifier) {
		this.verifier = verifier;
	}

	/**
	 * @param token the bearer token
	 * @return the verified access token
	 * @throws InvalidTokenException if it must not be accepted
	 */
	public AccessToken verify(String token) throws InvalidTokenException {
		VerifiedJwt jwt = this.verifier.verify(token);
		String clientId = jwt.stringClaim("client_id");
		String scope = jwt.stringClaim("scope");
		if (clientId == null || clientId.isBlank() || scope == null || jwt.jwtId() == null || jwt.keyId() == null) {
			throw new InvalidTokenException(InvalidTokenException.Reason.MISSING_CLAIM,
					"access token lacks client_id, scope, jti or kid");
		}
		Set<String> scopes = Arrays.stream(scope.split(" "))
			.filter((each) -> !each.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		return new AccessToken(jwt.subject(), clientId, scopes, jwt.expiresAt(), jwt.jwtId());
	}

	/**
	 * @param properties validated access-token settings
	 * @return a verifier fetching keys from the configured JWKS with the configured caching
	 */
	public static AccessTokenVerifier from(AccessTokenProperties properties) {
		return new AccessTokenVerifier(new JwtVerifier(properties.verifierSettings(),
				JwksKeys.fromUrl(properties.jwksUri(), properties.jwksCacheDuration(), properties.jwksRefreshReprieve(),
						properties.jwksTimeout()),
				java.time.Clock.systemUTC()));
	}

	/** @return the underlying verifier */
	public JwtVerifier jwtVerifier() {
		return this.verifier;
	}

}
