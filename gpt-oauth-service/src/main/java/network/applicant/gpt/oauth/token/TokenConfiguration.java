package network.applicant.gpt.oauth.token;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.audit.AuditProperties;
import network.applicant.gpt.oauth.keys.AccessTokenIssuer;
import network.applicant.gpt.oauth.system.OAuthServerProperties;

/**
 * The token endpoint's grants and state.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	@Bean
	TokenService tokenService(Jdbi jdbi, AccessTokenIssuer accessTokens, AuditOutbox outbox, AuditProperties audit,
			PlatformTransactionManager transactionManager, OAuthServerProperties server, Clock clock,
			TokenMetrics metrics) {
		OAuthServerProperties.Lifetimes lifetimes = server.lifetimes();
		return new TokenService(jdbi.onDemand(TokenDao.class), accessTokens,
				new RefreshTokens(server.tokenKey(), lifetimes.refreshTokenIdle(), lifetimes.refreshGracePeriod()),
				outbox, audit.source(), transactionManager, lifetimes.refreshTokenAbsolute(), clock, metrics);
	}

	@Bean
	TokenMetrics tokenMetrics(MeterRegistry registry) {
		return new TokenMetrics(registry);
	}

}
