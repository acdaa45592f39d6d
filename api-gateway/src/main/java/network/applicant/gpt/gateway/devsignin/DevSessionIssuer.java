package network.applicant.gpt.gateway.devsignin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Issues Clerk-shaped session tokens (RS256; {@code iss}, {@code sub}, {@code sid},
 * {@code azp}, {@code iat}, {@code nbf}, {@code exp}, plus {@code email} and {@code name})
 * with an RSA key generated when the gateway starts, and publishes that key as a JWKS.
 *
 * <p>Not Clerk: there is no session store and no refresh; a token is valid for the
 * configured lifetime, and every token becomes invalid when the gateway restarts (a new
 * key). Thread-safe.
 */
final class DevSessionIssuer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RsaJsonWebKey key;

	private final String issuer;

	private final String authorizedParty;

	private final Duration lifetime;

	private final Clock clock;

	DevSessionIssuer(String issuer, String authorizedParty, Duration lifetime, Clock clock) {
		this.issuer = issuer;
		this.authorizedParty = authorizedParty;
		this.lifetime = lifetime;
		this.clock = clock;
		try {
			this.key = RsaJwkGenerator.generateJwk(2048);
		}
		catch (JoseException ex) {
			throw new IllegalStateException("cannot generate the dev sign-in RSA key", ex);
		}
		this.key.setKeyId("dev-" + randomHex(8));
		this.key.setUse("sig");
		this.key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
	}

	/**
	 * @param user the candidate who signed in
	 * @return a signed session token for them
	 */
	String issue(DevSignInProperties.User user) {
		Instant now = this.clock.instant();
		JwtClaims claims = new JwtClaims();
		claims.setIssuer(this.issuer);
		claims.setSubject(user.id());
		claims.setClaim("sid", "sess_dev_" + randomHex(12));
		claims.setClaim("azp", this.authorizedParty);
		claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
		claims.setNotBefore(NumericDate.fromSeconds(now.getEpochSecond()));
		claims.setExpirationTime(NumericDate.fromSeconds(now.plus(this.lifetime).getEpochSecond()));
		claims.setClaim("email", user.email());
		claims.setClaim("name", user.name());
		JsonWebSignature jws = new JsonWebSignature();
		jws.setPayload(claims.toJson());
		jws.setKey(this.key.getPrivateKey());
		jws.setKeyIdHeaderValue(this.key.getKeyId());
		jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
		try {
			return jws.getCompactSerialization();
		}
		catch (JoseException ex) {
			throw new IllegalStateException("cannot sign a dev session token", ex);
		}
	}

	/** @return the public JWKS document */
	String jwks() {
		try {
			PublicJsonWebKey published = PublicJsonWebKey.Factory.newPublicJwk(this.key.getPublicKey());
			published.setKeyId(this.key.getKeyId());
			published.setUse("sig");
			published.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
			return new JsonWebKeySet(List.<JsonWebKey>of(published)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
		}
		catch (JoseException ex) {
			throw new IllegalStateException("cannot publish the dev sign-in key", ex);
		}
	}

	/** @return the lifetime of a session token */
	Duration lifetime() {
		return this.lifetime;
	}

	static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
