package network.applicant.gpt.oauth.clients;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Reads and writes {@code oauth.clients}. Runs in the caller's Spring transaction.
 */
@RegisterConstructorMapper(RegisteredClient.class)
interface ClientDao {

	String COLUMNS = """
			client_id, name, secret_hash, redirect_uris, allowed_scopes, default_scopes, pkce_required,
			confidential, disabled_at IS NULL AS enabled""";

	/**
	 * Serialises registration between replicas that start at the same time, until the
	 * transaction ends, so that only one of them records the events for a change.
	 * @return always 1
	 */
	@SqlQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('oauth.clients.registration'))")
	int lockRegistration();

	@SqlQuery("SELECT " + COLUMNS + " FROM clients WHERE client_id = :clientId FOR UPDATE")
	Optional<RegisteredClient> findForUpdate(@Bind("clientId") String clientId);

	@SqlQuery("SELECT " + COLUMNS + " FROM clients WHERE client_id = :clientId")
	Optional<RegisteredClient> findById(@Bind("clientId") String clientId);

	@SqlQuery("SELECT " + COLUMNS + " FROM clients ORDER BY client_id")
	List<RegisteredClient> findAll();

	@SqlUpdate("""
			INSERT INTO clients (client_id, name, secret_hash, redirect_uris, allowed_scopes, default_scopes,
			                     pkce_required, confidential)
			VALUES (:clientId, :name, :secretHash, :redirectUris, :allowedScopes, :defaultScopes,
			        :pkceRequired, :confidential)""")
	void insert(@BindMethods RegisteredClient client);

	@SqlUpdate("""
			UPDATE clients
			   SET name = :name, secret_hash = :secretHash, redirect_uris = :redirectUris,
			       allowed_scopes = :allowedScopes, default_scopes = :defaultScopes,
			       pkce_required = :pkceRequired, confidential = :confidential,
			       disabled_at = CASE WHEN :enabled THEN NULL ELSE coalesce(disabled_at, now()) END,
			       updated_at = greatest(now(), created_at)
			 WHERE client_id = :clientId""")
	void update(@BindMethods RegisteredClient client);

	/**
	 * Disables every enabled client whose id is not given.
	 * @param configured the ids that stay enabled
	 * @return the ids of the clients disabled now
	 */
	@SqlQuery("""
			UPDATE clients
			   SET disabled_at = now(), updated_at = greatest(now(), created_at)
			 WHERE disabled_at IS NULL AND NOT (client_id = ANY (:configured))
			RETURNING client_id""")
	List<String> disableAllExcept(@Bind("configured") List<String> configured);

}
