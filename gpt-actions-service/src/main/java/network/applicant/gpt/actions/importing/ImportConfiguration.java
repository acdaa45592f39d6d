package network.applicant.gpt.actions.importing;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import network.applicant.gpt.actions.jobs.JobIndexUpdates;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.audit.AuditProperties;

/**
 * Wires the job import and the admin-key check of {@code /admin/**}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AdminProperties.class, ImportProperties.class })
class ImportConfiguration {

	@Bean
	AdminKeyInterceptor adminKeyInterceptor(AdminProperties properties, Environment environment) {
		if (properties.isLocalFixture() && !environment.acceptsProfiles(Profiles.of("local"))) {
			throw new IllegalStateException(AdminProperties.KEY + " is the publicly known local development key;"
					+ " outside the local profile set a random key of at least " + AdminProperties.MIN_LENGTH
					+ " characters (for example: openssl rand -hex 32)");
		}
		return new AdminKeyInterceptor(properties);
	}

	@Bean
	WebMvcConfigurer adminKeyCheck(AdminKeyInterceptor interceptor) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(interceptor).addPathPatterns(AdminKeyInterceptor.PATTERN);
			}
		};
	}

	@Bean
	JobImporter jobImporter(Jdbi jdbi, PlatformTransactionManager transactionManager, JsonMapper json,
			ImportProperties properties, AuditOutbox outbox, AuditProperties audit, Clock clock,
			JobIndexUpdates index) {
		return new JobImporter(jdbi, new TransactionTemplate(transactionManager), json, properties, outbox,
				audit.source(), clock, index);
	}

}
