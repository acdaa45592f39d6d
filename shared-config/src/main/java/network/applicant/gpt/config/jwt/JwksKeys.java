package network.applicant.gpt.config.jwt;

import java.net.URI;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * Where verification keys come from: a JWKS URL (cached, refreshed when a token names
 * an unknown key id, which is how key rotation reaches verifiers) or a fixed public key
 * (networkless verification, as Clerk allows with its PEM "JWT public key").
 */
public final class JwksKeys {

	private static final int MAX_JWKS_BYTES = 256 * 1024;

	private JwksKeys() {
	}

	/**
	 * @param jwksUri the JWKS document
	 * @param cacheDuration how long a fetched key set is used when the response gives no cache lifetime
	 * @param refreshReprieve at least this long between refreshes caused by an unknown key id, so that
	 * tokens with made-up key ids cannot make us hammer the JWKS endpoint
	 * @param timeout connect and read timeout of one fetch
	 * @return a key resolver backed by the URL
	 */
	public static VerificationKeyResolver fromUrl(URI jwksUri, Duration cacheDuration, Duration refreshReprieve,
			Duration timeout) {
		Get get = new Get();
		get.setConnectTimeout((int) timeout.toMillis());
		get.setReadTimeout((int) timeout.toMillis());
		get.setRetries(1);
		get.setResponseBodySizeLimit(MAX_JWKS_BYTES);
		HttpsJwks jwks = new HttpsJwks(jwksUri.toString());
		jwks.setSimpleHttpGet(get);
		jwks.setDefaultCacheDuration(Math.max(1, cacheDuration.toSeconds()));
		jwks.setRefreshReprieveThreshold(refreshReprieve.toMillis());
		// keep serving the last good key set while the endpoint is down
		jwks.setRetainCacheOnErrorDuration(Math.max(1, cacheDuration.toSeconds()));
		return new HttpsJwksVerificationKeyResolver(jwks);
	}

	/**
	 * @param pem an X.509 SubjectPublicKeyInfo public key in PEM form (RSA or EC)
	 * @return a resolver that always answers with that key
	 * @throws IllegalArgumentException if the text is not such a key
	 */
	public static VerificationKeyResolver fromPem(String pem) {
		PublicKey key = parsePem(pem);
		// one configured key answers for every key id, as with Clerk's networkless verification
		return (jws, nestingContext) -> key;
	}

	static PublicKey parsePem(String pem) {
		String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
		byte[] der;
		try {
			der = Base64.getDecoder().decode(body);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("public key is not PEM/Base64");
		}
		for (String algorithm : new String[] { "RSA", "EC" }) {
			try {
				return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
			}
			catch (java.security.GeneralSecurityException ex) {
				// try the next algorithm
			}
		}
		throw new IllegalArgumentException("public key is neither an RSA nor an EC SubjectPublicKeyInfo");
	}

}
