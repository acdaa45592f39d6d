package network.applicant.gpt.actions.applying;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Makes confirmation tokens and the hashes stored in their place.
 *
 * <p>A token is {@value #PREFIX} followed by 32 random bytes in base64url: unguessable, so
 * the database keeps only its SHA-256 and a stolen database row cannot be replayed. The
 * answers hash binds a token to exactly what the candidate was shown: the canonical
 * answers and the cover note. Each part is length-prefixed, so no two different inputs
 * share an encoding. Thread-safe.
 */
final class ConfirmationTokens {

	static final String PREFIX = "ct_";

	private final SecureRandom random;

	ConfirmationTokens(SecureRandom random) {
		this.random = random;
	}

	/** @return a new token, to be handed out once and stored only as its {@link #hash} */
	String generate() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * @param token a token as presented, possibly garbage
	 * @return its SHA-256 (32 bytes)
	 */
	static byte[] hash(String token) {
		return sha256(token.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param answers the canonical answers in question order
	 * @param coverNote the cover note, or {@code null}
	 * @return SHA-256 (32 bytes) of what will be sent
	 */
	static byte[] answersHash(List<AnswerRules.AcceptedAnswer> answers, @Nullable String coverNote) {
		StringBuilder canonical = new StringBuilder("v1");
		for (AnswerRules.AcceptedAnswer answer : answers) {
			append(canonical, Long.toString(answer.questionId()));
			append(canonical, answer.answer());
		}
		canonical.append("|note");
		if (coverNote != null) {
			append(canonical, coverNote);
		}
		return sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void append(StringBuilder canonical, String part) {
		canonical.append('|').append(part.length()).append(':').append(part);
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
