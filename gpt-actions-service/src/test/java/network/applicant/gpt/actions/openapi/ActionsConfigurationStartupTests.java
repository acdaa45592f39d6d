package network.applicant.gpt.actions.openapi;

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
 * A bad public base URL or search setting stops start-up with a message naming the key.
 */
@ExtendWith(OutputCaptureExtension.class)
class ActionsConfigurationStartupTests {

	@Test
	void startupWhenPublicBaseUrlIsPlainHttpThenFailureNamesTheKey(CapturedOutput output) {
		// a command-line argument: it must win over application-local.yml, as an environment variable would
		assertThatException().isThrownBy(
				() -> application().run("--applicant.actions.public-base-url=http://applicant.example").close());

		assertThat(output).contains("applicant.actions.public-base-url must be an absolute https URL");
	}

	@Test
	void startupWhenDiskIndexWithoutPathThenFailureNamesTheKey(CapturedOutput output) {
		assertThatException().isThrownBy(() -> application().run("--applicant.actions.search.store=disk").close());

		assertThat(output).contains("applicant.actions.search.path must be set");
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(ActionsServiceApplication.class).profiles("local")
			.properties("spring.datasource.url=" + PostgresTestDatabase.ensure(ActionsIntegrationTestSupport.DATABASE),
					"spring.datasource.username=" + PostgresTestDatabase.user(), "spring.datasource.password=",
					"server.port=0", "spring.main.banner-mode=off", "applicant.demo.jobs=true",
					"spring.cloud.stream.bindings.auditEvents-out-0.destination=applicant.audit.test.actions-"
							+ UUID.randomUUID(),
					"spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups=");
	}

}
