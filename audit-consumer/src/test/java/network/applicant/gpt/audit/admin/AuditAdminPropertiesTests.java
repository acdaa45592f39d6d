package network.applicant.gpt.audit.admin;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditAdminPropertiesTests {

	private static final String SHORT_SECRET = "short-secret";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(Jdbi.class, () -> Jdbi.create("jdbc:postgresql://127.0.0.1:1/none"))
		.withUserConfiguration(AdminConfiguration.class);

	@Test
	void constructorWhenKeyTooShortThenRefusedNamingTheKeyButNotTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditAdminProperties(SHORT_SECRET))
			.withMessageContaining("applicant.audit.admin-key")
			.withMessageNotContaining(SHORT_SECRET);
	}

	@Test
	void keyComparesTheWholeKey() {
		AuditAdminProperties properties = new AuditAdminProperties("0123456789abcdef0123");

		assertThat(properties.key().matches("0123456789abcdef0123")).isTrue();
		assertThat(properties.key().matches("0123456789abcdef012")).isFalse();
		assertThat(properties.key().matches(null)).isFalse();
		assertThat(new AuditAdminProperties(null).key().matches("anything")).isFalse();
		assertThat(properties.toString()).doesNotContain("0123456789abcdef0123");
	}

	@Test
	void startWhenLocalKeyOutsideLocalProfileThenFailsNamingTheKey() {
		this.runner.withPropertyValues("applicant.audit.admin-key=local-admin-key")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("applicant.audit.admin-key is the publicly known local development key"));
	}

	@Test
	void startWhenShortKeyThenFailsNamingTheKeyWithoutPrintingIt() {
		this.runner.withPropertyValues("applicant.audit.admin-key=" + SHORT_SECRET)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("applicant.audit.admin-key must be at least 16 characters")
				.hasMessageNotContaining(SHORT_SECRET));
	}

	@Test
	void startWhenLocalKeyInLocalProfileThenStarts() {
		this.runner.withPropertyValues("applicant.audit.admin-key=local-admin-key", "spring.profiles.active=local")
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
