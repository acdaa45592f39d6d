package network.applicant.gpt.oauth.connections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disconnect form's anti-forgery token: bound to the candidate, the client, the key
 * and an expiry.
 */
class ConnectionFormsTests {

	private static final String KEY = "unit-test-token-key-0123456789abcdef0123";

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private final ConnectionForms forms = new ConnectionForms(KEY, Duration.ofMinutes(10),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void isValidWhenIssuedForTheSameCandidateAndClientThenTrue() {
		assertThat(this.forms.isValid(this.forms.issue("user_demo_ada", "chatgpt-local"), "user_demo_ada",
				"chatgpt-local")).isTrue();
	}

	@Test
	void isValidWhenCandidateClientOrKeyDiffersThenFalse() {
		String token = this.forms.issue("user_demo_ada", "chatgpt-local");
		ConnectionForms otherKey = new ConnectionForms(KEY + "x", Duration.ofMinutes(10),
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(this.forms.isValid(token, "user_demo_grace", "chatgpt-local")).isFalse();
		assertThat(this.forms.isValid(token, "user_demo_ada", "other-client")).isFalse();
		assertThat(otherKey.isValid(token, "user_demo_ada", "chatgpt-local")).isFalse();
	}

	@Test
	void isValidWhenExpiredOrTamperedThenFalse() {
		String token = this.forms.issue("user_demo_ada", "chatgpt-local");
		ConnectionForms later = new ConnectionForms(KEY, Duration.ofMinutes(10),
				Clock.fixed(NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
		String extended = (NOW.getEpochSecond() + 3600) + token.substring(token.indexOf('.'));

		assertThat(later.isValid(token, "user_demo_ada", "chatgpt-local")).isFalse();
		assertThat(this.forms.isValid(extended, "user_demo_ada", "chatgpt-local")).isFalse();
		assertThat(this.forms.isValid("not-a-token", "user_demo_ada", "chatgpt-local")).isFalse();
		assertThat(this.forms.isValid("", "user_demo_ada", "chatgpt-local")).isFalse();
	}

}
