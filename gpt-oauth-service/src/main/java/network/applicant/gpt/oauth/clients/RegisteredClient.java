package network.applicant.gpt.oauth.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A client's registration as stored in {@code oauth.clients}: what start-up registration
 * writes and compares. Scopes are in canonical order and redirect URIs sorted, so that
 * two registrations that mean the same are equal.
 *
 * @param clientId the public client id
 * @param name the name shown to candidates
 * @param secretHash HMAC-SHA-256 of the secret under the pepper (see {@link ClientSecretHasher})
 * @param redirectUris the registered redirect URIs, sorted
 * @param allowedScopes the scopes the client may ask for, canonical order
 * @param defaultScopes the scopes an empty request means, canonical order
 * @param pkceRequired whether a PKCE challenge is mandatory
 * @param confidential whether the client authenticates with a secret
 * @param enabled whether the client is in the configuration (a removed client is disabled)
 */
// public because Jdbi binds and maps it by reflection
public record RegisteredClient(String clientId, String name, String secretHash, List<String> redirectUris,
		List<String> allowedScopes, List<String> defaultScopes, boolean pkceRequired, boolean confidential,
		boolean enabled) {

	public RegisteredClient {
		Objects.requireNonNull(clientId, "clientId is null");
		Objects.requireNonNull(name, "name is null");
		Objects.requireNonNull(secretHash, "secretHash is null");
		redirectUris = redirectUris.stream().distinct().sorted().toList();
		allowedScopes = Scopes.canonical(allowedScopes);
		defaultScopes = Scopes.canonical(defaultScopes);
	}

	/**
	 * @param configured a client from the configuration
	 * @param hasher the secret hasher
	 * @return the registration that configuration asks for
	 */
	static RegisteredClient from(OAuthClientsProperties.Client configured, ClientSecretHasher hasher) {
		return new RegisteredClient(Objects.requireNonNull(configured.clientId(), "clientId is null"),
				Objects.requireNonNull(configured.name(), "name is null"),
				hasher.hash(Objects.requireNonNull(configured.secret(), "secret is null")),
				configured.redirectUris().stream().map(Object::toString).toList(), configured.allowedScopes(),
				configured.defaultScopes(), configured.pkceRequired(), true, true);
	}

	/**
	 * @param storedSecretHash a secret hash to keep in force instead of the configured one
	 * @return this registration with that secret hash
	 */
	RegisteredClient withSecretHash(String storedSecretHash) {
		return new RegisteredClient(this.clientId, this.name, storedSecretHash, this.redirectUris, this.allowedScopes,
				this.defaultScopes, this.pkceRequired, this.confidential, this.enabled);
	}

	/**
	 * @param before the stored registration of the same client
	 * @return the names of the columns that differ, empty when nothing changed
	 */
	List<String> changesFrom(RegisteredClient before) {
		List<String> changed = new ArrayList<>();
		if (!this.name.equals(before.name)) {
			changed.add("name");
		}
		if (!this.secretHash.equals(before.secretHash)) {
			changed.add("secret_hash");
		}
		if (!this.redirectUris.equals(before.redirectUris)) {
			changed.add("redirect_uris");
		}
		if (!this.allowedScopes.equals(before.allowedScopes)) {
			changed.add("allowed_scopes");
		}
		if (!this.defaultScopes.equals(before.defaultScopes)) {
			changed.add("default_scopes");
		}
		if (this.pkceRequired != before.pkceRequired) {
			changed.add("pkce_required");
		}
		if (this.confidential != before.confidential) {
			changed.add("confidential");
		}
		if (this.enabled != before.enabled) {
			changed.add("disabled_at");
		}
		return List.copyOf(changed);
	}

	@Override
	public String toString() {
		return "RegisteredClient[clientId=" + this.clientId + ", name=" + this.name + ", redirectUris="
				+ this.redirectUris + ", allowedScopes=" + this.allowedScopes + ", defaultScopes=" + this.defaultScopes
				+ ", pkceRequired=" + this.pkceRequired + ", confidential=" + this.confidential + ", enabled="
				+ this.enabled + "]";
	}

}
