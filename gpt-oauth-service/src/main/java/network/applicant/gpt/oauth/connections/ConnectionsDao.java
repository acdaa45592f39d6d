package network.applicant.gpt.oauth.connections;

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
 * Reads a candidate's connections and removes them. Runs in the caller's transaction.
 * A {@code null} client id means every client of the candidate.
 */
@RegisterConstructorMapper(ConnectionsDao.ConnectionRow.class)
@RegisterConstructorMapper(ConnectionsDao.RevokedFamily.class)
@RegisterConstructorMapper(ConnectionsDao.WithdrawnConsent.class)
interface ConnectionsDao {

	/*
	 * A client is connected when the candidate's consent is remembered or a live grant
	 * (a family neither revoked nor past its absolute expiry) exists; normally both.
	 * Scopes are what the candidate consented to, else what the live grants hold.
	 * "Last used" is the latest code exchange or refresh of any of the pair's families.
	 */
	String LIST = """
			WITH families AS (
			    SELECT f.client_id, min(f.created_at) AS first_linked_at, array_agg(DISTINCT s) AS scopes
			      FROM refresh_token_families f, unnest(f.scopes) AS s
			     WHERE f.candidate_id = :candidateId AND f.revoked_at IS NULL AND f.absolute_expires_at > :now
			     GROUP BY f.client_id),
			linked AS (
			    SELECT client_id FROM consents WHERE candidate_id = :candidateId
			    UNION
			    SELECT client_id FROM families)
			SELECT l.client_id, c.name AS client_name,
			       coalesce(CAST(co.scopes AS text[]), fa.scopes) AS scopes,
			       least(co.granted_at, fa.first_linked_at) AS linked_at,
			       (SELECT max(u.last_used_at) FROM refresh_token_families u
			         WHERE u.candidate_id = :candidateId AND u.client_id = l.client_id) AS last_used_at
			  FROM linked l
			  JOIN clients c ON c.client_id = l.client_id
			  LEFT JOIN consents co ON co.candidate_id = :candidateId AND co.client_id = l.client_id
			  LEFT JOIN families fa ON fa.client_id = l.client_id
			 ORDER BY linked_at, l.client_id""";

	@SqlQuery(LIST)
	List<ConnectionRow> findByCandidate(@Bind("candidateId") String candidateId, @Bind("now") Instant now);

	@SqlQuery("SELECT name FROM clients WHERE client_id = :clientId")
	Optional<String> findClientName(@Bind("clientId") String clientId);

	@SqlQuery("""
			UPDATE refresh_token_families SET revoked_at = :now, revoked_reason = :reason
			 WHERE candidate_id = :candidateId AND (CAST(:clientId AS text) IS NULL OR client_id = :clientId)
			   AND revoked_at IS NULL
			RETURNING id, client_id""")
	List<RevokedFamily> revokeFamilies(@Bind("candidateId") String candidateId,
			@Bind("clientId") @Nullable String clientId, @Bind("reason") String reason, @Bind("now") Instant now);

	@SqlQuery("""
			DELETE FROM consents
			 WHERE candidate_id = :candidateId AND (CAST(:clientId AS text) IS NULL OR client_id = :clientId)
			RETURNING client_id, scopes""")
	List<WithdrawnConsent> deleteConsents(@Bind("candidateId") String candidateId,
			@Bind("clientId") @Nullable String clientId);

	/**
	 * Deletes codes not yet redeemed, so that none can start a new grant after the
	 * connection is gone. Redeemed codes stay: a replay of one must still find its family.
	 * @return how many were deleted
	 */
	@SqlUpdate("""
			DELETE FROM authorization_codes
			 WHERE candidate_id = :candidateId AND (CAST(:clientId AS text) IS NULL OR client_id = :clientId)
			   AND consumed_at IS NULL""")
	int deleteOpenCodes(@Bind("candidateId") String candidateId, @Bind("clientId") @Nullable String clientId);

	/**
	 * One connected client.
	 * @param clientId the client
	 * @param clientName its name
	 * @param scopes the scopes it holds
	 * @param linkedAt when the candidate first connected it
	 * @param lastUsedAt when it last redeemed a code or refreshed a token, if ever
	 */
	record ConnectionRow(String clientId, String clientName, List<String> scopes, Instant linkedAt,
			@Nullable Instant lastUsedAt) {
	}

	/**
	 * A family revoked now.
	 * @param id the family
	 * @param clientId its client
	 */
	record RevokedFamily(UUID id, String clientId) {
	}

	/**
	 * A consent deleted now.
	 * @param clientId its client
	 * @param scopes what it had allowed
	 */
	record WithdrawnConsent(String clientId, List<String> scopes) {
	}

}
