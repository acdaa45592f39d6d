package network.applicant.gpt.actions.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import network.applicant.gpt.config.internal.InternalServiceProperties;

/**
 * The clock and the shared configuration records the service relies on.
 *
 * <p>{@link InternalServiceProperties} is bound here so that a missing or short internal
 * service key stops start-up, before the first request that would need it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InternalServiceProperties.class)
class SystemConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ActionsObservationConvention actionsObservationConvention() {
		return new ActionsObservationConvention();
	}

}
