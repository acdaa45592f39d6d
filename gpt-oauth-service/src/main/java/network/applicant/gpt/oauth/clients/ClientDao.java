package network.applicant.gpt.oauth.clients;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@code oauth.clients}. Runs in the caller's Spring transaction.
 */
@RegisterConstructorMapper(RegisteredClient.class)
@RegisterConstructorMapper(ClientDao.StoredCredential.class)
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
			INSERT INTO clients (client_id, name, secret_hash, configured_secret_hash, redirect_uris, allowed_scopes,
			                     default_scopes, pkce_required, confidential)
			VALUES (:clientId, :name, :secretHash, :secretHash, :redirectUris, :allowedScopes, :defaultScopes,
			        :pkceRequired, :confidential)""")
	void insert(@BindMethods RegisteredClient client);

	/**
	 * Writes a registration.
	 * @param client what to store; its secret hash is the one in force
	 * @param configuredSecretHash the hash of the secret in the configuration now
	 * @param source {@code configuration}, or {@code rotated} when a rotated secret stays in force
	 */
	@SqlUpdate("""
			UPDATE clients
			   SET name = :name, secret_hash = :secretHash, redirect_uris = :redirectUris,
			       allowed_scopes = :allowedScopes, default_scopes = :defaultScopes,
			       pkce_required = :pkceRequired, confidential = :confidential,
			       configured_secret_hash = :configuredSecretHash, credential_source = :source,
			       credential_rotated_at = CASE WHEN :source = 'rotated' THEN credential_rotated_at END,
			       disabled_at = CASE WHEN :enabled THEN NULL ELSE coalesce(disabled_at, now()) END,
			       updated_at = greatest(now(), created_at)
			 WHERE client_id = :clientId""")
	void update(@BindMethods RegisteredClient client, @Bind("configuredSecretHash") String configuredSecretHash,
			@Bind("source") String source);

	/**
	 * @return where the client's secret came from; read after {@link #findForUpdate(String)} locked the row
	 */
	@SqlQuery("SELECT credential_source AS source, configured_secret_hash FROM clients WHERE client_id = :clientId")
	Optional<StoredCredential> findCredential(@Bind("clientId") String clientId);

	/**
	 * Replaces a confidential client's secret with a rotated one.
	 * @return the client's name when it exists and is confidential
	 */
	@SqlQuery("""
			UPDATE clients
			   SET secret_hash = :secretHash, credential_source = 'rotated', credential_rotated_at = :now,
			       updated_at = greatest(:now, created_at)
			 WHERE client_id = :clientId AND confidential
			RETURNING name""")
	Optional<String> rotateSecret(@Bind("clientId") String clientId, @Bind("secretHash") String secretHash,
			@Bind("now") java.time.Instant now);

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

	/**
	 * Where a stored secret came from.
	 * @param source {@code configuration} or {@code rotated}
	 * @param configuredSecretHash the hash of the configured secret at the last registration
	 */
	record StoredCredential(String source, @Nullable String configuredSecretHash) {

		static final String CONFIGURATION = "configuration";

		static final String ROTATED = "rotated";

		boolean isRotated() {
			return ROTATED.equals(this.source);
		}

	}

}
