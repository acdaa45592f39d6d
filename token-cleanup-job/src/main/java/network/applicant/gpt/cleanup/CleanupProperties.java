package network.applicant.gpt.cleanup;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the cleanup job deletes, how long it keeps expired rows for audit, and how
 * gently it works.
 *
 * @param batchSize rows deleted per transaction; small batches keep locks short
 * @param lockTimeout how long one batch waits for a row or table lock before giving up
 * @param maxDuration the job stops starting new batches after this long (the next run continues)
 * @param retention how long expired or used rows are kept before deletion
 * @param schemas the schemas that hold the tables to clean
 */
@Validated
@ConfigurationProperties("applicant.cleanup")
record CleanupProperties(@DefaultValue("1000") @Min(1) @Max(50_000) int batchSize,
		@DefaultValue("2s") @NotNull Duration lockTimeout, @DefaultValue("30m") @NotNull Duration maxDuration,
		@DefaultValue @Valid Retention retention, @DefaultValue @Valid Schemas schemas) {

	CleanupProperties {
		if (lockTimeout.isNegative() || lockTimeout.isZero()) {
			throw new IllegalArgumentException("applicant.cleanup.lock-timeout must be positive");
		}
		if (maxDuration.isNegative() || maxDuration.isZero()) {
			throw new IllegalArgumentException("applicant.cleanup.max-duration must be positive");
		}
	}

	/**
	 * How long rows stay after they stopped being usable.
	 *
	 * @param authorizationCodes after a code expired
	 * @param refreshTokens after a refresh token passed its idle or its family's absolute lifetime, or its family was revoked
	 * @param confirmationTokens after a confirmation token expired
	 * @param deliveredOutbox after an audit event was delivered to RabbitMQ
	 * @param webhookDeliveries after a Clerk webhook delivery id was recorded for replay protection
	 * (replays older than the signature tolerance of five minutes are refused by their timestamp anyway)
	 */
	record Retention(@DefaultValue("1d") @NotNull Duration authorizationCodes,
			@DefaultValue("7d") @NotNull Duration refreshTokens, @DefaultValue("1d") @NotNull Duration confirmationTokens,
			@DefaultValue("1d") @NotNull Duration deliveredOutbox, @DefaultValue("7d") @NotNull Duration webhookDeliveries) {

		Retention {
			for (Duration each : new Duration[] { authorizationCodes, refreshTokens, confirmationTokens,
					deliveredOutbox, webhookDeliveries }) {
				if (each.isNegative()) {
					throw new IllegalArgumentException("applicant.cleanup.retention.* must not be negative");
				}
			}
		}

	}

	/**
	 * @param oauth the oauth service's schema
	 * @param actions the actions service's schema
	 */
	record Schemas(@DefaultValue("oauth") @Pattern(regexp = "[a-z_][a-z0-9_]*") String oauth,
			@DefaultValue("actions") @Pattern(regexp = "[a-z_][a-z0-9_]*") String actions) {
	}

}
