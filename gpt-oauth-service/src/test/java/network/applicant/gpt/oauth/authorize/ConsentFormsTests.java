package network.applicant.gpt.oauth.authorize;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.oauth.clients.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentFormsTests {

	private static final String KEY = "unit-test-token-key-0123456789abcdef0123";

	private static final RegisteredClient CLIENT = new RegisteredClient("chatgpt", "ChatGPT", "a".repeat(64),
			List.of("https://chatgpt.com/cb"), List.of("jobs:read", "resume:read"), List.of(), false, true, true);

	private static final AuthorizationRequest REQUEST = new AuthorizationRequest(CLIENT, "https://chatgpt.com/cb",
			List.of("jobs:read"), "state", null);

	private static final Candidate ADA = new Candidate("user_demo_ada", null, null);

	private final Instant now = Instant.parse("2026-01-01T10:00:00Z");

	private ConsentForms forms(Instant at) {
		return new ConsentForms(KEY, Duration.ofMinutes(10), java.time.Clock.fixed(at, ZoneOffset.UTC));
	}

	@Test
	void isValidWhenSameCandidateAndRequestThenTrue() {
		assertThat(forms(this.now).isValid(forms(this.now).issue(ADA, REQUEST), ADA, REQUEST)).isTrue();
	}

	@Test
	void isValidWhenAnythingBoundDiffersThenFalse() {
		String token = forms(this.now).issue(ADA, REQUEST);
		ConsentForms forms = forms(this.now);

		assertThat(forms.isValid(token, new Candidate("user_demo_grace", null, null), REQUEST)).isFalse();
		assertThat(forms.isValid(token, ADA, new AuthorizationRequest(CLIENT, REQUEST.redirectUri(),
				List.of("jobs:read", "resume:read"), "state", null))).isFalse();
		assertThat(forms.isValid(token, ADA,
				new AuthorizationRequest(CLIENT, REQUEST.redirectUri(), REQUEST.scopes(), "other", null))).isFalse();
		assertThat(forms.isValid(token, ADA, new AuthorizationRequest(CLIENT, REQUEST.redirectUri(), REQUEST.scopes(),
				"state", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))).isFalse();
		assertThat(forms.isValid(token.replace('.', ','), ADA, REQUEST)).isFalse();
		assertThat(forms.isValid("", ADA, REQUEST)).isFalse();
	}

	@Test
	void isValidWhenExpiredThenFalse() {
		String token = forms(this.now).issue(ADA, REQUEST);

		assertThat(forms(this.now.plus(Duration.ofMinutes(10))).isValid(token, ADA, REQUEST)).isFalse();
	}

	@Test
	void isValidWhenOtherKeyThenFalse() {
		String token = new ConsentForms("another-token-key-0123456789abcdef01234", Duration.ofMinutes(10),
				java.time.Clock.fixed(this.now, ZoneOffset.UTC)).issue(ADA, REQUEST);

		assertThat(forms(this.now).isValid(token, ADA, REQUEST)).isFalse();
	}

}
