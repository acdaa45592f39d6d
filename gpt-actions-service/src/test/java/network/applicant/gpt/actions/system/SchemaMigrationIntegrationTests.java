package network.applicant.gpt.actions.system;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Flyway scripts against the real PostgreSQL: what they create and which rows their
 * constraints reject. Every write runs in a transaction that is rolled back, so the tests
 * leave the database as they found it. (That fresh schemas migrate is shown by
 * {@code StartupIntegrationTests}, which starts the service on a new, empty database.)
 */
class SchemaMigrationIntegrationTests extends ActionsIntegrationTestSupport {

	private static final String CHECK_VIOLATION = "23514";

	private static final String UNIQUE_VIOLATION = "23505";

	private static final String NOT_NULL_VIOLATION = "23502";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private final String key = "test-" + UUID.randomUUID();

	@Test
	void migrateCreatesHistoryInActionsSchema() {
		List<String> versions = this.jdbc.queryForList(
				"SELECT version FROM actions.flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank",
				String.class);
		assertThat(versions).containsExactly("1", "2");
	}

	@Test
	void migrateCreatesTablesInTheirSchemas() {
		List<String> tables = this.jdbc.queryForList("""
				SELECT table_schema || '.' || table_name FROM information_schema.tables
				WHERE table_schema IN ('actions', 'platform') AND table_type = 'BASE TABLE'""", String.class);
		assertThat(tables).contains("platform.companies", "platform.jobs", "platform.job_requirements",
				"platform.prescreen_questions", "platform.candidates", "platform.resumes", "platform.applications",
				"platform.application_answers", "platform.application_status_history", "actions.confirmation_tokens",
				"actions.audit_outbox");
	}

	@Test
	void migrateCreatesIndexForEveryLookupAndSweep() {
		List<String> indexes = this.jdbc.queryForList(
				"SELECT schemaname || '.' || indexname FROM pg_indexes WHERE schemaname IN ('actions', 'platform')",
				String.class);
		assertThat(indexes).contains("platform.jobs_open_posted_idx", "platform.jobs_updated_idx",
				"platform.jobs_identifier_key", "platform.jobs_company_idx",
				"platform.job_requirements_job_position_key", "platform.prescreen_questions_job_position_key",
				"platform.candidates_email_key", "platform.resumes_one_current_idx", "platform.resumes_candidate_idx",
				"platform.applications_candidate_recent_idx", "platform.applications_candidate_job_key",
				"platform.applications_job_idx", "platform.application_answers_question_idx",
				"platform.application_status_history_application_idx", "actions.confirmation_tokens_pkey",
				"actions.confirmation_tokens_expires_at_idx", "actions.confirmation_tokens_candidate_idx",
				"actions.audit_outbox_pending_idx", "actions.audit_outbox_delivered_idx");
	}

	@Test
	void hashedColumnsAreDocumented() {
		String comment = this.jdbc.queryForObject(
				"SELECT col_description('actions.confirmation_tokens'::regclass, 1)", String.class);
		assertThat(comment).contains("SHA-256").contains("never stored");
	}

	@Test
	void insertJobWhenCommuteTypeUnknownThenRejected() {
		assertRejected(CHECK_VIOLATION, company(), job("'teleport'", "'mid'", "NULL"));
	}

	@Test
	void insertJobWhenLevelUnknownThenRejected() {
		assertRejected(CHECK_VIOLATION, company(), job("'remote'", "'wizard'", "NULL"));
	}

	@Test
	void insertJobWhenApplicantCountriesOnOnsiteJobThenRejected() {
		assertRejected(CHECK_VIOLATION, company(), job("'onsite'", "'mid'", "ARRAY['US']"));
	}

	@Test
	void insertJobWhenApplicantCountryIsNotIsoCodeThenRejected() {
		assertRejected(CHECK_VIOLATION, company(), job("'remote'", "'mid'", "ARRAY['USA']"));
	}

	@Test
	void insertJobWhenValidAndRemoteRestrictedToOneCountryThenAccepted() {
		inRolledBackTransaction(() -> {
			this.jdbc.update(company());
			this.jdbc.update(job("'remote'", "'senior'", "ARRAY['CA']"));
			assertThat(this.jdbc.queryForObject("SELECT applicant_countries[1] FROM platform.jobs WHERE identifier = ?",
					String.class, this.key)).isEqualTo("CA");
		});
	}

	@Test
	void insertJobWhenSalaryMaxBelowMinThenRejected() {
		assertRejected(CHECK_VIOLATION, company(), """
				INSERT INTO platform.jobs (identifier, company_id, title, description, commute_type, job_level,
				    salary_min, salary_max, salary_currency, salary_period, posted_at)
				SELECT '%1$s', id, 'Analyst', 'd', 'onsite', 'mid', 50000, 40000, 'USD', 'year', now()
				FROM platform.companies WHERE identifier = '%1$s'""".formatted(this.key));
	}

