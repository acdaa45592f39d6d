package network.applicant.gpt.actions.importing;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import network.applicant.gpt.config.admin.AdminKey;
import network.applicant.gpt.config.admin.AdminKeyInterceptor;
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
		AdminKey key = properties.key();
		key.requireLocalProfileForFixture(environment);
		return new AdminKeyInterceptor(key);
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
