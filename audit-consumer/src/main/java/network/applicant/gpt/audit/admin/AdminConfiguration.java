package network.applicant.gpt.audit.admin;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import network.applicant.gpt.config.admin.AdminKey;
import network.applicant.gpt.config.admin.AdminKeyInterceptor;

/**
 * Wires the admin query and the admin-key check of {@code /admin/**}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditAdminProperties.class)
class AdminConfiguration {

	@Bean
	AdminKeyInterceptor auditAdminKeyInterceptor(AuditAdminProperties properties, Environment environment) {
		AdminKey key = properties.key();
		key.requireLocalProfileForFixture(environment);
		return new AdminKeyInterceptor(key);
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
