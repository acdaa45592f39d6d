package network.applicant.gpt.oauth.system;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who the authorization server is to the outside, where it sends candidates to sign in,
 * the keys of its own HMACs and the lifetimes of what it issues.
 *
 * <p>Secrets are checked in the compact constructor, never with Bean Validation (whose
 * report would print them), and {@link #toString()} redacts them.
 *
 * @param publicBaseUrl the public base URL of the platform, as browsers and ChatGPT reach the
 * gateway (local {@code http://localhost:8080}); absolute URLs handed to browsers start with it
 * @param issuer the {@code iss} of our tokens and the metadata's {@code issuer}; defaults to
 * {@code publicBaseUrl}
 * @param audience the {@code aud} of our access tokens; defaults to {@code <publicBaseUrl>/api/v1/gpt}
 * @param signInUrl where a candidate without a verified session is sent, with
 * {@code redirect_url=<absolute URL of the authorize request>} (Clerk's parameter)
 * @param tokenKey server-side key (at least 32 characters) of the HMACs that derive refresh-token
 * successors and sign consent forms; from a secret, never the repository
 * @param adminKey bearer key of the non-public admin endpoints; unset disables them
 * @param lifetimes how long codes, tokens and consent forms live
 */
@Validated
@ConfigurationProperties(OAuthServerProperties.PREFIX)
public record OAuthServerProperties(@Nullable URI publicBaseUrl, @Nullable URI issuer, @Nullable String audience,
		@Nullable URI signInUrl, @Nullable String tokenKey, @Nullable String adminKey,
		@DefaultValue Lifetimes lifetimes) {

	static final String PREFIX = "applicant.oauth";

	/** Shortest token key accepted, in characters. */
	public static final int MIN_KEY_LENGTH = 32;

	public OAuthServerProperties {
		publicBaseUrl = requireHttpUrl(publicBaseUrl, "public-base-url");
		issuer = (issuer != null) ? requireHttpUrl(issuer, "issuer") : publicBaseUrl;
		if (audience == null || audience.isBlank()) {
			audience = stripSlash(publicBaseUrl.toString()) + "/api/v1/gpt";
		}
		signInUrl = requireHttpUrl(signInUrl, "sign-in-url");
		if (tokenKey == null || tokenKey.isBlank()) {
			throw new IllegalArgumentException(PREFIX + ".token-key is not set; give the service a random key of at"
					+ " least " + MIN_KEY_LENGTH + " characters (for example: openssl rand -hex 32)");
		}
		if (tokenKey.strip().length() < MIN_KEY_LENGTH) {
			throw new IllegalArgumentException(PREFIX + ".token-key must be at least " + MIN_KEY_LENGTH
					+ " characters (for example: openssl rand -hex 32)");
		}
		if (adminKey != null && adminKey.isBlank()) {
			adminKey = null;
		}
	}

	private static URI requireHttpUrl(@Nullable URI uri, String name) {
		if (uri == null) {
			throw new IllegalArgumentException(PREFIX + "." + name + " is not set");
		}
		String scheme = uri.getScheme();
		if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException(PREFIX + "." + name
					+ " must be an absolute http(s) URL without query or fragment, but is '" + uri + "'");
		}
		return uri;
	}

	private static String stripSlash(String value) {
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

	/**
	 * @param path an absolute path, e.g. {@code /api/v1/gpt/oauth/token}
	 * @return the public URL of that path
	 */
	public String publicUrl(String path) {
		return stripSlash(publicBaseUrl().toString()) + path;
	}

	/** @return the issuer as it appears in tokens and metadata, without a trailing slash */
	public String issuerId() {
		return stripSlash(issuer().toString());
	}

	@Override
	public URI publicBaseUrl() {
		return java.util.Objects.requireNonNull(this.publicBaseUrl);
	}

	@Override
	public URI issuer() {
		return java.util.Objects.requireNonNull(this.issuer);
	}

	@Override
	public String audience() {
		return java.util.Objects.requireNonNull(this.audience);
	}

	@Override
	public URI signInUrl() {
		return java.util.Objects.requireNonNull(this.signInUrl);
	}

	@Override
	public String tokenKey() {
		return java.util.Objects.requireNonNull(this.tokenKey);
	}

	@Override
	public String toString() {
		return "OAuthServerProperties[publicBaseUrl=" + this.publicBaseUrl + ", issuer=" + this.issuer + ", audience="
				+ this.audience + ", signInUrl=" + this.signInUrl + ", tokenKey=<redacted>, adminKey="
				+ ((this.adminKey != null) ? "<redacted>" : "<unset>") + ", lifetimes=" + this.lifetimes + "]";
	}

	/**
	 * Lifetimes of what the server issues.
	 *
	 * @param authorizationCode how long a code can be redeemed (at most 10 minutes, RFC 6749 4.1.2)
	 * @param accessToken lifetime of an access token; {@code expires_in} says the same
	 * @param refreshTokenIdle a refresh token not used for this long is dead
	 * @param refreshTokenAbsolute no refresh token of a grant lives longer than this after the code exchange
	 * @param refreshGracePeriod a retry with the just-rotated refresh token within this time returns the same
	 * successor; after it, reuse is replay
	 * @param consentForm how long a consent page can be submitted
	 */
	public record Lifetimes(@DefaultValue("60s") Duration authorizationCode, @DefaultValue("15m") Duration accessToken,
			@DefaultValue("30d") Duration refreshTokenIdle, @DefaultValue("90d") Duration refreshTokenAbsolute,
			@DefaultValue("30s") Duration refreshGracePeriod, @DefaultValue("10m") Duration consentForm) {

		public Lifetimes {
			String key = PREFIX + ".lifetimes.";
			positive(authorizationCode, key + "authorization-code");
			if (authorizationCode.compareTo(Duration.ofMinutes(10)) > 0) {
				throw new IllegalArgumentException(key + "authorization-code must be at most 10m (RFC 6749 4.1.2)");
			}
			positive(accessToken, key + "access-token");
			if (accessToken.toSeconds() < 1) {
				throw new IllegalArgumentException(key + "access-token must be at least 1s");
			}
			positive(refreshTokenIdle, key + "refresh-token-idle");
			positive(refreshTokenAbsolute, key + "refresh-token-absolute");
			if (refreshTokenIdle.compareTo(refreshTokenAbsolute) > 0) {
				throw new IllegalArgumentException(key + "refresh-token-idle must not be longer than " + key
						+ "refresh-token-absolute");
			}
			if (refreshGracePeriod == null || refreshGracePeriod.isNegative()
					|| refreshGracePeriod.compareTo(Duration.ofMinutes(5)) > 0) {
				throw new IllegalArgumentException(key + "refresh-grace-period must be between 0 and 5m");
			}
			positive(consentForm, key + "consent-form");
		}

		private static void positive(@Nullable Duration value, String key) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException(key + " must be positive");
			}
		}

	}

}
