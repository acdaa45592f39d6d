package network.applicant.gpt.config.audit;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service publishes audit events.
 *
 * @param source the service name written into every event's {@code source}
 * @param outbox the transactional outbox and its relay to RabbitMQ
 */
@Validated
@ConfigurationProperties(AuditProperties.PREFIX)
public record AuditProperties(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,62}") String source,
		@DefaultValue @Valid Outbox outbox) {

	public static final String PREFIX = "applicant.audit";

	public AuditProperties {
		if (outbox.sendTimeout().compareTo(outbox.pollInterval().multipliedBy(60)) > 0) {
			throw new IllegalArgumentException(PREFIX + ".outbox.send-timeout must not exceed 60 times "
					+ PREFIX + ".outbox.poll-interval");
		}
		if (outbox.maxBackoff().compareTo(outbox.pollInterval()) < 0) {
			throw new IllegalArgumentException(PREFIX + ".outbox.max-backoff must be at least "
					+ PREFIX + ".outbox.poll-interval");
		}
	}

	/**
	 * The outbox: events are written to {@code table} in the business transaction and a
	 * relay sends them to the {@code binding} after commit.
	 *
	 * @param enabled whether this service writes and relays audit events through the outbox
	 * @param table the outbox table, optionally schema-qualified ({@code oauth.audit_outbox})
	 * @param binding the Spring Cloud Stream output binding the relay sends to
	 * @param pollInterval how often the relay looks for undelivered events
	 * @param batchSize how many events one relay pass sends at most
	 * @param sendTimeout how long the relay waits for RabbitMQ to confirm one event
	 * @param maxBackoff the longest wait before retrying an event whose delivery failed
	 */
	public record Outbox(@DefaultValue("false") boolean enabled,
			@DefaultValue("audit_outbox") @NotBlank @Pattern(regexp = "([a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*",
					message = "must be a table name, optionally schema-qualified") String table,
			@DefaultValue("auditEvents-out-0") @NotBlank String binding,
			@DefaultValue("1s") @NotNull Duration pollInterval,
			@DefaultValue("100") @Min(1) @Max(1000) int batchSize,
			@DefaultValue("5s") @NotNull Duration sendTimeout,
			@DefaultValue("1m") @NotNull Duration maxBackoff) {

		public Outbox {
			if (pollInterval.compareTo(Duration.ofMillis(10)) < 0) {
				throw new IllegalArgumentException(PREFIX + ".outbox.poll-interval must be at least 10ms");
			}
			if (sendTimeout.isNegative() || sendTimeout.isZero()) {
				throw new IllegalArgumentException(PREFIX + ".outbox.send-timeout must be positive");
			}
		}

	}

}
