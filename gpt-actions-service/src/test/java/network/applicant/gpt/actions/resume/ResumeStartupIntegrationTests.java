package network.applicant.gpt.actions.resume;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.ActionsServiceApplication;
import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Bad resume-analysis configuration stops start-up with the key named and no secret printed.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResumeStartupIntegrationTests {

	private static SpringApplicationBuilder application(String... properties) {
		return new SpringApplicationBuilder(ActionsServiceApplication.class)
			.properties("spring.datasource.url=" + PostgresTestDatabase.ensure(ActionsIntegrationTestSupport.DATABASE),
					"spring.datasource.username=" + PostgresTestDatabase.user(), "spring.datasource.password=",
					"server.port=0", "spring.main.banner-mode=off", "applicant.demo.jobs=true",
					"applicant.tokens.issuer=https://applicant.test",
					"applicant.tokens.audience=https://applicant.test/api/v1/gpt",
					"applicant.tokens.jwks-uri=http://127.0.0.1:9/api/v1/gpt/oauth/jwks.json",
					"applicant.internal.service-key=test-internal-service-key-" + UUID.randomUUID(),
					"spring.cloud.stream.bindings.auditEvents-out-0.destination=applicant.audit.test.actions-"
							+ UUID.randomUUID(),
					"spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups=")
			.properties(properties);
	}

	@Test
	void startupWhenAiBaseUrlWithoutKeyThenFailureNamesTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(application("applicant.resume.ai.base-url=https://ai.example/v1")::run);

		assertThat(output).contains("applicant.resume.ai.api-key is required");
	}

	@Test
	void startupWhenAiBaseUrlInvalidThenFailureNamesTheKeyAndHidesTheSecret(CapturedOutput output) {
		assertThatException().isThrownBy(application("applicant.resume.ai.base-url=ftp://ai.example/v1",
				"applicant.resume.ai.api-key=sk-test-secret-4711")::run);

		assertThat(output).contains("applicant.resume.ai.base-url").doesNotContain("sk-test-secret-4711");
	}

	@Test
	void startupWhenAllowedHostIsAUrlThenFailureNamesTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(
				application("applicant.resume.files.allowed-hosts=https://files.oaiusercontent.com")::run);

		assertThat(output).contains("applicant.resume.files.allowed-hosts");
	}

}
