package network.applicant.gpt.actions.demo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo loader against the real database. Each test first loads (or empties and
 * reloads) inside a transaction that is rolled back, so it sees exactly the data it asserts
 * on whatever earlier runs or other tests left behind.
 */
class DemoDataIntegrationTests extends ActionsIntegrationTestSupport {

	private static final List<String> TABLES = List.of("companies", "jobs", "job_requirements", "prescreen_questions",
			"candidates", "resumes", "applications", "application_answers", "application_status_history");

	@Autowired
	DemoDataLoader loader;

	@Autowired
	Jdbi jdbi;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@Test
	void loadWhenRepeatedThenSameIdsAndCounts() {
		inRolledBackTransaction(() -> {
			emptyPlatformTables();
			DemoDataLoader.Result first = this.loader.load();
			Map<String, Long> ids = jobIds();
			Map<String, Long> counts = counts();
			DemoDataLoader.Result second = this.loader.load();

			assertThat(first.jobs()).isEqualTo(308);
			assertThat(first.applications()).isEqualTo(DemoCandidates.PLANS.size());
			assertThat(second).isEqualTo(new DemoDataLoader.Result(0, 0, 0));
			assertThat(jobIds()).isEqualTo(ids).hasSize(308);
			assertThat(counts()).isEqualTo(counts);
		});
	}

	@Test
	void loadWhenDataAlreadyLoadedAtStartupThenNothingChanges() {
		inRolledBackTransaction(() -> {
			this.loader.load();
			Map<String, Long> ids = jobIds();
			Map<String, Long> counts = counts();
			assertThat(this.loader.load()).isEqualTo(new DemoDataLoader.Result(0, 0, 0));
			assertThat(jobIds()).isEqualTo(ids);
			assertThat(counts()).isEqualTo(counts);
		});
	}

	@Test
	void loadCoversEveryStatusLevelAndCommuteType() {
		inRolledBackTransaction(() -> {
			this.loader.load();
			assertThat(this.jdbc.queryForList("""
					SELECT DISTINCT a.status FROM platform.applications a
					JOIN platform.candidates c ON c.id = a.candidate_id WHERE c.id LIKE 'user_demo_%'""", String.class))
				.containsExactlyInAnyOrderElementsOf(DemoCandidates.STATUSES);
			assertThat(demoJobValues("job_level")).containsExactlyInAnyOrder("intern", "entry", "mid", "senior",
					"lead", "executive");
			assertThat(demoJobValues("commute_type")).containsExactlyInAnyOrder("remote", "hybrid", "onsite");
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM platform.jobs WHERE identifier LIKE 'demo-job-%' AND status = 'open'",
					Long.class)).isGreaterThanOrEqualTo(250);
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM platform.jobs WHERE identifier LIKE 'demo-job-%' AND status = 'closed'",
					Long.class)).isPositive();
		});
	}

	@Test
	void loadGivesEveryApplicationAHistoryEndingInItsStatus() {
		inRolledBackTransaction(() -> {
			this.loader.load();
			assertThat(this.jdbc.queryForObject("""
					SELECT count(*) FROM platform.applications a
					WHERE a.candidate_id LIKE 'user_demo_%' AND a.status IS DISTINCT FROM (
					    SELECT h.to_status FROM platform.application_status_history h
					    WHERE h.application_id = a.id ORDER BY h.changed_at DESC, h.id DESC LIMIT 1)""", Long.class))
				.isZero();
			assertThat(this.jdbc.queryForObject("""
					SELECT count(*) FROM platform.application_answers aa
					JOIN platform.applications a ON a.id = aa.application_id
					JOIN platform.prescreen_questions q ON q.id = aa.question_id
					WHERE q.job_id <> a.job_id""", Long.class)).isZero();
		});
	}

	@Test
	void loadCreatesTheFourDemoCandidatesWithCurrentResumes() {
		inRolledBackTransaction(() -> {
			this.loader.load();
			assertDemoCandidatesWithResumes();
		});
	}

	@Test
	void loadWhenDemoJobsDisabledOnEmptyDatabaseThenCandidatesButNoJobs() {
		inRolledBackTransaction(() -> {
			emptyPlatformTables();
			assertThat(withoutJobs().load()).isEqualTo(new DemoDataLoader.Result(0, 0, 0));
			assertThat(counts()).containsEntry("jobs", 0L)
				.containsEntry("applications", 0L)
				.containsEntry("candidates", 4L)
				.containsEntry("resumes", 4L)
				.containsEntry("companies", 40L);
			assertDemoCandidatesWithResumes();
		});
	}

	@Test
	void loadWhenDemoJobsDisabledAfterAnEarlierLoadThenDemoJobsAndTheirApplicationsRemoved() {
		inRolledBackTransaction(() -> {
			this.loader.load();
			long demoJobs = this.jdbc.queryForObject(
					"SELECT count(*) FROM platform.jobs WHERE identifier LIKE 'demo-job-%'", Long.class);
			DemoDataLoader.Result result = withoutJobs().load();

			assertThat(demoJobs).isGreaterThanOrEqualTo(308);
			assertThat(result.removedJobs()).isEqualTo((int) demoJobs);
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM platform.jobs WHERE identifier LIKE 'demo-job-%'", Long.class)).isZero();
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM platform.applications WHERE candidate_id LIKE 'user_demo_%'", Long.class))
				.isZero();
			assertDemoCandidatesWithResumes();
		});
	}

	private DemoDataLoader withoutJobs() {
		return new DemoDataLoader(this.jdbi, new TransactionTemplate(this.transactionManager),
				new DemoProperties(false, 300, 8), this.clock);
	}

	private void assertDemoCandidatesWithResumes() {
		assertThat(this.jdbc.queryForList("""
				SELECT c.email FROM platform.candidates c
				JOIN platform.resumes r ON r.candidate_id = c.id AND r.is_current
				WHERE c.id IN ('user_demo_ada', 'user_demo_grace', 'user_demo_mary', 'user_demo_luca')
				  AND length(r.plain_text) > 500""", String.class))
			.containsExactlyInAnyOrder("ada@applicant.test", "grace@applicant.test", "mary@applicant.test",
					"luca@applicant.test");
	}

	private List<String> demoJobValues(String column) {
		return this.jdbc.queryForList(
				"SELECT DISTINCT " + column + " FROM platform.jobs WHERE identifier LIKE 'demo-job-%'", String.class);
	}

	private Map<String, Long> jobIds() {
		Map<String, Long> ids = new LinkedHashMap<>();
		this.jdbc.query("SELECT identifier, id FROM platform.jobs WHERE identifier LIKE 'demo-job-%' ORDER BY identifier",
				(row) -> {
					ids.put(row.getString(1), row.getLong(2));
				});
		return ids;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.queryForObject("SELECT count(*) FROM platform." + table, Long.class));
		}
		return counts;
	}

	/** Empties the platform tables inside the surrounding (rolled-back) transaction. */
	private void emptyPlatformTables() {
		this.jdbc.execute("DELETE FROM platform.applications");
		this.jdbc.execute("DELETE FROM platform.jobs");
		this.jdbc.execute("DELETE FROM platform.companies");
		this.jdbc.execute("DELETE FROM platform.candidates");
	}

	private void inRolledBackTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			status.setRollbackOnly();
			work.run();
		});
	}

}
