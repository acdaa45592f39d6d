package network.applicant.gpt.oauth.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The small cryptographic steps the server repeats: random opaque values, SHA-256 for
 * storage, keyed HMACs and constant-time comparison.
 *
 * <p>Codes and refresh tokens are 256-bit random values, so a plain SHA-256 is enough to
 * store them: nobody can guess the input, and a stolen table gives no usable token.
 * Thread-safe.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final HexFormat HEX = HexFormat.of();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private Secrets() {
	}

	/** @return 256 random bits, base64url without padding (43 characters) */
	public static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return BASE64URL.encodeToString(bytes);
	}

	/**
	 * @param value a code or token
	 * @return the lowercase hex SHA-256 of its UTF-8 bytes, as stored in {@code *_hash} columns
	 */
	public static String sha256Hex(String value) {
		return HEX.formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * @param value bytes
	 * @return their SHA-256
	 */
	public static byte[] sha256(byte[] value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * @param key the HMAC key
	 * @param message the message
	 * @return HMAC-SHA-256 of the message
	 */
	public static byte[] hmac(byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	/**
	 * Derives a key for one purpose from a master key, so that one configured secret can
	 * key several HMACs without one's output being usable as another's.
	 * @param masterKey the configured key
	 * @param purpose a fixed label, e.g. {@code refresh-successor}
	 * @return the derived key
	 */
	public static byte[] derive(String masterKey, String purpose) {
		return hmac(masterKey.getBytes(StandardCharsets.UTF_8), "applicant-oauth/" + purpose);
	}

	/**
	 * @param bytes bytes
	 * @return base64url without padding
	 */
	public static String base64Url(byte[] bytes) {
		return BASE64URL.encodeToString(bytes);
	}

	/**
	 * Compares two strings in time that does not depend on where they differ.
	 * @param a one string
	 * @param b another
	 * @return whether they are equal
	 */
	public static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
