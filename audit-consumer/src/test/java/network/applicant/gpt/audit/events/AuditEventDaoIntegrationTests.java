package network.applicant.gpt.audit.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DAO's SQL against the real PostgreSQL and the real migration, without Spring.
 */
class AuditEventDaoIntegrationTests {

	private static final String DATABASE = "applicant_test_audit";

	private static Jdbi jdbi;

	private final List<UUID> created = new ArrayList<>();

	@BeforeAll
	static void migrate() {
		String url = PostgresTestDatabase.ensure(DATABASE);
		Flyway.configure()
			.dataSource(url, PostgresTestDatabase.user(), "")
			.schemas("audit")
			.defaultSchema("audit")
			.locations("classpath:db/migration/audit")
			.load()
			.migrate();
		jdbi = Jdbi.create(url + "?currentSchema=audit", PostgresTestDatabase.user(), "")
			.installPlugin(new SqlObjectPlugin())
			.installPlugin(new PostgresPlugin());
		jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.DETAIL);
	}

	@AfterEach
	void deleteCreatedRows() {
		jdbi.useHandle((handle) -> this.created.forEach((id) -> handle
			.createUpdate("DELETE FROM audit_events WHERE event_id = :id")
			.bind("id", id)
			.execute()));
	}

	private AuditEventDao dao() {
		return jdbi.onDemand(AuditEventDao.class);
	}

	@Test
	void insertIfAbsentWhenNewThenOneAndWhenRepeatedThenZero() {
		AuditEvent event = TestAuditEvents.fullEvent().build();
		this.created.add(event.eventId());

		assertThat(dao().insertIfAbsent(AuditEventRow.from(event))).isEqualTo(1);
		assertThat(dao().insertIfAbsent(AuditEventRow.from(event))).isZero();

		int rows = jdbi.withHandle((handle) -> handle
			.createQuery("SELECT count(*) FROM audit_events WHERE event_id = :id")
			.bind("id", event.eventId())
			.mapTo(Integer.class)
			.one());
		assertThat(rows).isEqualTo(1);
	}

	@Test
	void insertIfAbsentWhenOptionalMembersAbsentThenNullColumns() {
		AuditEvent event = AuditEvent.builder("cleanup.run.completed", "token-cleanup-job").build();
		this.created.add(event.eventId());

		assertThat(dao().insertIfAbsent(AuditEventRow.from(event))).isEqualTo(1);

		boolean nullsAndEmptyObjects = jdbi.withHandle((handle) -> handle.createQuery("""
				SELECT coalesce(client_id, candidate_id, request_id, trace_id) IS NULL
				   AND subject_ids = '{}'::jsonb AND details = '{}'::jsonb
				FROM audit_events WHERE event_id = :id""").bind("id", event.eventId()).mapTo(Boolean.class).one());
		assertThat(nullsAndEmptyObjects).isTrue();
	}

}
