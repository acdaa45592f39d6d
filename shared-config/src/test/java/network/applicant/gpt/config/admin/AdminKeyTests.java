package network.applicant.gpt.config.admin;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AdminKeyTests {

	private static final String PROPERTY = "applicant.test.admin-key";

	@Test
	void ofWhenTooShortThenRefusedNamingThePropertyNotTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> AdminKey.of("short-secret-1", PROPERTY))
			.withMessageContaining(PROPERTY)
			.withMessageNotContaining("short-secret-1");
	}

	@Test
	void ofWhenBlankThenDisabled() {
		assertThat(AdminKey.of(" ", PROPERTY).isEnabled()).isFalse();
		assertThat(AdminKey.of(null, PROPERTY).matches("anything")).isFalse();
	}

	@Test
	void matchesComparesTheWholeKey() {
		AdminKey key = AdminKey.of("0123456789abcdef0123", PROPERTY);

		assertThat(key.matches("0123456789abcdef0123")).isTrue();
		assertThat(key.matches("0123456789abcdef012")).isFalse();
		assertThat(key.matches(null)).isFalse();
		assertThat(key.toString()).doesNotContain("0123456789abcdef0123");
	}

	@Test
	void localFixtureOutsideTheLocalProfileThenRefused() {
		AdminKey fixture = AdminKey.of(AdminKey.LOCAL_KEY, PROPERTY);
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");
		MockEnvironment local = new MockEnvironment();
		local.setActiveProfiles("local");

		assertThatIllegalStateException().isThrownBy(() -> fixture.requireLocalProfileForFixture(production))
			.withMessageContaining(PROPERTY);
		fixture.requireLocalProfileForFixture(local);
		assertThat(fixture.isLocalFixture()).isTrue();
	}

}
