package network.applicant.gpt.actions.system;

import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops start-up when the {@code local} and {@code prod} profiles are active together.
 *
 * <p>The local profile loads demo candidates, jobs and applications and carries fixed,
 * publicly known keys; in production that would publish fake jobs and open a back door.
 * Failing before any bean exists means not even the database is touched.
 */
class LocalProfileGuard implements EnvironmentPostProcessor, Ordered {

	static final String LOCAL = "local";

	static final String PROD = "prod";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Set<String> active = Set.of(environment.getActiveProfiles());
		if (active.contains(LOCAL) && active.contains(PROD)) {
			throw new IllegalStateException("The 'local' and 'prod' profiles must not be active together: 'local'"
					+ " loads demo data and fixed keys. Remove 'local' from spring.profiles.active"
					+ " (SPRING_PROFILES_ACTIVE) in production.");
		}
	}

	/** Runs after the config-data processor, which is what activates profiles from files. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
