package network.applicant.gpt.oauth;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code oauth} migrations applied by Flyway to a fresh schema of their own (dropped
 * afterwards), and the rules the schema enforces by itself.
 */
class OAuthSchemaMigrationTests {

	private static final String HASH = "a".repeat(64);

	private static final String OTHER_HASH = "b".repeat(64);

	private final String schema = "oauth_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private JdbcTemplate jdbc;

	@BeforeEach
	void migrate() throws SQLException {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(PostgresTestDatabase.ensure(OAuthServiceIntegrationTest.DATABASE));
		dataSource.setUser(PostgresTestDatabase.user());
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(this.schema)
			.defaultSchema(this.schema)
			.locations("classpath:db/migration/oauth")
			.load()
			.migrate();
		dataSource.setCurrentSchema(this.schema);
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.update("""
				INSERT INTO clients (client_id, name, secret_hash, redirect_uris, allowed_scopes, default_scopes)
				VALUES ('chatgpt', 'ChatGPT', ?, '{https://chatgpt.com/cb}', '{jobs:read,resume:read}', '{jobs:read}')""",
				HASH);
	}

	@AfterEach
	void dropSchema() {
		this.jdbc.execute("DROP SCHEMA " + this.schema + " CASCADE");
	}

	private List<String> strings(String sql) {
		return this.jdbc.queryForList(sql, String.class, this.schema);
	}

	private void assertCheckViolation(String sql, Object... args) {
		assertThatExceptionOfType(DataIntegrityViolationException.class).as(sql)
			.isThrownBy(() -> this.jdbc.update(sql, args))
			.withMessageContaining("check constraint");
	}

	private void insertCode(String codeHash, String scopes, String challenge, String method) {
		this.jdbc.update("""
				INSERT INTO authorization_codes (code_hash, client_id, candidate_id, redirect_uri, scopes,
				                                 code_challenge, code_challenge_method, expires_at)
				VALUES (?, 'chatgpt', 'user_demo_ada', 'https://chatgpt.com/cb', CAST(? AS text[]), ?, ?,
				        now() + interval '5 minutes')""", codeHash, scopes, challenge, method);
	}

	private UUID insertFamily(String codeHash) {
		return this.jdbc.queryForObject("""
				INSERT INTO refresh_token_families (client_id, candidate_id, scopes, authorization_code_hash,
				                                    absolute_expires_at)
				VALUES ('chatgpt', 'user_demo_ada', '{jobs:read}', ?, now() + interval '90 days')
				RETURNING id""", UUID.class, codeHash);
	}

	@Test
	void migrateCreatesTheTables() {
		assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"))
			.containsExactlyInAnyOrder("clients", "authorization_codes", "refresh_token_families", "refresh_tokens",
					"consents", "webhook_deliveries", "audit_outbox", "flyway_schema_history");
	}

