package network.applicant.gpt.oauth.authorize;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.audit.AuditProperties;
import network.applicant.gpt.oauth.clients.RegisteredClients;
import network.applicant.gpt.oauth.system.OAuthServerProperties;

/**
 * The authorization endpoint's rules and state.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizeConfiguration {

	@Bean
	AuthorizationRequestValidator authorizationRequestValidator(RegisteredClients clients) {
		return new AuthorizationRequestValidator(clients::findEnabled);
	}

	@Bean
	ConsentForms consentForms(OAuthServerProperties server, Clock clock) {
		return new ConsentForms(server.tokenKey(), server.lifetimes().consentForm(), clock);
	}

	@Bean
	AuthorizationService authorizationService(Jdbi jdbi, AuditOutbox outbox, AuditProperties audit,
			PlatformTransactionManager transactionManager, OAuthServerProperties server, Clock clock) {
		return new AuthorizationService(jdbi.onDemand(AuthorizeDao.class), outbox, audit.source(), transactionManager,
				server.lifetimes().authorizationCode(), clock);
	}

}
