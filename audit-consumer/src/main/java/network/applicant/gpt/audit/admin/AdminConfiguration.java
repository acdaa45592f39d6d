package network.applicant.gpt.audit.admin;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the admin query and the admin-key check of {@code /admin/**}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditAdminProperties.class)
class AdminConfiguration {

	@Bean
	AdminKeyInterceptor auditAdminKeyInterceptor(AuditAdminProperties properties, Environment environment) {
		if (properties.isLocalFixture() && !environment.acceptsProfiles(Profiles.of("local"))) {
			throw new IllegalStateException(AuditAdminProperties.KEY + " is the publicly known local development key;"
					+ " outside the local profile set a random key of at least " + AuditAdminProperties.MIN_LENGTH
					+ " characters (for example: openssl rand -hex 32)");
		}
		return new AdminKeyInterceptor(properties);
	}

	@Bean
	WebMvcConfigurer auditAdminKeyCheck(AdminKeyInterceptor interceptor) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(interceptor).addPathPatterns(AdminKeyInterceptor.PATTERN);
			}
		};
	}

	@Bean
	AuditEventQueries auditEventQueries(Jdbi jdbi) {
		return new AuditEventQueries(jdbi);
	}

}
