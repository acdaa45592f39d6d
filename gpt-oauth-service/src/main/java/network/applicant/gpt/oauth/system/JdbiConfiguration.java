package network.applicant.gpt.oauth.system;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * One {@link Jdbi} for the service, on the Boot data source.
 */
@Configuration(proxyBeanMethods = false)
class JdbiConfiguration {

	/*
	 * The proxy hands Jdbi the connection of the Spring transaction in progress, so that
	 * Jdbi statements commit or roll back together with JdbcTemplate work such as
	 * AuditOutbox.record(..). A plain Jdbi.create(dataSource) would take a connection of
	 * its own and commit on it, outside the transaction.
	 */
	@Bean
	Jdbi jdbi(DataSource dataSource) {
		return Jdbi.create(new TransactionAwareDataSourceProxy(dataSource))
			.installPlugin(new SqlObjectPlugin())
			.installPlugin(new PostgresPlugin());
	}

}
