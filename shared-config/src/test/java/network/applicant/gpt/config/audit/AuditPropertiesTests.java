package network.applicant.gpt.config.audit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class AuditPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class);

	@Test
	void bindWhenSourceMissingThenStartupFailsNamingTheKey() {
		this.runner.run((context) -> assertThat(context).getFailure()
			.rootCause()
			.hasMessageContaining("applicant.audit")
			.hasMessageContaining("source"));
	}

	@Test
	void bindWhenDefaultsThenOutboxDisabledWithSafeSettings() {
		this.runner.withPropertyValues("applicant.audit.source=gpt-oauth-service").run((context) -> {
			AuditProperties properties = context.getBean(AuditProperties.class);
			assertThat(properties.outbox().enabled()).isFalse();
			assertThat(properties.outbox().table()).isEqualTo("audit_outbox");
			assertThat(properties.outbox().batchSize()).isEqualTo(100);
		});
	}

	@Test
	void bindWhenTableNotAnIdentifierThenStartupFailsNamingTheKey() {
		this.runner
			.withPropertyValues("applicant.audit.source=svc", "applicant.audit.outbox.table=outbox; DROP TABLE x")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("applicant.audit")
				.hasMessageContaining("outbox.table"));
	}

	@Test
	void bindWhenBatchSizeOutOfRangeThenStartupFailsNamingTheKey() {
		this.runner.withPropertyValues("applicant.audit.source=svc", "applicant.audit.outbox.batch-size=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("applicant.audit")
				.hasMessageContaining("outbox.batchSize"));
	}

	@Test
	void bindWhenBackoffBelowPollIntervalThenStartupFailsNamingTheKey() {
		this.runner
			.withPropertyValues("applicant.audit.source=svc", "applicant.audit.outbox.poll-interval=10s",
					"applicant.audit.outbox.max-backoff=1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("applicant.audit.outbox.max-backoff"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AuditProperties.class)
	static class Config {

	}

}
