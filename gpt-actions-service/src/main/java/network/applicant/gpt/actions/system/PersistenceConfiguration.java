package network.applicant.gpt.actions.system;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one {@link Jdbi} of the service, joined to Spring-managed transactions.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	/*
	 * Jdbi.create(dataSource) would take fresh connections from the pool and silently run
	 * outside @Transactional / TransactionTemplate. The proxy hands Jdbi the connection bound
	 * to the current Spring transaction (or a pooled one outside a transaction), so a DAO
	 * call and the audit outbox insert commit or roll back together. Jdbi notices that such
	 * a connection is already in a transaction and leaves commit and rollback to Spring.
	 */
	@Bean
	Jdbi jdbi(DataSource dataSource) {
		return Jdbi.create(new TransactionAwareDataSourceProxy(dataSource))
			.installPlugin(new SqlObjectPlugin())
			.installPlugin(new PostgresPlugin());
	}

}
