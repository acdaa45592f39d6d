package network.applicant.gpt.actions.demo;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data at start-up, in the {@code local} profile only.
 *
 * <p>The runner finishes before the application reports itself ready, so {@code ./run.sh
 * --detach} returns with the data in place.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

	@Bean
	DemoDataLoader demoDataLoader(Jdbi jdbi, PlatformTransactionManager transactionManager,
			DemoProperties properties, Clock clock) {
		return new DemoDataLoader(jdbi, new TransactionTemplate(transactionManager), properties, clock);
	}

	@Bean
	ApplicationRunner demoDataRunner(DemoDataLoader loader) {
		return (arguments) -> loader.load();
	}

}
