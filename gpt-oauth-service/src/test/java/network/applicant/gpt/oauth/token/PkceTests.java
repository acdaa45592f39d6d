package network.applicant.gpt.oauth.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTests {

	// RFC 7636 appendix B
	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	@Test
	void verifyWhenRfcExampleThenTrue() {
		assertThat(Pkce.verify(CHALLENGE, VERIFIER)).isTrue();
	}

	@Test
	void verifyWhenVerifierWrongOrMissingThenFalse() {
		assertThat(Pkce.verify(CHALLENGE, VERIFIER.replace('d', 'e'))).isFalse();
		assertThat(Pkce.verify(CHALLENGE, null)).isFalse();
		assertThat(Pkce.verify(CHALLENGE, CHALLENGE)).isFalse();
	}

	@Test
	void verifyWhenVerifierWithoutChallengeThenFalse() {
		assertThat(Pkce.verify(null, VERIFIER)).isFalse();
		assertThat(Pkce.verify(null, null)).isTrue();
	}

	@Test
	void isChallengeAcceptsOnly43Base64UrlCharacters() {
		assertThat(Pkce.isChallenge(CHALLENGE)).isTrue();
		assertThat(Pkce.isChallenge(CHALLENGE + "A")).isFalse();
		assertThat(Pkce.isChallenge(CHALLENGE.replace('-', '+'))).isFalse();
	}

}
