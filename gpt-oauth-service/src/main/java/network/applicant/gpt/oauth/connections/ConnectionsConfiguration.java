package network.applicant.gpt.oauth.connections;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.audit.AuditProperties;
import network.applicant.gpt.oauth.system.OAuthServerProperties;

/**
 * Connected apps: the service and the disconnect forms' tokens.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionsConfiguration {

	@Bean
	Connections connections(Jdbi jdbi, AuditOutbox outbox, AuditProperties audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		return new Connections(jdbi.onDemand(ConnectionsDao.class), outbox, audit.source(), transactionManager, clock);
	}

	@Bean
	ConnectionForms connectionForms(OAuthServerProperties server, Clock clock) {
		return new ConnectionForms(server.tokenKey(), server.lifetimes().consentForm(), clock);
	}

}
