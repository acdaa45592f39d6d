package network.applicant.gpt.config.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The shared secret with which the gateway proves to a service that identity headers
 * it forwards were set by the gateway and not by a caller from outside.
 *
 * <p>Not a user credential: it never leaves the cluster, and the gateway strips the
 * header from every request that arrives from outside before it adds its own.
 *
 * @param serviceKey the key itself, at least 32 characters; comes from a secret, never from the repo
 * @param serviceKeyHeader the name of the header that carries the key between services
 */
@Validated
@ConfigurationProperties(InternalServiceProperties.PREFIX)
public record InternalServiceProperties(
		String serviceKey,
		@DefaultValue("x-internal-service-key") @NotBlank @Pattern(regexp = "[A-Za-z0-9-]+") String serviceKeyHeader) {

	public static final String PREFIX = "applicant.internal";

	static final int MIN_KEY_LENGTH = 32;

	/*
	 * The key is checked here rather than with @NotBlank/@Size because a Bean Validation
	 * failure report includes the rejected value, and that would print the secret in the
	 * start-up log.
	 */
	public InternalServiceProperties {
		if (serviceKey == null || serviceKey.isBlank()) {
			throw new IllegalArgumentException(PREFIX + ".service-key is not set; give every service the same"
					+ " random key of at least " + MIN_KEY_LENGTH + " characters (for example: openssl rand -hex 32)");
		}
		if (serviceKey.strip().length() < MIN_KEY_LENGTH) {
			throw new IllegalArgumentException(PREFIX + ".service-key must be at least " + MIN_KEY_LENGTH
					+ " characters (for example: openssl rand -hex 32)");
		}
	}

	/**
	 * Compares a presented key with the configured one in constant time.
	 * @param presented the header value, or {@code null} when the header was absent
	 * @return whether the presented key is the configured key
	 */
	public boolean isServiceKey(@org.jspecify.annotations.Nullable String presented) {
		if (presented == null) {
			return false;
		}
		return MessageDigest.isEqual(this.serviceKey.getBytes(StandardCharsets.UTF_8),
				presented.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "InternalServiceProperties[serviceKey=<redacted>, serviceKeyHeader=" + this.serviceKeyHeader + "]";
	}
}
