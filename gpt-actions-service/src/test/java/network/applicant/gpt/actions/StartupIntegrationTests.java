package network.applicant.gpt.actions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts the real application outside the shared test context: with the production
 * (default) profile on a new, empty database, and with configurations that must stop
 * start-up. Each context is closed at the end of its test.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupIntegrationTests {

	private static final String SERVICE_KEY = "test-internal-service-key-" + UUID.randomUUID();

	@Test
	void startupWhenProductionProfileOnEmptyDatabaseThenMigratesAndLoadsNoDemoData() throws SQLException {
		String database = "applicant_test_actions_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url = PostgresTestDatabase.ensure(database);
		try {
			try (ConfigurableApplicationContext context = application(url).properties(
					"applicant.internal.service-key=" + SERVICE_KEY).run()) {
				assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
				assertThat(context.containsBean("demoDataLoader")).isFalse();
				assertThat(context.getBeansOfType(ApplicationRunner.class)).doesNotContainKey("demoDataRunner");

				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForList("SELECT version FROM actions.flyway_schema_history"
						+ " WHERE success AND version IS NOT NULL ORDER BY installed_rank", String.class))
					.containsExactly("1", "2");
				List<Long> counts = new ArrayList<>();
				for (String table : List.of("companies", "jobs", "candidates", "resumes", "applications")) {
					counts.add(jdbc.queryForObject("SELECT count(*) FROM platform." + table, Long.class));
				}
				assertThat(counts).containsOnly(0L);
			}
		}
		finally {
			drop(database);
		}
	}

	@Test
	void startupWhenLocalAndProdProfilesTogetherThenFails() {
		SpringApplicationBuilder application = application(PostgresTestDatabase.ensure(ActionsIntegrationTestSupport.DATABASE))
			.profiles("local", "prod");

		assertThatException().isThrownBy(application::run)
			.withMessageContaining("'local' and 'prod' profiles must not be active together");
	}

	@Test
	void startupWhenDemoJobCountInvalidThenFailureNamesTheKey(CapturedOutput output) {
		SpringApplicationBuilder application = application(PostgresTestDatabase.ensure(ActionsIntegrationTestSupport.DATABASE))
			.profiles("local")
			.properties("applicant.demo.open-jobs=-1");

		assertThatException().isThrownBy(application::run);

		assertThat(output).contains("applicant.demo.open-jobs").contains("\"@timestamp\"");
	}

	@Test
	void startupWhenServiceKeyMissingInProductionThenFailureNamesTheKey(CapturedOutput output) {
		SpringApplicationBuilder application = application(PostgresTestDatabase.ensure(ActionsIntegrationTestSupport.DATABASE));

		assertThatException().isThrownBy(application::run);

		assertThat(output).contains("applicant.internal.service-key is not set");
	}

	private static SpringApplicationBuilder application(String url) {
		return new SpringApplicationBuilder(ActionsServiceApplication.class).properties(
				"spring.datasource.url=" + url, "spring.datasource.username=" + PostgresTestDatabase.user(),
				"spring.datasource.password=", "server.port=0", "spring.main.banner-mode=off",
				"applicant.tokens.issuer=https://applicant.test", "applicant.tokens.audience=https://applicant.test/api/v1/gpt",
				"applicant.tokens.jwks-uri=http://127.0.0.1:9/jwks.json",
				"applicant.demo.jobs=true",
				"spring.cloud.stream.bindings.auditEvents-out-0.destination=applicant.audit.test.actions-"
						+ UUID.randomUUID(),
				"spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups=");
	}

	private static void drop(String database) throws SQLException {
		String admin = PostgresTestDatabase.ensure(ActionsIntegrationTestSupport.DATABASE)
			.replace(ActionsIntegrationTestSupport.DATABASE, "postgres");
		try (Connection connection = DriverManager.getConnection(admin, PostgresTestDatabase.user(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

}
