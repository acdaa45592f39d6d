package network.applicant.gpt.oauth.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Redeems codes and keeps refresh-token families. Runs in the caller's transaction.
 *
 * <p>Each grant is a handful of statements, several of them merged with data-modifying
 * CTEs, so that a refresh costs one lock, one write and the audit insert.
 */
@RegisterConstructorMapper(TokenDao.RedeemedCode.class)
@RegisterConstructorMapper(TokenDao.RefreshTokenRow.class)
@RegisterConstructorMapper(TokenDao.RevokedFamily.class)
interface TokenDao {

	/**
	 * Marks the code consumed if nobody consumed it yet. Two replicas redeeming the same
	 * code race on the row lock; the second sees {@code consumed_at} set and gets nothing.
	 * @return the code's bindings, when this call consumed it
	 */
	@SqlQuery("""
			UPDATE authorization_codes SET consumed_at = :now
			 WHERE code_hash = :codeHash AND consumed_at IS NULL
			RETURNING client_id, candidate_id, redirect_uri, scopes, code_challenge, expires_at""")
	Optional<RedeemedCode> consumeCode(@Bind("codeHash") String codeHash, @Bind("now") Instant now);

	@SqlQuery("SELECT candidate_id FROM authorization_codes WHERE code_hash = :codeHash")
	Optional<String> findCodeCandidate(@Bind("codeHash") String codeHash);

	@SqlQuery("""
			UPDATE refresh_token_families SET revoked_at = :now, revoked_reason = 'code_replayed'
			 WHERE authorization_code_hash = :codeHash AND revoked_at IS NULL
			RETURNING id, candidate_id, client_id""")
	List<RevokedFamily> revokeFamilyOfCode(@Bind("codeHash") String codeHash, @Bind("now") Instant now);

	/**
	 * Starts a family with its first refresh token, in one statement.
	 * @return the family id
	 */
	@SqlQuery("""
			WITH family AS (
			    INSERT INTO refresh_token_families (client_id, candidate_id, scopes, authorization_code_hash, created_at,
			                                        last_used_at, absolute_expires_at)
			    VALUES (:clientId, :candidateId, :scopes, :codeHash, :now, :now, :absoluteExpiresAt)
			    RETURNING id)
			INSERT INTO refresh_tokens (token_hash, family_id, generation, issued_at, idle_expires_at)
			SELECT :tokenHash, family.id, 1, :now, :idleExpiresAt FROM family
			RETURNING family_id""")
	UUID insertFamily(@Bind("clientId") String clientId, @Bind("candidateId") String candidateId,
			@Bind("scopes") List<String> scopes, @Bind("codeHash") String codeHash, @Bind("tokenHash") String tokenHash,
			@Bind("now") Instant now, @Bind("idleExpiresAt") Instant idleExpiresAt,
			@Bind("absoluteExpiresAt") Instant absoluteExpiresAt);

	/**
	 * Reads a refresh token with its family and locks the token's row until the
	 * transaction ends, so that concurrent rotations of one token take turns.
	 */
	@SqlQuery("""
			SELECT t.token_hash, t.family_id, t.generation, t.idle_expires_at, t.rotated_at, t.successor_token_hash,
			       f.client_id, f.candidate_id, f.scopes, f.absolute_expires_at, f.revoked_at
			  FROM refresh_tokens t JOIN refresh_token_families f ON f.id = t.family_id
			 WHERE t.token_hash = :tokenHash
			   FOR UPDATE OF t""")
	Optional<RefreshTokenRow> lockRefreshToken(@Bind("tokenHash") String tokenHash);

	@SqlQuery("SELECT rotated_at IS NULL FROM refresh_tokens WHERE token_hash = :tokenHash")
	Optional<Boolean> isCurrent(@Bind("tokenHash") String tokenHash);

	/** Rotates a token into its successor and touches the family, in one statement. */
	@SqlUpdate("""
			WITH old AS (
			    UPDATE refresh_tokens SET rotated_at = :now, successor_token_hash = :successorHash
			     WHERE token_hash = :tokenHash),
			family AS (
			    UPDATE refresh_token_families SET last_used_at = :now WHERE id = :familyId)
			INSERT INTO refresh_tokens (token_hash, family_id, generation, issued_at, idle_expires_at)
			VALUES (:successorHash, :familyId, :generation, :now, :idleExpiresAt)""")
	int rotate(@Bind("tokenHash") String tokenHash, @Bind("successorHash") String successorHash,
			@Bind("familyId") UUID familyId, @Bind("generation") int generation, @Bind("now") Instant now,
			@Bind("idleExpiresAt") Instant idleExpiresAt);

	@SqlQuery("""
			UPDATE refresh_token_families SET revoked_at = :now, revoked_reason = :reason
			 WHERE candidate_id = :candidateId AND revoked_at IS NULL
			RETURNING id, candidate_id, client_id""")
	List<RevokedFamily> revokeCandidateFamilies(@Bind("candidateId") String candidateId, @Bind("reason") String reason,
			@Bind("now") Instant now);

	@SqlQuery("""
			UPDATE refresh_token_families f SET revoked_at = :now, revoked_reason = 'client_revoked'
			  FROM refresh_tokens t
			 WHERE t.token_hash = :tokenHash AND f.id = t.family_id AND f.client_id = :clientId AND f.revoked_at IS NULL
			RETURNING f.id, f.candidate_id, f.client_id""")
	List<RevokedFamily> revokeFamilyOfToken(@Bind("tokenHash") String tokenHash, @Bind("clientId") String clientId,
			@Bind("now") Instant now);

	/**
	 * What a consumed code was bound to.
	 * @param clientId the client it was issued to
	 * @param candidateId the candidate who approved
	 * @param redirectUri the redirect URI of the authorization request
	 * @param scopes the granted scopes
	 * @param codeChallenge the PKCE challenge, if any
	 * @param expiresAt its expiry
	 */
	record RedeemedCode(String clientId, String candidateId, String redirectUri, List<String> scopes,
			@Nullable String codeChallenge, Instant expiresAt) {
	}

	/**
	 * A refresh token and its family.
	 * @param tokenHash the token's hash
	 * @param familyId its family
	 * @param generation its generation in the family
	 * @param idleExpiresAt when it dies unused
	 * @param rotatedAt when it was rotated, if it was
	 * @param successorTokenHash the hash of its successor, if rotated
	 * @param clientId the family's client
	 * @param candidateId the family's candidate
	 * @param scopes the family's scopes
	 * @param absoluteExpiresAt when the family ends
	 * @param revokedAt when the family was revoked, if it was
	 */
	record RefreshTokenRow(String tokenHash, UUID familyId, int generation, Instant idleExpiresAt,
			@Nullable Instant rotatedAt, @Nullable String successorTokenHash, String clientId, String candidateId,
			List<String> scopes, Instant absoluteExpiresAt, @Nullable Instant revokedAt) {
	}

	/**
	 * A family just revoked.
	 * @param id the family id
	 * @param candidateId its candidate
	 * @param clientId its client
	 */
	record RevokedFamily(UUID id, String candidateId, String clientId) {
	}

}
