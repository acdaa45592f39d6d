package network.applicant.gpt.oauth.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.oauth.webhooks.SvixSignatures.Verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Svix signature rules, with signatures computed here from the definition
 * ({@code v1,} base64 HMAC-SHA-256 over {@code id.timestamp.body} under the decoded
 * secret) rather than by the class under test.
 */
class SvixSignaturesTests {

	private static final byte[] KEY = "svix-unit-test-key-0123456789abc".getBytes(StandardCharsets.US_ASCII);

	private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private static final String ID = "msg_2bVxP6Tf3oLq9R1xKj4ZfW8nM0a";

	private static final byte[] BODY = "{\"type\":\"user.deleted\",\"data\":{\"id\":\"user_demo_ada\",\"deleted\":true,\"object\":\"user\"}}"
		.getBytes(StandardCharsets.UTF_8);

	private final SvixSignatures svix = SvixSignatures.fromSecret(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	private static String sign(byte[] key, String id, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String now() {
		return Long.toString(NOW.getEpochSecond());
	}

	@Test
	void verifyWhenSignedWithTheSecretThenValid() {
		String signature = sign(KEY, ID, NOW.getEpochSecond(), BODY);

		assertThat(this.svix.verify(ID, now(), signature, BODY)).isEqualTo(Verification.VALID);
	}

	@Test
	void verifyWhenOneOfSeveralSignaturesMatchesThenValid() {
		String old = sign("an-older-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII), ID,
				NOW.getEpochSecond(), BODY);
		String current = sign(KEY, ID, NOW.getEpochSecond(), BODY);

		assertThat(this.svix.verify(ID, now(), old + " " + current, BODY)).isEqualTo(Verification.VALID);
		assertThat(this.svix.verify(ID, now(), current + " " + old, BODY)).isEqualTo(Verification.VALID);
		assertThat(this.svix.verify(ID, now(), "v1,not*base64 " + current, BODY)).isEqualTo(Verification.VALID);
	}

	@Test
	void verifyWhenSignatureIsForAnotherBodyIdOrTimestampThenMismatch() {
		long ts = NOW.getEpochSecond();

		assertThat(this.svix.verify(ID, now(), sign(KEY, ID, ts, "{}".getBytes(StandardCharsets.UTF_8)), BODY))
			.isEqualTo(Verification.SIGNATURE_MISMATCH);
		assertThat(this.svix.verify(ID, now(), sign(KEY, "msg_other", ts, BODY), BODY))
			.isEqualTo(Verification.SIGNATURE_MISMATCH);
		assertThat(this.svix.verify(ID, now(), sign(KEY, ID, ts - 1, BODY), BODY))
			.isEqualTo(Verification.SIGNATURE_MISMATCH);
		assertThat(this.svix.verify(ID, now(),
				sign("another-secret-0123456789abcdefg".getBytes(StandardCharsets.US_ASCII), ID, ts, BODY), BODY))
			.isEqualTo(Verification.SIGNATURE_MISMATCH);
	}

	@Test
	void verifyWhenOnlyOtherVersionsOrGarbageThenMismatch() {
		String v1 = sign(KEY, ID, NOW.getEpochSecond(), BODY);
		String asV2 = "v2," + v1.substring(3);

		assertThat(this.svix.verify(ID, now(), asV2, BODY)).isEqualTo(Verification.SIGNATURE_MISMATCH);
		assertThat(this.svix.verify(ID, now(), v1.substring(3), BODY)).isEqualTo(Verification.SIGNATURE_MISMATCH);
		assertThat(this.svix.verify(ID, now(), "v1,", BODY)).isEqualTo(Verification.SIGNATURE_MISMATCH);
		assertThat(this.svix.verify(ID, now(), "v1," + v1.substring(3, 20), BODY))
			.isEqualTo(Verification.SIGNATURE_MISMATCH);
	}

	@Test
	void verifyWhenTimestampIsMoreThanFiveMinutesAwayEitherWayThenOutOfRange() {
		for (long offset : new long[] { -301, 301, -86_400, Long.MAX_VALUE / 2 }) {
			long ts = NOW.getEpochSecond() + offset;
			assertThat(this.svix.verify(ID, Long.toString(ts), sign(KEY, ID, ts, BODY), BODY)).as("offset %d", offset)
				.isEqualTo(Verification.TIMESTAMP_OUT_OF_RANGE);
		}
		assertThat(this.svix.verify(ID, "yesterday", sign(KEY, ID, NOW.getEpochSecond(), BODY), BODY))
			.isEqualTo(Verification.TIMESTAMP_OUT_OF_RANGE);
	}

	@Test
	void verifyWhenTimestampIsWithinFiveMinutesEitherWayThenValid() {
		for (long offset : new long[] { -300, 300 }) {
			long ts = NOW.getEpochSecond() + offset;
			assertThat(this.svix.verify(ID, Long.toString(ts), sign(KEY, ID, ts, BODY), BODY)).as("offset %d", offset)
				.isEqualTo(Verification.VALID);
		}
	}

	@Test
	void verifyWhenAHeaderIsMissingThenMissingHeaders() {
		String signature = sign(KEY, ID, NOW.getEpochSecond(), BODY);

		assertThat(this.svix.verify(null, now(), signature, BODY)).isEqualTo(Verification.MISSING_HEADERS);
		assertThat(this.svix.verify(ID, null, signature, BODY)).isEqualTo(Verification.MISSING_HEADERS);
		assertThat(this.svix.verify(ID, now(), null, BODY)).isEqualTo(Verification.MISSING_HEADERS);
		assertThat(this.svix.verify(ID, now(), " ", BODY)).isEqualTo(Verification.MISSING_HEADERS);
	}

	@Test
	void fromSecretWhenMalformedThenRefusesWithoutQuotingTheSecret() {
		String bare = Base64.getEncoder().encodeToString(KEY);
		assertThatIllegalArgumentException().isThrownBy(() -> SvixSignatures.decodeSecret(bare))
			.withMessage("must start with whsec_");
		assertThatIllegalArgumentException().isThrownBy(() -> SvixSignatures.decodeSecret("whsec_***"))
			.withMessage("must be whsec_ followed by base64");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SvixSignatures.decodeSecret("whsec_" + Base64.getEncoder().encodeToString(new byte[8])))
			.withMessage("must decode to at least 16 bytes");
		assertThat(SvixSignatures.decodeSecret(SECRET)).isEqualTo(KEY);
	}

	@Test
	void verifyMatchesSvixsPublishedExample() {
		// the example of Svix's own libraries: secret, message id, timestamp, body and expected signature
		SvixSignatures published = SvixSignatures.fromSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
				Clock.fixed(Instant.ofEpochSecond(1614265330), ZoneOffset.UTC));

		assertThat(published.verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
				"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
				"{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(Verification.VALID);
		assertThat(Duration.ofMinutes(5)).isEqualTo(SvixSignatures.TOLERANCE);
	}

}