	@Test
	void insertQuestionWhenSingleChoiceWithoutChoicesThenRejected() {
		assertRejected(CHECK_VIOLATION, company(), job("'onsite'", "'mid'", "NULL"), """
				INSERT INTO platform.prescreen_questions (job_id, position, question, answer_type)
				SELECT id, 0, 'When could you start?', 'single_choice' FROM platform.jobs WHERE identifier = '%s'"""
			.formatted(this.key));
	}

	@Test
	void insertResumeWhenSecondCurrentResumeThenRejected() {
		String candidate = "user_test_" + UUID.randomUUID().toString().replace("-", "");
		String resume = "INSERT INTO platform.resumes (candidate_id, file_name, content_type, plain_text, is_current)"
				+ " VALUES ('" + candidate + "', 'cv.pdf', 'application/pdf', 'text', true)";
		assertRejected(UNIQUE_VIOLATION, "INSERT INTO platform.candidates (id, email, full_name) VALUES ('" + candidate
				+ "', '" + candidate + "@applicant.test', 'Test Candidate')", resume, resume);
	}

	@Test
	void insertCandidateWhenEmailDiffersOnlyInCaseThenRejected() {
		String first = "user_test_" + UUID.randomUUID().toString().replace("-", "");
		String second = first + "b";
		assertRejected(UNIQUE_VIOLATION,
				"INSERT INTO platform.candidates (id, email, full_name) VALUES ('" + first + "', '" + first
						+ "@applicant.test', 'One')",
				"INSERT INTO platform.candidates (id, email, full_name) VALUES ('" + second + "', '"
						+ first.toUpperCase().replace("USER_", "user_") + "@APPLICANT.TEST', 'Two')");
	}

	@Test
	void insertApplicationWhenStatusUnknownThenRejected() {
		String candidate = "user_test_" + UUID.randomUUID().toString().replace("-", "");
		assertRejected(CHECK_VIOLATION, company(), job("'onsite'", "'mid'", "NULL"),
				"INSERT INTO platform.candidates (id, email, full_name) VALUES ('" + candidate + "', '" + candidate
						+ "@applicant.test', 'Test Candidate')",
				"INSERT INTO platform.applications (candidate_id, job_id, status) SELECT '" + candidate
						+ "', id, 'ghosted' FROM platform.jobs WHERE identifier = '" + this.key + "'");
	}

	@Test
	void insertConfirmationTokenWhenHashIsNotSha256ThenRejected() {
		assertRejected(CHECK_VIOLATION, """
				INSERT INTO actions.confirmation_tokens (token_hash, candidate_id, job_id, answers_hash, summary, expires_at)
				VALUES (decode('abcd', 'hex'), 'user_x', 1, sha256('a'), '{}', now() + interval '10 minutes')""");
	}

	@Test
	void insertConfirmationTokenWhenConsumedWithoutApplicationThenRejected() {
		assertRejected(CHECK_VIOLATION, """
				INSERT INTO actions.confirmation_tokens (token_hash, candidate_id, job_id, answers_hash, summary,
				    expires_at, consumed_at)
				VALUES (sha256('%s'::bytea), 'user_x', 1, sha256('a'), '{}', now() + interval '10 minutes', now())"""
			.formatted(this.key));
	}

	@Test
	void insertConfirmationTokenWhenValidThenAccepted() {
		inRolledBackTransaction(() -> {
			this.jdbc.update("""
					INSERT INTO actions.confirmation_tokens (token_hash, candidate_id, job_id, answers_hash, summary, expires_at)
					VALUES (sha256(?::bytea), 'user_x', 1, sha256('a'), '{"job":"Analyst"}', now() + interval '10 minutes')""",
					this.key);
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM actions.confirmation_tokens WHERE expires_at > now()",
					Long.class)).isPositive();
		});
	}

	@Test
	void insertOutboxEventWhenPayloadMissingThenRejected() {
		assertRejected(NOT_NULL_VIOLATION,
				"INSERT INTO actions.audit_outbox (event_id, event_type, created_at) VALUES (gen_random_uuid(), 'x', now())");
	}

	private String company() {
		return "INSERT INTO platform.companies (identifier, name) VALUES ('" + this.key + "', 'Test Company')";
	}

	private String job(String commuteType, String level, String applicantCountries) {
		return """
				INSERT INTO platform.jobs (identifier, company_id, title, description, commute_type, job_level,
				    applicant_countries, country, posted_at)
				SELECT '%1$s', id, 'Analyst', 'Analyses things.', %2$s, %3$s, %4$s, 'US', now()
				FROM platform.companies WHERE identifier = '%1$s'""".formatted(this.key, commuteType, level,
				applicantCountries);
	}

	/** Runs the statements in a transaction that is always rolled back; the last one must fail. */
	private void assertRejected(String sqlState, String... statements) {
		inRolledBackTransaction(() -> {
			for (int i = 0; i < statements.length - 1; i++) {
				this.jdbc.update(statements[i]);
			}
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.jdbc.update(statements[statements.length - 1]))
				.satisfies((ex) -> assertThat(((SQLException) ex.getMostSpecificCause()).getSQLState())
					.isEqualTo(sqlState));
		});
	}

	private void inRolledBackTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			status.setRollbackOnly();
			work.run();
		});
	}

}
