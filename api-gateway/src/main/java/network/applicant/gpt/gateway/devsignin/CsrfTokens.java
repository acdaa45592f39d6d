package network.applicant.gpt.gateway.devsignin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Double-submit CSRF tokens bound by an HMAC: the form carries
 * {@code HMAC(secret, nonce)} and a cookie carries the nonce. A cross-site page can make
 * the browser send the cookie but cannot read it, and cannot compute the HMAC without the
 * secret, so it cannot forge a matching pair; a cookie planted by a sibling subdomain fails
 * for the same reason. The secret is random per start-up.
 */
final class CsrfTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec secret;

	CsrfTokens() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		this.secret = new SecretKeySpec(key, "HmacSHA256");
	}

	/** @return a fresh nonce for the cookie */
	String newNonce() {
		byte[] nonce = new byte[24];
		RANDOM.nextBytes(nonce);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
	}

	/**
	 * @param nonce the cookie's nonce
	 * @return the token for the form
	 */
	String tokenFor(String nonce) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.secret);
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/**
	 * @param nonce the cookie's nonce, if any
	 * @param token the form's token, if any
	 * @return whether they belong together
	 */
	boolean matches(@Nullable String nonce, @Nullable String token) {
		if (nonce == null || token == null || nonce.isEmpty() || token.isEmpty() || nonce.length() > 64) {
			return false;
		}
		return MessageDigest.isEqual(tokenFor(nonce).getBytes(StandardCharsets.US_ASCII),
				token.getBytes(StandardCharsets.US_ASCII));
	}

}
