package network.applicant.gpt.oauth.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormTokensTests {

	private static final String KEY = "form-tokens-test-key-0123456789abcdef0123";

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

	private final FormTokens consent = new FormTokens(KEY, "consent-form", Duration.ofMinutes(10), this.clock);

	@Test
	void isValidWhenSameFieldsThenAccepted() {
		assertThat(this.consent.isValid(this.consent.issue("user_1", "chatgpt"), "user_1", "chatgpt")).isTrue();
	}

	@Test
	void isValidWhenAnyFieldDiffersThenRefused() {
		String token = this.consent.issue("user_1", "chatgpt");

		assertThat(this.consent.isValid(token, "user_2", "chatgpt")).isFalse();
		assertThat(this.consent.isValid(token, "user_1", "other")).isFalse();
		assertThat(this.consent.isValid(token, "user_1chatgpt")).as("length prefixes keep fields apart").isFalse();
	}

	@Test
	void isValidWhenIssuedForAnotherPurposeThenRefused() {
		FormTokens disconnect = new FormTokens(KEY, "connection-form", Duration.ofMinutes(10), this.clock);

		assertThat(this.consent.isValid(disconnect.issue("user_1", "chatgpt"), "user_1", "chatgpt")).isFalse();
	}

	@Test
	void isValidWhenExpiredOrMalformedThenRefused() {
		FormTokens later = new FormTokens(KEY, "consent-form", Duration.ofMinutes(10),
				Clock.offset(this.clock, Duration.ofMinutes(11)));
		String token = this.consent.issue("user_1", "chatgpt");

		assertThat(later.isValid(token, "user_1", "chatgpt")).isFalse();
		assertThat(this.consent.isValid("not-a-token", "user_1", "chatgpt")).isFalse();
		assertThat(this.consent.isValid("x".repeat(101), "user_1", "chatgpt")).isFalse();
	}

}
