package network.applicant.gpt.config.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * A signing key for tests, with a builder for tokens signed by it. Tests use it to play
 * our authorization server (ES256) or Clerk (RS256) without either running.
 *
 * <pre>{@code
 * TestSigningKey key = TestSigningKey.es256("k1");
 * String token = key.token().issuer("https://issuer.test").audience("gpt-actions").subject("user_1")
 *     .claim("client_id", "chatgpt").claim("scope", "jobs:read").build();
 * String jwks = TestSigningKey.jwks(key);
 * }</pre>
 */
public final class TestSigningKey {

	private final PublicJsonWebKey jwk;

	private final String algorithm;

	private TestSigningKey(PublicJsonWebKey jwk, String algorithm) {
		this.jwk = jwk;
		this.algorithm = algorithm;
	}

	/** @return a new P-256 key with the given key id, for ES256 */
	public static TestSigningKey es256(String keyId) {
		try {
			PublicJsonWebKey jwk = EcJwkGenerator.generateJwk(EllipticCurves.P256);
			jwk.setKeyId(keyId);
			jwk.setUse("sig");
			jwk.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
			return new TestSigningKey(jwk, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
		}
		catch (JoseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return a new 2048-bit RSA key with the given key id, for RS256 (Clerk's algorithm) */
	public static TestSigningKey rs256(String keyId) {
		try {
			PublicJsonWebKey jwk = RsaJwkGenerator.generateJwk(2048);
			jwk.setKeyId(keyId);
			jwk.setUse("sig");
			jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
			return new TestSigningKey(jwk, AlgorithmIdentifiers.RSA_USING_SHA256);
		}
		catch (JoseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return the key id */
	public String keyId() {
		return this.jwk.getKeyId();
	}

	/** @return the public key as PEM */
	public String publicKeyPem() {
		String base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes())
			.encodeToString(this.jwk.getPublicKey().getEncoded());
		return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
	}

	/**
	 * @param keys public keys to publish
	 * @return a JWKS document with their public parts
	 */
	public static String jwks(TestSigningKey... keys) {
		List<JsonWebKey> publics = new java.util.ArrayList<>();
		for (TestSigningKey key : keys) {
			try {
				publics.add(PublicJsonWebKey.Factory.newPublicJwk(key.jwk.getPublicKey()));
				publics.get(publics.size() - 1).setKeyId(key.keyId());
				publics.get(publics.size() - 1).setUse("sig");
				publics.get(publics.size() - 1).setAlgorithm(key.algorithm);
			}
			catch (JoseException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return new JsonWebKeySet(publics).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
	}

	/** @return a builder for a token signed with this key, expiring in 15 minutes */
	public TokenBuilder token() {
		return new TokenBuilder(this);
	}

	/** Builds one signed token; not thread-safe. */
	public static final class TokenBuilder {

		private final TestSigningKey key;

		private final JwtClaims claims = new JwtClaims();

		private String algorithm;

		private boolean includeKeyId = true;

		TokenBuilder(TestSigningKey key) {
			this.key = key;
			this.algorithm = key.algorithm;
			Instant now = Instant.now();
			this.claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
			this.claims.setExpirationTime(NumericDate.fromSeconds(now.plusSeconds(900).getEpochSecond()));
			this.claims.setJwtId(UUID.randomUUID().toString());
		}

		public TokenBuilder issuer(String issuer) {
			this.claims.setIssuer(issuer);
			return this;
		}

		public TokenBuilder audience(String audience) {
			this.claims.setAudience(audience);
			return this;
		}

		public TokenBuilder subject(String subject) {
			this.claims.setSubject(subject);
			return this;
		}

		public TokenBuilder expiresAt(Instant expiresAt) {
			this.claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
			return this;
		}

		public TokenBuilder notBefore(Instant notBefore) {
			this.claims.setNotBefore(NumericDate.fromSeconds(notBefore.getEpochSecond()));
			return this;
		}

		public TokenBuilder issuedAt(Instant issuedAt) {
			this.claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
			return this;
		}

		public TokenBuilder claim(String name, Object value) {
			this.claims.setClaim(name, value);
			return this;
		}

		public TokenBuilder claims(Map<String, Object> values) {
			values.forEach(this.claims::setClaim);
			return this;
		}

		public TokenBuilder withoutClaim(String name) {
			this.claims.unsetClaim(name);
			return this;
		}

		public TokenBuilder withoutKeyId() {
			this.includeKeyId = false;
			return this;
		}

		/** Signs with another algorithm header than the key's (to test algorithm confusion). */
		public TokenBuilder algorithm(String algorithm) {
			this.algorithm = algorithm;
			return this;
		}

		/** @return the compact JWS */
		public String build() {
			JsonWebSignature jws = new JsonWebSignature();
			jws.setPayload(this.claims.toJson());
			jws.setKey(this.key.jwk.getPrivateKey());
			jws.setAlgorithmHeaderValue(this.algorithm);
			if (this.includeKeyId) {
				jws.setKeyIdHeaderValue(this.key.keyId());
			}
			jws.setDoKeyValidation(false);
			try {
				return jws.getCompactSerialization();
			}
			catch (JoseException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
