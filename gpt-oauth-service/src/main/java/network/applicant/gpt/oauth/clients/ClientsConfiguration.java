package network.applicant.gpt.oauth.clients;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.audit.AuditProperties;

/**
 * Client registration: the properties, the secret hasher and the start-up registrar.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuthClientsProperties.class)
class ClientsConfiguration {

	@Bean
	ClientSecretHasher clientSecretHasher(OAuthClientsProperties properties) {
		return new ClientSecretHasher(properties.clientSecretPepper());
	}

	@Bean
	ClientDao clientDao(Jdbi jdbi) {
		return jdbi.onDemand(ClientDao.class);
	}

	@Bean
	RegisteredClients registeredClients(ClientDao clients, ClientSecretHasher hasher) {
		return new RegisteredClients(clients, hasher);
	}

	@Bean
	ClientSecretRotation clientSecretRotation(ClientDao clients, ClientSecretHasher hasher, AuditOutbox outbox,
			AuditProperties audit, PlatformTransactionManager transactionManager, Clock clock) {
		return new ClientSecretRotation(clients, hasher, outbox, audit.source(), transactionManager, clock);
	}

	@Bean
	ClientRegistrar clientRegistrar(ClientDao clients, AuditOutbox outbox, AuditProperties audit,
			PlatformTransactionManager transactionManager, OAuthClientsProperties properties,
			ClientSecretHasher hasher) {
		return new ClientRegistrar(clients, outbox, audit.source(), transactionManager,
				properties.clients().stream().map((client) -> RegisteredClient.from(client, hasher)).toList());
	}

}
