package network.applicant.gpt.audit.system;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * One {@link Jdbi} for the application, joined to Spring's transactions.
 */
@Configuration(proxyBeanMethods = false)
class JdbiConfiguration {

	/*
	 * The proxy makes Jdbi use the connection of a surrounding @Transactional method;
	 * a plain Jdbi.create(dataSource) would silently run outside it.
	 *
	 * Statement exceptions are rendered without SQL or bound values: the bound values of
	 * an audit insert are the event's contents, and exception messages end up in logs
	 * and in the x-exception-* headers of dead-lettered messages.
	 */
	@Bean
	Jdbi jdbi(DataSource dataSource) {
		Jdbi jdbi = Jdbi.create(new TransactionAwareDataSourceProxy(dataSource))
			.installPlugin(new SqlObjectPlugin())
			.installPlugin(new PostgresPlugin());
		jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
		return jdbi;
	}

}
