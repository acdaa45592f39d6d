package network.applicant.gpt.oauth.clients;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The OAuth clients this server knows, and the pepper their secrets are hashed with.
 * Clients are registered (inserted, updated or disabled) from this list at every
 * start-up.
 *
 * <p>Secrets are checked in the compact constructors rather than with Bean Validation,
 * because a Bean Validation report prints the rejected value and would put the secret
 * in the start-up log; {@link #toString()} redacts them too.
 *
 * @param clientSecretPepper server-side key for HMAC-SHA-256 of client secrets, at least
 * {@value ClientSecretHasher#MIN_PEPPER_LENGTH} characters; from a secret, never the repository
 * @param clients the registered clients
 */
@Validated
@ConfigurationProperties(OAuthClientsProperties.PREFIX)
record OAuthClientsProperties(@Nullable String clientSecretPepper, @DefaultValue @NotNull List<@Valid Client> clients) {

	static final String PREFIX = "applicant.oauth";

	static final int MIN_SECRET_LENGTH = 16;

	OAuthClientsProperties {
		if (clientSecretPepper == null || clientSecretPepper.isBlank()) {
			throw new IllegalArgumentException(PREFIX + ".client-secret-pepper is not set; give the service a random"
					+ " key of at least " + ClientSecretHasher.MIN_PEPPER_LENGTH
					+ " characters (for example: openssl rand -hex 32)");
		}
		if (clientSecretPepper.strip().length() < ClientSecretHasher.MIN_PEPPER_LENGTH) {
			throw new IllegalArgumentException(PREFIX + ".client-secret-pepper must be at least "
					+ ClientSecretHasher.MIN_PEPPER_LENGTH + " characters (for example: openssl rand -hex 32)");
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < clients.size(); i++) {
			String key = PREFIX + ".clients[" + i + "]";
			Client client = clients.get(i);
			client.verify(key);
			if (client.clientId() != null && !ids.add(client.clientId())) {
				throw new IllegalArgumentException(key + ".client-id '" + client.clientId()
						+ "' is registered more than once");
			}
		}
	}

	@Override
	public String toString() {
		return "OAuthClientsProperties[clientSecretPepper=<redacted>, clients=" + this.clients + "]";
	}

	/**
	 * One OAuth client.
	 *
	 * @param clientId the public client id, lower case letters, digits, {@code .}, {@code _} and {@code -}
	 * @param name the name shown to candidates on the consent page
	 * @param secret the client secret, at least {@value OAuthClientsProperties#MIN_SECRET_LENGTH}
	 * characters; only its HMAC is stored
	 * @param redirectUris the redirect URIs, each an absolute {@code https} URI without user info or
	 * fragment; requests must name one exactly
	 * @param allowedScopes the scopes the client may ask for
	 * @param defaultScopes the scopes granted when the client sends an empty {@code scope};
	 * a subset of {@code allowedScopes}
	 * @param pkceRequired whether the client must send a PKCE {@code S256} challenge
	 */
	record Client(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") @Nullable String clientId,
			@NotBlank @Size(max = 200) @Nullable String name, @Nullable String secret,
			@NotEmpty @Size(max = 20) List<URI> redirectUris, @NotEmpty List<String> allowedScopes,
			@DefaultValue List<String> defaultScopes, @DefaultValue("false") boolean pkceRequired) {

		Client {
			redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
			allowedScopes = (allowedScopes != null) ? List.copyOf(allowedScopes) : List.of();
			defaultScopes = (defaultScopes != null) ? List.copyOf(defaultScopes) : List.of();
		}

		/**
		 * Checks the rules that span fields or concern the secret.
		 * @param key the full key of this client, e.g. {@code applicant.oauth.clients[0]}
		 * @throws IllegalArgumentException naming the offending key, never the secret
		 */
		void verify(String key) {
			if (this.secret == null || this.secret.isBlank()) {
				throw new IllegalArgumentException(key + ".secret is not set");
			}
			if (this.secret.length() < MIN_SECRET_LENGTH) {
				throw new IllegalArgumentException(key + ".secret must be at least " + MIN_SECRET_LENGTH
						+ " characters (use 32 or more random characters outside local runs)");
			}
			for (int i = 0; i < this.redirectUris.size(); i++) {
				checkRedirectUri(key + ".redirect-uris[" + i + "]", this.redirectUris.get(i));
			}
			checkScopes(key + ".allowed-scopes", this.allowedScopes);
			checkScopes(key + ".default-scopes", this.defaultScopes);
			for (String scope : this.defaultScopes) {
				if (!this.allowedScopes.contains(scope)) {
					throw new IllegalArgumentException(key + ".default-scopes contains '" + scope
							+ "', which is not in " + key + ".allowed-scopes");
				}
			}
		}

		/*
		 * Only https: the code travels in the redirect, and RFC 9700 2.1 asks for exact
		 * matching against pre-registered URIs. Plain http, even to localhost, is refused:
		 * ChatGPT's callbacks are https and local runs never follow the redirect.
		 */
		private static void checkRedirectUri(String key, @Nullable URI uri) {
			if (uri == null || !uri.isAbsolute() || uri.isOpaque()
					|| !"https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null
					|| uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
				throw new IllegalArgumentException(key + " must be an absolute https URI with a host and without"
						+ " user info or fragment, but is '" + uri + "'");
			}
		}

		private static void checkScopes(String key, List<String> scopes) {
			for (String scope : scopes) {
				if (scope == null || network.applicant.gpt.config.jwt.Scope.of(scope).isEmpty()) {
					throw new IllegalArgumentException(key + " contains unknown scope '" + scope + "'; known scopes are: "
							+ Scopes.known());
				}
			}
		}

		@Override
		public String toString() {
			return "Client[clientId=" + this.clientId + ", name=" + this.name + ", secret=<redacted>, redirectUris="
					+ this.redirectUris + ", allowedScopes=" + this.allowedScopes + ", defaultScopes="
					+ this.defaultScopes + ", pkceRequired=" + this.pkceRequired + "]";
		}

	}

}
