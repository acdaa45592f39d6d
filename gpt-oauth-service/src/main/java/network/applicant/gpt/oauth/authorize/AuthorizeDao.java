package network.applicant.gpt.oauth.authorize;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Consents and the issuing of authorization codes. Runs in the caller's transaction.
 */
interface AuthorizeDao {

	@SqlQuery("SELECT scopes FROM consents WHERE candidate_id = :candidateId AND client_id = :clientId")
	Optional<List<String>> findConsent(@Bind("candidateId") String candidateId, @Bind("clientId") String clientId);

	/**
	 * Records consent to the given scopes, widening an existing consent to the union.
	 * @return 1
	 */
	@SqlUpdate("""
			INSERT INTO consents (candidate_id, client_id, scopes, granted_at, updated_at)
			VALUES (:candidateId, :clientId, :scopes, :now, :now)
			ON CONFLICT (candidate_id, client_id) DO UPDATE
			   SET scopes = ARRAY(SELECT DISTINCT s FROM unnest(consents.scopes || EXCLUDED.scopes) AS s ORDER BY s),
			       updated_at = greatest(EXCLUDED.updated_at, consents.granted_at)""")
	int upsertConsent(@Bind("candidateId") String candidateId, @Bind("clientId") String clientId,
			@Bind("scopes") List<String> scopes, @Bind("now") Instant now);

	@SqlUpdate("""
			INSERT INTO authorization_codes (code_hash, client_id, candidate_id, redirect_uri, scopes, code_challenge,
			                                 code_challenge_method, created_at, expires_at)
			VALUES (:codeHash, :clientId, :candidateId, :redirectUri, :scopes, :challenge,
			        CASE WHEN CAST(:challenge AS text) IS NULL THEN NULL ELSE 'S256' END, :now, :expiresAt)""")
	int insertCode(@Bind("codeHash") String codeHash, @Bind("clientId") String clientId,
			@Bind("candidateId") String candidateId, @Bind("redirectUri") String redirectUri,
			@Bind("scopes") List<String> scopes, @Bind("challenge") @Nullable String challenge,
			@Bind("now") Instant now, @Bind("expiresAt") Instant expiresAt);

}
