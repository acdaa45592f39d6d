package network.applicant.gpt.oauth.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Issues access tokens: ES256 JWTs signed with the active key, with the claims the
 * services verify ({@code iss}, {@code sub}, {@code aud}, {@code client_id},
 * {@code scope}, {@code iat}, {@code exp}, {@code jti}) and a {@code kid} header.
 *
 * <p>Not a verifier; the gateway and the actions service verify with shared-config's
 * {@code AccessTokenVerifier} against our JWKS. Thread-safe.
 */
public final class AccessTokenIssuer {

	private final SigningKeys keys;

	private final String issuer;

	private final String audience;

	private final Duration lifetime;

	private final Clock clock;

	public AccessTokenIssuer(SigningKeys keys, String issuer, String audience, Duration lifetime, Clock clock) {
		this.keys = keys;
		this.issuer = issuer;
		this.audience = audience;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * @param candidateId the candidate the token acts for ({@code sub})
	 * @param clientId the client that holds it
	 * @param scopes the scopes it grants, canonical order
	 * @return the signed token and its lifetime in seconds
	 */
	public Issued issue(String candidateId, String clientId, List<String> scopes) {
		Instant now = this.clock.instant();
		JwtClaims claims = new JwtClaims();
		claims.setIssuer(this.issuer);
		claims.setSubject(candidateId);
		claims.setAudience(this.audience);
		claims.setClaim("client_id", clientId);
		claims.setClaim("scope", String.join(" ", scopes));
		claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
		claims.setExpirationTime(NumericDate.fromSeconds(now.plus(this.lifetime).getEpochSecond()));
		claims.setJwtId(UUID.randomUUID().toString());
		JsonWebSignature jws = new JsonWebSignature();
		jws.setPayload(claims.toJson());
		jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
		jws.setKeyIdHeaderValue(this.keys.activeKeyId());
		jws.setHeader("typ", "JWT");
		jws.setKey(this.keys.active().getPrivateKey());
		try {
			return new Issued(jws.getCompactSerialization(), this.lifetime.toSeconds());
		}
		catch (JoseException ex) {
			throw new IllegalStateException("cannot sign an access token", ex);
		}
	}

	/**
	 * A freshly signed access token.
	 * @param token the compact JWS
	 * @param expiresIn its lifetime in seconds
	 */
	public record Issued(String token, long expiresIn) {

		@Override
		public String toString() {
			return "Issued[token=<redacted>, expiresIn=" + this.expiresIn + "]";
		}

	}

}
