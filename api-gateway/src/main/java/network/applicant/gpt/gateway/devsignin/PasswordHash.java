package network.applicant.gpt.gateway.devsignin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form
 * {@code pbkdf2-sha256:<iterations>:<base64 salt>:<base64 hash>}, so that configuration
 * holds no password. Checking one costs tens of milliseconds on purpose: callers run it
 * off the event loop.
 *
 * <pre>{@code
 * String stored = PasswordHash.create("demo".toCharArray(), salt, 100_000);
 * PasswordHash.matches("demo".toCharArray(), stored);   // true
 * }</pre>
 */
final class PasswordHash {

	private static final Pattern FORMAT = Pattern.compile("pbkdf2-sha256:(\\d{4,7}):([A-Za-z0-9+/=]{8,}):([A-Za-z0-9+/=]{40,})");

	/** A well-formed hash of a random password, checked when the email is unknown so that timing tells nothing. */
	static final String DUMMY = "pbkdf2-sha256:100000:AAAAAAAAAAAAAAAAAAAAAA==:"
			+ "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

	private PasswordHash() {
	}

	static boolean isWellFormed(@Nullable String stored) {
		return stored != null && FORMAT.matcher(stored).matches();
	}

	static String create(char[] password, byte[] salt, int iterations) {
		return "pbkdf2-sha256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
				+ Base64.getEncoder().encodeToString(derive(password, salt, iterations, 256));
	}

	/**
	 * @param password the password typed
	 * @param stored a stored hash
	 * @return whether they match (constant time in the hash comparison)
	 */
	static boolean matches(char[] password, String stored) {
		java.util.regex.Matcher matcher = FORMAT.matcher(stored);
		if (!matcher.matches()) {
			return false;
		}
		int iterations = Integer.parseInt(matcher.group(1));
		byte[] salt = Base64.getDecoder().decode(matcher.group(2));
		byte[] expected = Base64.getDecoder().decode(matcher.group(3));
		byte[] actual = derive(password, salt, iterations, expected.length * 8);
		return MessageDigest.isEqual(expected, actual);
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", ex);
		}
		finally {
			spec.clearPassword();
		}
	}

}
