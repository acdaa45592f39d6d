package network.applicant.gpt.oauth.token;

import java.time.Duration;
import java.time.Instant;

import network.applicant.gpt.oauth.system.Secrets;

/**
 * The rules of refresh-token rotation, apart from storage: how a successor is derived,
 * when a rotated token presented again is a retry and when it is replay, and how long a
 * new token may live.
 *
 * <p>The successor of token {@code T} at generation {@code g} is
 * {@code base64url(HMAC-SHA-256(k, T || "." || (g + 1)))} under a key derived from the
 * server's token key. Only hashes are stored, yet a client that retries with {@code T}
 * inside the grace period can be given the very same successor: the server derives it
 * again and checks it against the stored {@code successor_token_hash}. Without the key
 * nobody can compute a successor, and each successor is as unguessable as the first,
 * random, token of its family. Thread-safe.
 */
final class RefreshTokens {

	private final byte[] key;

	private final Duration idleLifetime;

	private final Duration gracePeriod;

	RefreshTokens(String tokenKey, Duration idleLifetime, Duration gracePeriod) {
		this.key = Secrets.derive(tokenKey, "refresh-successor");
		this.idleLifetime = idleLifetime;
		this.gracePeriod = gracePeriod;
	}

	/**
	 * @param presented the token being rotated
	 * @param generation its generation
	 * @return its successor
	 */
	String successor(String presented, int generation) {
		return Secrets.base64Url(Secrets.hmac(this.key, presented + "." + (generation + 1)));
	}

	/**
	 * @param rotatedAt when the presented token was rotated
	 * @param now now
	 * @return whether presenting it again now is a retry (inside the grace period) rather than replay
	 */
	boolean isWithinGrace(Instant rotatedAt, Instant now) {
		return now.isBefore(rotatedAt.plus(this.gracePeriod));
	}

	/**
	 * @param now now
	 * @param familyExpiresAt the family's absolute expiry
	 * @return the idle expiry of a token issued now: the idle lifetime, but never past the family's end
	 */
	Instant idleExpiry(Instant now, Instant familyExpiresAt) {
		Instant idle = now.plus(this.idleLifetime);
		return idle.isBefore(familyExpiresAt) ? idle : familyExpiresAt;
	}

}
