package network.applicant.gpt.gateway.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityHeaderStrippingFilterTests {

	private final IdentityHeaderStrippingFilter filter = new IdentityHeaderStrippingFilter(
			List.of("x-clerk-user-id", "X-Internal-Service-Key"));

	@Test
	void isStrippedWhenConfiguredNameInAnyCaseThenTrue() {
		assertThat(this.filter.isStripped("x-clerk-user-id")).isTrue();
		assertThat(this.filter.isStripped("X-CLERK-USER-ID")).isTrue();
		assertThat(this.filter.isStripped("x-internal-service-key")).isTrue();
	}

	@Test
	void isStrippedWhenForwardedHeaderThenTrue() {
		assertThat(this.filter.isStripped("Forwarded")).isTrue();
		assertThat(this.filter.isStripped("X-Forwarded-For")).isTrue();
		assertThat(this.filter.isStripped("x-forwarded-anything")).isTrue();
	}

	@Test
	void isStrippedWhenOrdinaryHeaderThenFalse() {
		assertThat(this.filter.isStripped("Authorization")).isFalse();
		assertThat(this.filter.isStripped("x-clerk-user-id-hint")).isFalse();
		assertThat(this.filter.isStripped("X-Request-Id")).isFalse();
	}

	@Test
	void namesToRemoveWhenMixedHeadersThenOnlyIdentityNamesAsPresented() {
		HttpHeaders headers = new HttpHeaders();
		headers.add("X-Clerk-User-Id", "user_demo_ada");
		headers.add("Accept", "application/json");
		headers.add("X-Forwarded-Host", "evil.example");

		assertThat(this.filter.namesToRemove(headers)).containsExactlyInAnyOrder("X-Clerk-User-Id",
				"X-Forwarded-Host");
	}

}
