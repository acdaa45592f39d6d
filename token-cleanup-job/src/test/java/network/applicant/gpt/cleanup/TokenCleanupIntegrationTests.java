package network.applicant.gpt.cleanup;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job against the real oauth and actions schemas, migrated here by those services'
 * own Flyway scripts, in the database {@code applicant_test_cleanup}.
 */
class TokenCleanupIntegrationTests {

	private static final String DATABASE = "applicant_test_cleanup";

	private static PGSimpleDataSource dataSource;

	private static JdbcTemplate jdbc;

	private final String client = "cleanup-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeAll
	static void migrate() {
		dataSource = new PGSimpleDataSource();
		dataSource.setUrl(PostgresTestDatabase.ensure(DATABASE));
		dataSource.setUser(PostgresTestDatabase.user());
		Flyway.configure().dataSource(dataSource).schemas("oauth").defaultSchema("oauth")
			.locations("classpath:db/migration/oauth").load().migrate();
		Flyway.configure().dataSource(dataSource).schemas("actions", "platform").defaultSchema("actions")
			.locations("classpath:db/migration/actions").load().migrate();
		jdbc = new JdbcTemplate(dataSource);
	}

	@BeforeEach
	void clean() {
		// every test starts from empty tables; the client row anchors the oauth foreign keys
		jdbc.execute("TRUNCATE oauth.authorization_codes, oauth.refresh_tokens, oauth.refresh_token_families,"
				+ " oauth.webhook_deliveries, oauth.audit_outbox, actions.confirmation_tokens, actions.audit_outbox");
		jdbc.update("""
				INSERT INTO oauth.clients (client_id, name, secret_hash, redirect_uris, allowed_scopes)
				VALUES (?, 'Cleanup test', ?, ARRAY['https://chatgpt.com/aip/g-1/oauth/callback'], ARRAY['jobs:read'])
				ON CONFLICT DO NOTHING""", this.client, hex());
	}

