package network.applicant.gpt.oauth.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Verifies Svix webhook signatures, as Clerk sends them: headers {@code svix-id},
 * {@code svix-timestamp} (Unix seconds) and {@code svix-signature}, a space-separated
 * list of {@code v1,<base64 HMAC-SHA-256>} over {@code <svix-id>.<svix-timestamp>.<raw body>},
 * keyed with the base64-decoded part of the endpoint secret after {@code whsec_}.
 *
 * <p>Any one matching {@code v1} signature accepts the message (Svix sends several while
 * a secret is being rotated); other versions are ignored. Signatures are compared in
 * constant time, all of them, whatever matched. A timestamp more than the tolerance
 * (five minutes) away from now, in either direction, is refused, which bounds how long
 * a captured delivery could be replayed; within that window the caller must remember
 * message ids. Not a parser of the payload: verify the raw bytes first, parse after.
 *
 * <pre>{@code
 * SvixSignatures svix = SvixSignatures.fromSecret("whsec_...", clock);
 * svix.verify(id, timestamp, signatures, body); // Verification.VALID
 * }</pre>
 *
 * <p>Thread-safe.
 */
final class SvixSignatures {

	/** How far a timestamp may be from now, either way. */
	static final Duration TOLERANCE = Duration.ofMinutes(5);

	static final String SECRET_PREFIX = "whsec_";

	/** Shortest decoded secret accepted, in bytes. */
	static final int MIN_KEY_BYTES = 16;

	private final SecretKeySpec key;

	private final Duration tolerance;

	private final Clock clock;

	SvixSignatures(byte[] key, Duration tolerance, Clock clock) {
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/**
	 * @param secret the endpoint secret, {@code whsec_<base64>}
	 * @param clock the clock timestamps are compared with
	 * @return a verifier with the standard tolerance
	 * @throws IllegalArgumentException if the secret is malformed (the message never contains it)
	 */
	static SvixSignatures fromSecret(String secret, Clock clock) {
		return new SvixSignatures(decodeSecret(secret), TOLERANCE, clock);
	}

	/**
	 * @param secret an endpoint secret
	 * @return the HMAC key it stands for
	 * @throws IllegalArgumentException if it lacks the prefix, is not base64 or is too short
	 * (the message never contains the secret)
	 */
	static byte[] decodeSecret(String secret) {
		if (!secret.startsWith(SECRET_PREFIX)) {
			throw new IllegalArgumentException("must start with " + SECRET_PREFIX);
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be " + SECRET_PREFIX + " followed by base64");
		}
		if (key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("must decode to at least " + MIN_KEY_BYTES + " bytes");
		}
		return key;
	}

	/**
	 * @param id the {@code svix-id} header
	 * @param timestamp the {@code svix-timestamp} header
	 * @param signatures the {@code svix-signature} header
	 * @param body the raw request body
	 * @return whether the delivery is authentic and current, or why not
	 */
	Verification verify(@Nullable String id, @Nullable String timestamp, @Nullable String signatures, byte[] body) {
		if (isBlank(id) || isBlank(timestamp) || isBlank(signatures)) {
			return Verification.MISSING_HEADERS;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			return Verification.TIMESTAMP_OUT_OF_RANGE;
		}
		Instant now = this.clock.instant();
		Instant sent = Instant.ofEpochSecond(Math.clamp(seconds, -31_557_014_167_219_200L, 31_556_889_864_403_199L));
		if (sent.isBefore(now.minus(this.tolerance)) || sent.isAfter(now.plus(this.tolerance))) {
			return Verification.TIMESTAMP_OUT_OF_RANGE;
		}
		byte[] expected = mac(id, timestamp.strip(), body);
		boolean matched = false;
		for (String entry : signatures.strip().split(" +")) {
			int comma = entry.indexOf(',');
			if (comma < 0 || !"v1".equals(entry.substring(0, comma))) {
				continue;
			}
			byte[] presented;
			try {
				presented = Base64.getDecoder().decode(entry.substring(comma + 1));
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			matched |= MessageDigest.isEqual(expected, presented);
		}
		return matched ? Verification.VALID : Verification.SIGNATURE_MISMATCH;
	}

	private byte[] mac(String id, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "SvixSignatures[HMAC-SHA-256, key=<redacted>, tolerance=" + this.tolerance + "]";
	}

	/** The result of a verification. */
	enum Verification {

		/** Authentic and current. */
		VALID,
		/** {@code svix-id}, {@code svix-timestamp} or {@code svix-signature} is missing. */
		MISSING_HEADERS,
		/** The timestamp is not a number or is more than the tolerance away from now. */
		TIMESTAMP_OUT_OF_RANGE,
		/** No {@code v1} signature matches. */
		SIGNATURE_MISMATCH

	}

}
