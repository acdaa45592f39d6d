package network.applicant.gpt.gateway.devsignin;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashTests {

	@Test
	void matchesWhenConfiguredDemoHashThenOnlyDemo() {
		assertThat(PasswordHash.matches("demo".toCharArray(), GatewayTestSupport.DEMO_HASH)).isTrue();
		assertThat(PasswordHash.matches("Demo".toCharArray(), GatewayTestSupport.DEMO_HASH)).isFalse();
		assertThat(PasswordHash.matches("".toCharArray(), GatewayTestSupport.DEMO_HASH)).isFalse();
	}

	@Test
	void createThenRoundTripsAndIsWellFormed() {
		String stored = PasswordHash.create("s3cret".toCharArray(), new byte[16], 10_000);

		assertThat(PasswordHash.isWellFormed(stored)).isTrue();
		assertThat(PasswordHash.matches("s3cret".toCharArray(), stored)).isTrue();
	}

	@Test
	void matchesWhenDummyHashThenNothingMatches() {
		assertThat(PasswordHash.isWellFormed(PasswordHash.DUMMY)).isTrue();
		assertThat(PasswordHash.matches("demo".toCharArray(), PasswordHash.DUMMY)).isFalse();
	}

	@Test
	void isWellFormedWhenPlainPasswordThenFalse() {
		assertThat(PasswordHash.isWellFormed("demo")).isFalse();
		assertThat(PasswordHash.isWellFormed(null)).isFalse();
	}

}
