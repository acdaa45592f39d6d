package network.applicant.gpt.actions.applying;

import java.security.SecureRandom;
import java.time.Clock;

import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.audit.AuditProperties;

/**
 * Wires {@code submitApplication}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApplyProperties.class)
class ApplyConfiguration {

	@Bean
	ApplicationSubmission applicationSubmission(Jdbi jdbi, PlatformTransactionManager transactionManager,
			AuditOutbox outbox, AuditProperties audit, ApplyProperties properties, JsonMapper json, Clock clock) {
		return new ApplicationSubmission(jdbi, new TransactionTemplate(transactionManager), outbox, audit.source(),
				new ConfirmationTokens(new SecureRandom()), properties, json, clock);
	}

}
