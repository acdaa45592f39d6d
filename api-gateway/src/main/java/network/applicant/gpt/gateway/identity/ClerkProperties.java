package network.applicant.gpt.gateway.identity;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import network.applicant.gpt.config.jwt.JwksKeys;

/**
 * How the gateway verifies Clerk session tokens (RS256 JWTs from the {@code __session}
 * cookie, or a bearer token on the connections API).
 *
 * <p>Keys come from exactly one of {@code jwks-uri} (Clerk's JWKS, cached and refreshed
 * when a token names an unknown key id) or {@code public-key-pem} (Clerk's "JWT public
 * key", for verification without any network call).
 *
 * @param issuer the only accepted {@code iss}: the Clerk Frontend API URL, for example
 * {@code https://clerk.applicant.network}; locally the dev sign-in's issuer
 * @param jwksUri where Clerk publishes its signing keys; set this or {@code public-key-pem}
 * @param publicKeyPem Clerk's PEM public key; set this or {@code jwks-uri}
 * @param authorizedParties accepted {@code azp} values (the origins of our front ends); when
 * not empty, a token without a listed {@code azp} is refused
 * @param clockSkew tolerance when checking {@code exp} and {@code nbf}, 0 to 1 minute
 * @param jwksCacheDuration how long a fetched key set is used when the response gives no cache lifetime
 * @param jwksRefreshReprieve minimum time between key-set refreshes caused by an unknown key id
 * @param jwksTimeout connect and read timeout for fetching the key set
 */
@Validated
@ConfigurationProperties(ClerkProperties.PREFIX)
record ClerkProperties(@Nullable String issuer, @Nullable URI jwksUri, @Nullable String publicKeyPem,
		@DefaultValue @NotNull List<@NotNull String> authorizedParties, @DefaultValue("5s") @NotNull Duration clockSkew,
		@DefaultValue("10m") @NotNull Duration jwksCacheDuration,
		@DefaultValue("30s") @NotNull Duration jwksRefreshReprieve, @DefaultValue("2s") @NotNull Duration jwksTimeout) {

	static final String PREFIX = "applicant.gateway.clerk";

	ClerkProperties {
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalArgumentException(PREFIX + ".issuer is not set; give the Clerk Frontend API URL, for"
					+ " example https://clerk.applicant.network (locally http://localhost:8080/dev/clerk)");
		}
		boolean hasUri = jwksUri != null && !jwksUri.toString().isBlank();
		boolean hasPem = publicKeyPem != null && !publicKeyPem.isBlank();
		if (hasUri == hasPem) {
			throw new IllegalArgumentException("set exactly one of " + PREFIX + ".jwks-uri and " + PREFIX
					+ ".public-key-pem");
		}
		if (hasUri && (!jwksUri.isAbsolute() || jwksUri.getHost() == null
				|| !("http".equals(jwksUri.getScheme()) || "https".equals(jwksUri.getScheme())))) {
			throw new IllegalArgumentException(PREFIX + ".jwks-uri must be an absolute http(s) URL, but was '"
					+ jwksUri + "'");
		}
		if (hasPem) {
			try {
				JwksKeys.fromPem(publicKeyPem);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(PREFIX + ".public-key-pem is not a PEM RSA public key ("
						+ ex.getMessage() + ")");
			}
		}
		if (clockSkew != null && (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(1)) > 0)) {
			throw new IllegalArgumentException(PREFIX + ".clock-skew must be between 0s and 1m");
		}
		if (jwksTimeout != null && (jwksTimeout.isNegative() || jwksTimeout.isZero())) {
			throw new IllegalArgumentException(PREFIX + ".jwks-timeout must be positive");
		}
		if (jwksRefreshReprieve != null && jwksRefreshReprieve.isNegative()) {
			throw new IllegalArgumentException(PREFIX + ".jwks-refresh-reprieve must not be negative");
		}
		if (jwksCacheDuration != null && (jwksCacheDuration.isNegative() || jwksCacheDuration.isZero())) {
			throw new IllegalArgumentException(PREFIX + ".jwks-cache-duration must be positive");
		}
		authorizedParties = (authorizedParties != null) ? List.copyOf(authorizedParties) : List.of();
	}

}
