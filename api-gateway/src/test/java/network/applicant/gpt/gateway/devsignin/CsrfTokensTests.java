package network.applicant.gpt.gateway.devsignin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsrfTokensTests {

	private final CsrfTokens tokens = new CsrfTokens();

	@Test
	void matchesWhenTokenForTheNonceThenTrue() {
		String nonce = this.tokens.newNonce();

		assertThat(this.tokens.matches(nonce, this.tokens.tokenFor(nonce))).isTrue();
	}

	@Test
	void matchesWhenOtherNonceOtherSecretOrMissingThenFalse() {
		String nonce = this.tokens.newNonce();

		assertThat(this.tokens.matches(this.tokens.newNonce(), this.tokens.tokenFor(nonce))).isFalse();
		assertThat(this.tokens.matches(nonce, new CsrfTokens().tokenFor(nonce))).isFalse();
		assertThat(this.tokens.matches(null, this.tokens.tokenFor(nonce))).isFalse();
		assertThat(this.tokens.matches(nonce, null)).isFalse();
		assertThat(this.tokens.matches("", "")).isFalse();
	}

}
