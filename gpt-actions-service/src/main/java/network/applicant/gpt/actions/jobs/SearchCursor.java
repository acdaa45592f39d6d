package network.applicant.gpt.actions.jobs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The opaque {@code cursor} of {@code searchJobs}: where the previous page ended (the sort
 * values of its last hit: score or posting time, then job id), the reference time of the
 * search and a fingerprint of its criteria, signed with HMAC-SHA256.
 *
 * <p>Tamper-evident, not secret: a changed or truncated cursor, or one used with other
 * criteria, is refused. Any replica can continue a search another began, because the key
 * is derived from the service key all replicas share.
 *
 * <pre>{@code
 * SearchCursor cursors = new SearchCursor(secret);
 * String next = cursors.encode(new SearchCursor.Position(fingerprint, now, true, score, jobId));
 * SearchCursor.Position position = cursors.decode(next, fingerprint); // null when invalid
 * }</pre>
 */
final class SearchCursor {

	private static final byte VERSION = 1;

	private static final int MAC_LENGTH = 16;

	private static final int PAYLOAD_LENGTH = 1 + 8 + 8 + 1 + 8 + 8;

	/**
	 * @param fingerprint the criteria's fingerprint ({@link JobSearchCriteria#fingerprint})
	 * @param now the search's reference time
	 * @param byScore whether the search is ranked by relevance (else by posting date)
	 * @param sortValue the last hit's score bits or posting epoch second
	 * @param jobId the last hit's job id
	 */
	record Position(byte[] fingerprint, Instant now, boolean byScore, long sortValue, long jobId) {
	}

	private final SecretKeySpec key;

	/**
	 * @param secret shared by every replica; never logged
	 */
	SearchCursor(String secret) {
		try {
			Mac derive = Mac.getInstance("HmacSHA256");
			derive.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			this.key = new SecretKeySpec(derive.doFinal("job-search-cursor-v1".getBytes(StandardCharsets.UTF_8)),
					"HmacSHA256");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String encode(Position position) {
		ByteBuffer buffer = ByteBuffer.allocate(PAYLOAD_LENGTH + MAC_LENGTH);
		buffer.put(VERSION)
			.put(position.fingerprint(), 0, 8)
			.putLong(position.now().getEpochSecond())
			.put((byte) (position.byScore() ? 1 : 0))
			.putLong(position.sortValue())
			.putLong(position.jobId());
		buffer.put(mac(Arrays.copyOf(buffer.array(), PAYLOAD_LENGTH)));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
	}

	/**
	 * @param cursor the cursor a client sent
	 * @param fingerprint the fingerprint of the criteria it is sent with
	 * @return the position, or null when the cursor is malformed, altered or from another search
	 */
	@Nullable Position decode(String cursor, byte[] fingerprint) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(cursor.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (bytes.length != PAYLOAD_LENGTH + MAC_LENGTH || bytes[0] != VERSION) {
			return null;
		}
		byte[] payload = Arrays.copyOf(bytes, PAYLOAD_LENGTH);
		if (!MessageDigest.isEqual(mac(payload), Arrays.copyOfRange(bytes, PAYLOAD_LENGTH, bytes.length))) {
			return null;
		}
		ByteBuffer buffer = ByteBuffer.wrap(payload, 1, PAYLOAD_LENGTH - 1);
		byte[] stored = new byte[8];
		buffer.get(stored);
		if (!MessageDigest.isEqual(stored, Arrays.copyOf(fingerprint, 8))) {
			return null;
		}
		Instant now = Instant.ofEpochSecond(buffer.getLong());
		boolean byScore = buffer.get() == 1;
		return new Position(stored, now, byScore, buffer.getLong(), buffer.getLong());
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return Arrays.copyOf(mac.doFinal(payload), MAC_LENGTH);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
