package network.applicant.gpt.actions.importing;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.ActionsServiceApplication;
import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad admin key or import limit stops start-up with the key named, and the admin key
 * never appears in the output.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminKeyStartupIntegrationTests {

	private static SpringApplicationBuilder production(String... properties) {
		return new SpringApplicationBuilder(ActionsServiceApplication.class)
			.properties("spring.datasource.url=" + PostgresTestDatabase.ensure(ActionsIntegrationTestSupport.DATABASE),
					"spring.datasource.username=" + PostgresTestDatabase.user(), "spring.datasource.password=",
					"server.port=0", "spring.main.banner-mode=off",
					"applicant.internal.service-key=test-internal-service-key-" + UUID.randomUUID(),
					"applicant.tokens.issuer=https://applicant.test", "applicant.tokens.audience=https://applicant.test/api/v1/gpt",
					"applicant.tokens.jwks-uri=http://127.0.0.1:9/jwks.json",
					"spring.cloud.stream.bindings.auditEvents-out-0.destination=applicant.audit.test.actions-" + UUID.randomUUID(),
					"spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups=")
			.properties(properties);
	}

	@Test
	void startupWhenAdminKeyTooShortThenFailureNamesTheKeyWithoutPrintingIt(CapturedOutput output) {
		assertThatException().isThrownBy(production("applicant.actions.admin-key=short-secret-1")::run);

		assertThat(output).contains("applicant.actions.admin-key must be at least 16 characters")
			.doesNotContain("short-secret-1");
	}

	@Test
	void startupWhenLocalAdminKeyOutsideLocalProfileThenFails(CapturedOutput output) {
		assertThatException().isThrownBy(production("applicant.actions.admin-key=local-admin-key")::run);

		assertThat(output).contains("applicant.actions.admin-key is the publicly known local development key");
	}

	@Test
	void startupWhenImportLimitsOutOfRangeThenFailureNamesTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(production("applicant.actions.import.max-items=0")::run);

		assertThat(output).contains("applicant.actions.import.max-items must be between 1 and 100000");
	}

	@Test
	void startupWhenConfirmationTtlOutOfRangeThenFailureNamesTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(production("applicant.actions.apply.confirmation-ttl=10s")::run);

		assertThat(output).contains("applicant.actions.apply.confirmation-ttl must be between 1m and 24h");
	}

}
