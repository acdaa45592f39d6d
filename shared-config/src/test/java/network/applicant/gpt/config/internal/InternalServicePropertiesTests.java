package network.applicant.gpt.config.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class InternalServicePropertiesTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class);

	@Test
	void bindWhenKeyMissingThenStartupFailsNamingTheKey() {
		this.runner.run((context) -> assertThat(context).getFailure()
			.rootCause()
			.hasMessageContaining("applicant.internal.service-key is not set"));
	}

	@Test
	void startupWhenKeyTooShortThenFailureReportNamesTheKeyAndNeverPrintsIt(CapturedOutput output) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(Config.class)
			.web(WebApplicationType.NONE)
			.properties("applicant.internal.service-key=short-secret-value", "spring.main.banner-mode=off");

		assertThatException().isThrownBy(application::run);

		assertThat(output).contains("applicant.internal.service-key must be at least 32 characters")
			.doesNotContain("short-secret-value");
	}

	@Test
	void isServiceKeyComparesExactly() {
		InternalServiceProperties properties = new InternalServiceProperties(KEY, "x-internal-service-key");

		assertThat(properties.isServiceKey(KEY)).isTrue();
		assertThat(properties.isServiceKey(KEY + "x")).isFalse();
		assertThat(properties.isServiceKey(KEY.toUpperCase())).isFalse();
		assertThat(properties.isServiceKey(null)).isFalse();
	}

	@Test
	void toStringRedactsTheKey() {
		assertThat(new InternalServiceProperties(KEY, "x-internal-service-key").toString()).doesNotContain(KEY)
			.contains("redacted");
	}

	@Test
	void bindWhenValidThenDefaultHeader() {
		this.runner.withPropertyValues("applicant.internal.service-key=" + KEY)
			.run((context) -> assertThat(context.getBean(InternalServiceProperties.class).serviceKeyHeader())
				.isEqualTo("x-internal-service-key"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(InternalServiceProperties.class)
	static class Config {

	}

}
