package network.applicant.gpt.oauth.clients;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Hashes client secrets for storage and checks presented secrets against the stored
 * hash: HMAC-SHA-256 keyed with a server-side pepper, as 64 lowercase hex characters.
 *
 * <p>This is not a password hasher: client secrets are long random strings issued by
 * us, so a slow, salted hash (bcrypt, Argon2) would only cost time at every token
 * request. The pepper, which lives in a secret and never in the database, makes a
 * stolen table useless for offline guessing.
 *
 * <pre>{@code
 * ClientSecretHasher hasher = new ClientSecretHasher(pepper);
 * String stored = hasher.hash("chatgpt-local-secret");
 * hasher.matches(presentedSecret, stored); // constant time
 * }</pre>
 *
 * <p>Thread-safe. Changing the pepper changes every hash; the clients are re-hashed
 * from configuration at the next start-up.
 */
public final class ClientSecretHasher {

	/** Shortest pepper accepted, in characters. */
	public static final int MIN_PEPPER_LENGTH = 32;

	private static final String ALGORITHM = "HmacSHA256";

	private static final HexFormat HEX = HexFormat.of();

	private final SecretKeySpec key;

	/**
	 * @param pepper the server-side key, at least {@value #MIN_PEPPER_LENGTH} characters
	 * @throws IllegalArgumentException if the pepper is missing or too short (the message never contains it)
	 */
	public ClientSecretHasher(String pepper) {
		if (pepper == null || pepper.strip().length() < MIN_PEPPER_LENGTH) {
			throw new IllegalArgumentException("the client secret pepper must be at least " + MIN_PEPPER_LENGTH
					+ " characters");
		}
		this.key = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * @param secret a client secret
	 * @return its HMAC-SHA-256 under the pepper, 64 lowercase hex characters
	 */
	public String hash(String secret) {
		return HEX.formatHex(mac(secret));
	}

	/**
	 * Checks a presented secret against a stored hash in time that does not depend on
	 * where the two differ.
	 * @param presented the secret the client presented, or {@code null} if it sent none
	 * @param storedHash the stored {@code secret_hash}
	 * @return whether the secret is the one the hash was made from
	 */
	public boolean matches(@Nullable String presented, @Nullable String storedHash) {
		if (presented == null || storedHash == null || storedHash.length() != 64) {
			return false;
		}
		byte[] expected;
		try {
			expected = HEX.parseHex(storedHash);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(mac(presented), expected);
	}

	private byte[] mac(String secret) {
		try {
			// Mac instances are not thread-safe; creating one per call is cheap next to a request
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "ClientSecretHasher[HMAC-SHA-256, pepper=<redacted>]";
	}

}
