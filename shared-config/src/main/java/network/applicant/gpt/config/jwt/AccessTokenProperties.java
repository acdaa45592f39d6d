package network.applicant.gpt.config.jwt;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway and the actions service verify access tokens.
 *
 * @param issuer the authorization server's issuer identifier (the {@code iss} of our tokens)
 * @param audience the audience our tokens are issued for (the {@code aud} of our tokens)
 * @param jwksUri where the authorization server publishes its signing keys
 * @param clockSkew tolerance when checking expiry and not-before
 * @param jwksCacheDuration how long a fetched key set is used when the response gives no cache lifetime
 * @param jwksRefreshReprieve minimum time between key-set refreshes caused by an unknown key id
 * @param jwksTimeout connect and read timeout for fetching the key set
 * @param verifiedCacheSize how many verified tokens are remembered until they expire
 */
@Validated
@ConfigurationProperties(AccessTokenProperties.PREFIX)
public record AccessTokenProperties(@NotBlank String issuer, @NotBlank String audience, @NotNull URI jwksUri,
		@DefaultValue("30s") @NotNull Duration clockSkew, @DefaultValue("10m") @NotNull Duration jwksCacheDuration,
		@DefaultValue("30s") @NotNull Duration jwksRefreshReprieve, @DefaultValue("2s") @NotNull Duration jwksTimeout,
		@DefaultValue("10000") @Min(0) @Max(1_000_000) int verifiedCacheSize) {

	public static final String PREFIX = "applicant.tokens";

	public AccessTokenProperties {
		if (jwksUri != null && (!jwksUri.isAbsolute() || !("https".equals(jwksUri.getScheme())
				|| "http".equals(jwksUri.getScheme())))) {
			throw new IllegalArgumentException(PREFIX + ".jwks-uri must be an absolute http(s) URI");
		}
		if (clockSkew != null && (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0)) {
			throw new IllegalArgumentException(PREFIX + ".clock-skew must be between 0 and 5m");
		}
		if (jwksTimeout != null && (jwksTimeout.isNegative() || jwksTimeout.isZero())) {
			throw new IllegalArgumentException(PREFIX + ".jwks-timeout must be positive");
		}
	}

	/** @return verifier settings for our ES256 access tokens */
	public JwtVerifier.Settings verifierSettings() {
		return new JwtVerifier.Settings(this.issuer, java.util.Set.of(this.audience),
				java.util.Set.of(AccessTokenVerifier.ALGORITHM), this.clockSkew, this.verifiedCacheSize, 8192);
	}

}
