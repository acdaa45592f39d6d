package network.applicant.gpt.oauth.token;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokensTests {

	private final RefreshTokens tokens = new RefreshTokens("unit-test-token-key-0123456789abcdef0123",
			Duration.ofDays(30), Duration.ofSeconds(30));

	private final Instant now = Instant.parse("2026-01-01T10:00:00Z");

	@Test
	void successorIsDeterministicPerTokenAndGeneration() {
		assertThat(this.tokens.successor("token-a", 1)).isEqualTo(this.tokens.successor("token-a", 1))
			.isNotEqualTo(this.tokens.successor("token-a", 2))
			.isNotEqualTo(this.tokens.successor("token-b", 1))
			.matches("[A-Za-z0-9_-]{43}");
	}

	@Test
	void successorDependsOnTheKey() {
		RefreshTokens other = new RefreshTokens("another-token-key-0123456789abcdef01234", Duration.ofDays(30),
				Duration.ofSeconds(30));

		assertThat(other.successor("token-a", 1)).isNotEqualTo(this.tokens.successor("token-a", 1));
	}

	@Test
	void isWithinGraceOnlyBeforeTheGracePeriodEnds() {
		assertThat(this.tokens.isWithinGrace(this.now, this.now.plusSeconds(29))).isTrue();
		assertThat(this.tokens.isWithinGrace(this.now, this.now.plusSeconds(30))).isFalse();
	}

	@Test
	void idleExpiryNeverPassesTheFamilyEnd() {
		assertThat(this.tokens.idleExpiry(this.now, this.now.plus(Duration.ofDays(90))))
			.isEqualTo(this.now.plus(Duration.ofDays(30)));
		assertThat(this.tokens.idleExpiry(this.now, this.now.plus(Duration.ofDays(2))))
			.isEqualTo(this.now.plus(Duration.ofDays(2)));
	}

}
