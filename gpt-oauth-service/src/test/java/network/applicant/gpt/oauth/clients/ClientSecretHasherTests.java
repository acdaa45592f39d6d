package network.applicant.gpt.oauth.clients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientSecretHasherTests {

	private static final String PEPPER = "unit-test-pepper-0123456789abcdef0123";

	private final ClientSecretHasher hasher = new ClientSecretHasher(PEPPER);

	@Test
	void hashIsLowercaseHexHmacSha256OfTheSecretUnderThePepper() {
		// printf '%s' chatgpt-local-secret | openssl dgst -sha256 -hmac unit-test-pepper-0123456789abcdef0123
		assertThat(this.hasher.hash("chatgpt-local-secret"))
			.isEqualTo("3bce56d36090042c88150e138a9bf9d2763d9e4da0a445f602cea2869d5c283b");
	}

	@Test
	void hashDependsOnThePepper() {
		ClientSecretHasher other = new ClientSecretHasher("another-pepper-0123456789abcdef012345");

		assertThat(other.hash("chatgpt-local-secret")).isNotEqualTo(this.hasher.hash("chatgpt-local-secret"));
	}

	@Test
	void matchesWhenSameSecretThenTrue() {
		assertThat(this.hasher.matches("chatgpt-local-secret", this.hasher.hash("chatgpt-local-secret"))).isTrue();
	}

	@Test
	void matchesWhenOtherSecretThenFalse() {
		String stored = this.hasher.hash("chatgpt-local-secret");

		assertThat(this.hasher.matches("chatgpt-local-secreT", stored)).isFalse();
		assertThat(this.hasher.matches("", stored)).isFalse();
		assertThat(this.hasher.matches(null, stored)).isFalse();
	}

	@Test
	void matchesWhenStoredHashMalformedThenFalse() {
		assertThat(this.hasher.matches("chatgpt-local-secret", "not-hex")).isFalse();
		assertThat(this.hasher.matches("chatgpt-local-secret", "z".repeat(64))).isFalse();
		assertThat(this.hasher.matches("chatgpt-local-secret", null)).isFalse();
	}

	@Test
	void matchesWhenSecretGivenAsItsHashThenFalse() {
		String stored = this.hasher.hash("chatgpt-local-secret");

		assertThat(this.hasher.matches(stored, stored)).isFalse();
	}

	@Test
	void constructorWhenPepperTooShortThenFailsWithoutPrintingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientSecretHasher("short-pepper-value"))
			.withMessageContaining("at least 32")
			.withMessageNotContaining("short-pepper-value");
	}

	@Test
	void toStringRedactsThePepper() {
		assertThat(this.hasher.toString()).doesNotContain(PEPPER);
	}

}