	private static String hex() {
		byte[] bytes = new byte[32];
		new java.security.SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static CleanupProperties properties(int batchSize) {
		return new CleanupProperties(batchSize, Duration.ofSeconds(2), Duration.ofMinutes(5),
				new CleanupProperties.Retention(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(1),
						Duration.ofDays(1), Duration.ofDays(7)),
				new CleanupProperties.Schemas("oauth", "actions"));
	}

	private static SweepRunner runner(CleanupProperties properties) {
		return new SweepRunner(jdbc, new DataSourceTransactionManager(dataSource), properties, Clock.systemUTC());
	}

	private void code(String age) {
		// created and expiring in the past: expires one minute after creation, "age" ago
		jdbc.update("""
				INSERT INTO oauth.authorization_codes (code_hash, client_id, candidate_id, redirect_uri, scopes,
				    created_at, expires_at)
				VALUES (?, ?, 'user_1', 'https://chatgpt.com/aip/g-1/oauth/callback', ARRAY['jobs:read'],
				    now() - CAST(? AS interval) - interval '1 minute', now() - CAST(? AS interval))""",
				hex(), this.client, age, age);
	}

	private UUID family(String absoluteExpiry, String revokedAgo) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO oauth.refresh_token_families (id, client_id, candidate_id, scopes, authorization_code_hash,
				    created_at, absolute_expires_at, revoked_at, revoked_reason)
				VALUES (?, ?, 'user_1', ARRAY['jobs:read'], ?, now() - interval '90 days', now() + CAST(? AS interval),
				    now() - CAST(? AS interval), CASE WHEN CAST(? AS text) IS NULL THEN NULL ELSE 'candidate_revoked' END)""",
				id, this.client, hex(), absoluteExpiry, revokedAgo, revokedAgo);
		return id;
	}

	private void refreshToken(UUID family, int generation, String idleExpiry) {
		jdbc.update("""
				INSERT INTO oauth.refresh_tokens (token_hash, family_id, generation, issued_at, idle_expires_at)
				VALUES (?, ?, ?, now() - interval '60 days', now() + CAST(? AS interval))""", hex(), family, generation,
				idleExpiry);
	}

	private static void outbox(String schema, String deliveredAgo) {
		jdbc.update("INSERT INTO " + schema + ".audit_outbox (event_id, event_type, payload, created_at, delivered_at)"
				+ " VALUES (?, 'test.thing.happened', '{}'::jsonb, now() - interval '30 days',"
				+ " now() - CAST(? AS interval))", UUID.randomUUID(), deliveredAgo);
	}

	private static void confirmation(String expiredAgo) {
		byte[] hash = new byte[32];
		new java.security.SecureRandom().nextBytes(hash);
		jdbc.update("""
				INSERT INTO actions.confirmation_tokens (token_hash, candidate_id, job_id, answers_hash, summary,
				    created_at, expires_at)
				VALUES (?, 'user_1', 1, ?, '{}'::jsonb, now() - CAST(? AS interval) - interval '15 minutes',
				    now() - CAST(? AS interval))""", hash, hash, expiredAgo, expiredAgo);
	}

	private static long count(String table) {
		Long count = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
		return (count != null) ? count : -1;
	}

	@Test
	void runDeletesOnlyRowsPastTheirRetention() {
		code("2 days");
		code("3 hours");
		jdbc.update("""
				INSERT INTO oauth.authorization_codes (code_hash, client_id, candidate_id, redirect_uri, scopes, expires_at)
				VALUES (?, ?, 'user_1', 'https://chatgpt.com/aip/g-1/oauth/callback', ARRAY['jobs:read'],
				    now() + interval '1 minute')""", hex(), this.client);
		UUID live = family("30 days", null);
		refreshToken(live, 1, "-8 days");
		refreshToken(live, 2, "10 days");
		UUID revokedLongAgo = family("30 days", "8 days");
		refreshToken(revokedLongAgo, 1, "10 days");
		UUID expiredLongAgo = family("-8 days", null);
		refreshToken(expiredLongAgo, 1, "-9 days");
		UUID revokedRecently = family("30 days", "1 hour");
		refreshToken(revokedRecently, 1, "10 days");
		outbox("oauth", "2 days");
		outbox("oauth", "1 hour");
		jdbc.update("INSERT INTO oauth.audit_outbox (event_id, event_type, payload, created_at)"
				+ " VALUES (?, 'test.pending', '{}'::jsonb, now() - interval '30 days')", UUID.randomUUID());
		outbox("actions", "3 days");
		confirmation("2 days");
		confirmation("1 minute");
		jdbc.update("INSERT INTO oauth.webhook_deliveries (svix_message_id, received_at) VALUES"
				+ " ('msg_old', now() - interval '8 days'), ('msg_new', now() - interval '1 hour')");

		SweepRunner.Summary summary = runner(properties(1000)).run(Sweeps.of(properties(1000)));

		assertThat(summary.failed()).isFalse();
		assertThat(count("oauth.authorization_codes")).as("expired 3 h ago and unexpired codes stay").isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT generation FROM oauth.refresh_tokens WHERE family_id = ?", Integer.class, live))
			.as("the idle-expired generation goes, the live one stays").containsExactly(2);
		assertThat(jdbc.queryForList("SELECT id FROM oauth.refresh_token_families", UUID.class))
			.as("revoked or expired more than 7 days ago and emptied → gone").containsExactlyInAnyOrder(live, revokedRecently);
		assertThat(count("oauth.refresh_tokens WHERE family_id = '" + revokedRecently + "'")).isEqualTo(1);
		assertThat(count("oauth.audit_outbox")).as("recently delivered and undelivered rows stay").isEqualTo(2);
		assertThat(count("oauth.audit_outbox WHERE delivered_at IS NULL")).isEqualTo(1);
		assertThat(count("actions.audit_outbox")).isZero();
		assertThat(count("actions.confirmation_tokens")).isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT svix_message_id FROM oauth.webhook_deliveries", String.class))
			.containsExactly("msg_new");
		assertThat(summary.deleted()).isEqualTo(1 + 3 + 2 + 1 + 1 + 1 + 1);
	}

	@Test
	void runDeletesInBatchesOfTheConfiguredSize() {
		for (int i = 0; i < 35; i++) {
			code("2 days");
		}

		SweepRunner.Summary summary = runner(properties(10)).run(Sweeps.of(properties(10)));

		SweepRunner.Summary.Outcome codes = summary.outcomes().get(0);
		assertThat(codes.sweep()).isEqualTo("authorization_codes");
		assertThat(codes.deleted()).isEqualTo(35);
		assertThat(codes.batches()).isEqualTo(4);
		assertThat(count("oauth.authorization_codes")).isZero();
	}

	@Test
	void twoRunsAtOnceShareTheWorkAndDeleteEachRowOnce() throws Exception {
		jdbc.update("""
				INSERT INTO oauth.authorization_codes (code_hash, client_id, candidate_id, redirect_uri, scopes,
				    created_at, expires_at)
				SELECT encode(sha256(convert_to(g::text || ?, 'UTF8')), 'hex'), ?, 'user_1',
				       'https://chatgpt.com/aip/g-1/oauth/callback', ARRAY['jobs:read'],
				       now() - interval '3 days', now() - interval '3 days' + interval '1 minute'
				FROM generate_series(1, 5000) g""", this.client, this.client);
		CleanupProperties properties = properties(100);
		List<Callable<SweepRunner.Summary>> runs = new ArrayList<>();
		runs.add(() -> runner(properties).run(Sweeps.of(properties)));
		runs.add(() -> runner(properties).run(Sweeps.of(properties)));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		long deleted = 0;
		try {
			for (Future<SweepRunner.Summary> run : pool.invokeAll(runs)) {
				SweepRunner.Summary summary = run.get();
				assertThat(summary.failed()).isFalse();
				deleted += summary.outcomes().get(0).deleted();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(deleted).isEqualTo(5000);
		assertThat(count("oauth.authorization_codes")).isZero();
	}

	@Test
	void runWhenSchemaMissingThenThatSweepFailsAndTheOthersStillRun() {
		code("2 days");
		outbox("actions", "3 days");
		CleanupProperties properties = new CleanupProperties(1000, Duration.ofSeconds(2), Duration.ofMinutes(5),
				properties(1000).retention(), new CleanupProperties.Schemas("oauth", "no_such_schema"));

		SweepRunner.Summary summary = runner(properties).run(Sweeps.of(properties));

		assertThat(summary.failed()).isTrue();
		assertThat(summary.outcomes()).filteredOn(SweepRunner.Summary.Outcome::failed)
			.extracting(SweepRunner.Summary.Outcome::sweep)
			.containsExactly("confirmation_tokens", "actions_delivered_outbox");
		assertThat(count("oauth.authorization_codes")).isZero();
	}

	@Test
	void applicationExitsZeroAfterACleanRunAndOneWhenASweepFails() {
		code("2 days");

		assertThat(runApplication("--applicant.cleanup.schemas.actions=actions")).isZero();
		assertThat(count("oauth.authorization_codes")).isZero();
		assertThat(runApplication("--applicant.cleanup.schemas.actions=no_such_schema")).isEqualTo(1);
	}

	@Test
	void applicationWhenConfigurationInvalidThenStartupFailsNamingTheKey() {
		org.assertj.core.api.Assertions
			.assertThatException()
			.isThrownBy(() -> SpringApplication.run(TokenCleanupJobApplication.class, datasourceArgs(
					"--applicant.cleanup.batch-size=0")))
			.withStackTraceContaining("applicant.cleanup")
			.withStackTraceContaining("batchSize");
	}

	private static int runApplication(String... extra) {
		ConfigurableApplicationContext context = SpringApplication.run(TokenCleanupJobApplication.class,
				datasourceArgs(extra));
		return SpringApplication.exit(context);
	}

	private static String[] datasourceArgs(String... extra) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + PostgresTestDatabase.ensure(DATABASE),
				"--spring.datasource.username=" + PostgresTestDatabase.user(), "--spring.datasource.password="));
		args.addAll(List.of(extra));
		return args.toArray(String[]::new);
	}

}