	@Test
	void migrateIndexesEveryLookupAndExpirySweep() {
		assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = ?")).contains(
				"clients_pkey", "authorization_codes_pkey", "authorization_codes_candidate_idx",
				"authorization_codes_client_idx", "authorization_codes_expires_idx", "refresh_token_families_pkey",
				"refresh_token_families_authorization_code_key", "refresh_token_families_candidate_idx",
				"refresh_token_families_client_idx", "refresh_token_families_absolute_expires_idx",
				"refresh_token_families_revoked_idx", "refresh_tokens_pkey", "refresh_tokens_family_generation_key",
				"refresh_tokens_successor_key", "refresh_tokens_idle_expires_idx", "consents_pkey", "consents_client_idx",
				"webhook_deliveries_pkey", "webhook_deliveries_received_idx", "audit_outbox_pending_idx",
				"audit_outbox_delivered_idx", "audit_outbox_event_id_key");
	}

	@Test
	void migrateDeclaresUniqueAndCheckConstraints() {
		List<String> constraints = strings("""
				SELECT c.conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
				WHERE n.nspname = ? AND c.contype IN ('u', 'c')""");

		assertThat(constraints).contains("refresh_token_families_authorization_code_key",
				"refresh_tokens_family_generation_key", "refresh_tokens_successor_key", "scope_list_known",
				"clients_default_scopes_allowed", "clients_secret_hash_format",
				"authorization_codes_challenge_method_s256", "authorization_codes_lifetime",
				"refresh_token_families_revoked_with_reason", "refresh_tokens_rotated_with_successor");
	}

	@Test
	void noColumnCanHoldAPlaintextSecretTokenOrCode() {
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				SELECT c.table_name, c.column_name,
				       col_description(format('%I.%I', c.table_schema, c.table_name)::regclass, c.ordinal_position) AS comment
				FROM information_schema.columns c WHERE c.table_schema = ? AND c.table_name <> 'flyway_schema_history'""",
				this.schema);

		List<String> allowedPlain = List.of("code_challenge", "code_challenge_method");
		assertThat(columns).allSatisfy((column) -> {
			String name = (String) column.get("column_name");
			if (name.matches(".*(secret|token|code|password|verifier).*") && !allowedPlain.contains(name)) {
				assertThat(name).as(column.get("table_name") + "." + name).endsWith("_hash");
			}
			if (name.endsWith("_hash")) {
				assertThat((String) column.get("comment")).as("comment on " + column.get("table_name") + "." + name)
					.isNotNull()
					.containsAnyOf("SHA-256", "code_hash", "token_hash")
					.contains("never");
			}
		});
		assertThat(columns).extracting((column) -> column.get("column_name"))
			.contains("secret_hash", "code_hash", "token_hash", "successor_token_hash", "authorization_code_hash");
	}

	@Test
	void hashColumnsRejectAnythingButAHexDigest() {
		assertCheckViolation("UPDATE clients SET secret_hash = 'chatgpt-local-secret' WHERE client_id = 'chatgpt'");
		assertCheckViolation("""
				INSERT INTO authorization_codes (code_hash, client_id, candidate_id, redirect_uri, scopes, expires_at)
				VALUES ('plain-code', 'chatgpt', 'user_demo_ada', 'https://chatgpt.com/cb', '{jobs:read}',
				        now() + interval '1 minute')""");
	}

	@Test
	void scopesRejectUnknownValues() {
		assertCheckViolation("""
				INSERT INTO clients (client_id, name, secret_hash, redirect_uris, allowed_scopes)
				VALUES ('other', 'Other', ?, '{https://x.example/cb}', '{jobs:read,jobs:write}')""", HASH);
		assertCheckViolation(
				"INSERT INTO consents (candidate_id, client_id, scopes) VALUES ('user_demo_ada', 'chatgpt', '{admin}')");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertCode(HASH, "{jobs:read,openid}", null, null));
	}

	@Test
	void clientDefaultScopesMustBeAllowed() {
		assertCheckViolation("UPDATE clients SET default_scopes = '{applications:write}' WHERE client_id = 'chatgpt'");
	}

	@Test
	void publicClientMustUsePkce() {
		assertCheckViolation("UPDATE clients SET secret_hash = NULL WHERE client_id = 'chatgpt'");
		assertCheckViolation("UPDATE clients SET secret_hash = NULL, confidential = false WHERE client_id = 'chatgpt'");
		this.jdbc.update("UPDATE clients SET secret_hash = NULL, confidential = false, pkce_required = true");
	}

	@Test
	void authorizationCodeRejectsPlainChallengeMethod() {
		String challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
		insertCode(HASH, "{jobs:read}", challenge, "S256");

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertCode(OTHER_HASH, "{jobs:read}", challenge, "plain"))
			.withMessageContaining("authorization_codes_challenge_method_s256");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertCode(OTHER_HASH, "{jobs:read}", null, "S256"))
			.withMessageContaining("authorization_codes_challenge_with_method");
	}

	@Test
	void authorizationCodeLivesAtMostTenMinutes() {
		assertCheckViolation("""
				INSERT INTO authorization_codes (code_hash, client_id, candidate_id, redirect_uri, scopes, expires_at)
				VALUES (?, 'chatgpt', 'user_demo_ada', 'https://chatgpt.com/cb', '{jobs:read}',
				        now() + interval '11 minutes')""", HASH);
	}

	@Test
	void oneFamilyPerAuthorizationCode() {
		insertFamily(HASH);

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> insertFamily(HASH))
			.withMessageContaining("refresh_token_families_authorization_code_key");
	}

	@Test
	void familyRevocationNeedsAKnownReason() {
		UUID family = insertFamily(HASH);

		assertCheckViolation("UPDATE refresh_token_families SET revoked_at = now() WHERE id = ?", family);
		assertCheckViolation("UPDATE refresh_token_families SET revoked_at = now(), revoked_reason = 'because' WHERE id = ?",
				family);
		this.jdbc.update("UPDATE refresh_token_families SET revoked_at = now(), revoked_reason = 'token_replayed' WHERE id = ?",
				family);
	}

	@Test
	void refreshTokensHaveOneTokenPerGenerationAndASuccessorWhenRotated() {
		UUID family = insertFamily(HASH);
		String insert = """
				INSERT INTO refresh_tokens (token_hash, family_id, generation, idle_expires_at)
				VALUES (?, ?, ?, now() + interval '30 days')""";
		this.jdbc.update(insert, HASH, family, 1);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, OTHER_HASH, family, 1))
			.withMessageContaining("refresh_tokens_family_generation_key");
		assertCheckViolation("UPDATE refresh_tokens SET rotated_at = now() WHERE token_hash = ?", HASH);
		this.jdbc.update(insert, OTHER_HASH, family, 2);
		this.jdbc.update("UPDATE refresh_tokens SET rotated_at = now(), successor_token_hash = ? WHERE token_hash = ?",
				OTHER_HASH, HASH);
	}

	@Test
	void consentIsUniquePerCandidateAndClient() {
		String insert = "INSERT INTO consents (candidate_id, client_id, scopes) VALUES ('user_demo_ada', 'chatgpt', '{jobs:read}')";
		this.jdbc.update(insert);

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(insert))
			.withMessageContaining("consents_pkey");
	}

	@Test
	void deletingAClientDeletesItsGrants() {
		insertCode(HASH, "{jobs:read}", null, null);
		insertFamily(HASH);
		this.jdbc.update("INSERT INTO consents (candidate_id, client_id, scopes) VALUES ('user_demo_ada', 'chatgpt', '{jobs:read}')");

		this.jdbc.update("DELETE FROM clients WHERE client_id = 'chatgpt'");

		assertThat(this.jdbc.queryForObject("""
				SELECT (SELECT count(*) FROM authorization_codes) + (SELECT count(*) FROM refresh_token_families)
				     + (SELECT count(*) FROM consents)""", Integer.class)).isZero();
	}

}
