package network.applicant.gpt.oauth.webhooks;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.audit.AuditProperties;
import network.applicant.gpt.oauth.connections.Connections;

/**
 * Clerk webhooks: the signature verifier (its secret validated at start-up) and the
 * event handling.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClerkWebhookProperties.class)
class WebhooksConfiguration {

	@Bean
	SvixSignatures svixSignatures(ClerkWebhookProperties properties, Clock clock) {
		return SvixSignatures.fromSecret(properties.clerkWebhookSecret(), clock);
	}

	@Bean
	ClerkWebhooks clerkWebhooks(Jdbi jdbi, Connections connections, AuditOutbox outbox, AuditProperties audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		return new ClerkWebhooks(jdbi.onDemand(WebhookDeliveriesDao.class), connections, outbox, audit.source(),
				transactionManager, clock);
	}

}
