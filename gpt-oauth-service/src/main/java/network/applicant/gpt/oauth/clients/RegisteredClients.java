package network.applicant.gpt.oauth.clients;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Looks up registered clients and authenticates them by their secret; what the
 * authorization and token endpoints know about clients.
 *
 * <p>Reads the database on every call rather than caching, so that a disabled client or
 * a rotated secret takes effect on every replica at once; the lookup is one primary-key
 * read. Thread-safe.
 */
public final class RegisteredClients {

	/*
	 * Compared against when the client id is unknown, so that an unknown id costs the
	 * same HMAC as a wrong secret and response times do not reveal which ids exist.
	 */
	private static final String UNKNOWN_CLIENT_HASH = "0".repeat(64);

	private final ClientDao clients;

	private final ClientSecretHasher hasher;

	RegisteredClients(ClientDao clients, ClientSecretHasher hasher) {
		this.clients = clients;
		this.hasher = hasher;
	}

	/**
	 * @param clientId a client id as a request named it
	 * @return the client when it is registered and enabled
	 */
	public Optional<RegisteredClient> findEnabled(String clientId) {
		if (clientId.isEmpty() || clientId.length() > 64) {
			return Optional.empty();
		}
		return this.clients.findById(clientId).filter(RegisteredClient::enabled);
	}

	/**
	 * @param clientId the presented client id
	 * @param secret the presented secret
	 * @return the client when it is enabled and the secret is its secret (constant-time comparison)
	 */
	public Optional<RegisteredClient> authenticate(String clientId, @Nullable String secret) {
		Optional<RegisteredClient> client = findEnabled(clientId);
		String stored = client.map(RegisteredClient::secretHash).orElse(UNKNOWN_CLIENT_HASH);
		boolean matches = this.hasher.matches(secret, stored);
		return (matches && client.isPresent() && client.get().confidential()) ? client : Optional.empty();
	}

	/**
	 * @param clientId the presented client id, without a secret
	 * @return the client when it is enabled and public (it has no secret and must use PKCE)
	 */
	public Optional<RegisteredClient> authenticatePublic(String clientId) {
		return findEnabled(clientId).filter((client) -> !client.confidential());
	}

}
