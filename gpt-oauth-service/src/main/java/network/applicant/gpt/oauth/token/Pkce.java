package network.applicant.gpt.oauth.token;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.oauth.system.Secrets;

/**
 * PKCE (RFC 7636) as this server applies it: {@code S256} only ({@code plain} is refused,
 * RFC 9700 2.1.1), verified whenever a challenge was sent, and a verifier presented for a
 * code that had no challenge is refused as a downgrade attempt.
 *
 * <pre>{@code
 * Pkce.isChallenge(challenge);              // syntax of a code_challenge
 * Pkce.verify(storedChallenge, verifier);   // at the token endpoint
 * }</pre>
 */
public final class Pkce {

	/** The one supported method. */
	public static final String S256 = "S256";

	private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

	private Pkce() {
	}

	/**
	 * @param challenge a {@code code_challenge} parameter
	 * @return whether it can be a base64url SHA-256 (43 characters)
	 */
	public static boolean isChallenge(String challenge) {
		return CHALLENGE.matcher(challenge).matches();
	}

	/**
	 * @param challenge the challenge stored with the code, {@code null} when none was sent
	 * @param verifier the {@code code_verifier} presented at the token endpoint, or {@code null}
	 * @return whether the pair is acceptable: both absent, or both present and matching
	 */
	public static boolean verify(@Nullable String challenge, @Nullable String verifier) {
		if (challenge == null) {
			return verifier == null;
		}
		if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
			return false;
		}
		String computed = Secrets.base64Url(Secrets.sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
		return Secrets.constantTimeEquals(computed, challenge);
	}

}
