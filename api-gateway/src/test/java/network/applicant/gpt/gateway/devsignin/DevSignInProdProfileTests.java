package network.applicant.gpt.gateway.devsignin;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev sign-in must never run in production: with the {@code prod} profile active and
 * the dev sign-in enabled, the context refuses to start.
 *
 * <p>An application context runner rather than a whole {@code SpringApplication}: a failed
 * application run in the same JVM re-initialises logging and has been seen to leave the
 * shared test gateway unable to serve its next request.
 */
class DevSignInProdProfileTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withUserConfiguration(DevSignInConfiguration.class);

	@Test
	void startWhenDevSignInEnabledUnderProdProfileThenFailsNamingKey() {
		this.runner.withPropertyValues("applicant.gateway.dev-sign-in.enabled=true")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("prod"))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure())
					.hasMessageContaining("applicant.gateway.dev-sign-in.enabled is true while the prod profile is active");
			});
	}

	@Test
	void startWhenDevSignInEnabledUnderOtherProfilesThenServed() {
		this.runner.withPropertyValues("applicant.gateway.dev-sign-in.enabled=true")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("local"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(DevSessionIssuer.class));
	}

	@Test
	void startWhenDevSignInNotEnabledUnderProdProfileThenNothingServed() {
		this.runner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("prod"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DevSessionIssuer.class));
	}

}
