package network.applicant.gpt.audit.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * How the audit consumer treats incoming messages. The binding itself (destination,
 * group, dead-letter queue) is configured under {@code spring.cloud.stream}.
 *
 * @param maxPayloadSize the largest message body decoded as an audit event; a larger body
 * is dead-lettered without being parsed. The contract bounds an event to well under
 * 64 KB, so anything bigger is a publisher bug, not an event. Between 1KB and 1MB.
 * @param retry how often a message whose storing failed is tried before it goes to the
 * dead-letter queue
 */
@Validated
@ConfigurationProperties(AuditConsumerProperties.PREFIX)
record AuditConsumerProperties(@DefaultValue("64KB") @NotNull DataSize maxPayloadSize,
		@DefaultValue @Valid Retry retry) {

	static final String PREFIX = "applicant.audit.consumer";

	private static final DataSize SMALLEST = DataSize.ofKilobytes(1);

	private static final DataSize LARGEST = DataSize.ofMegabytes(1);

	AuditConsumerProperties {
		if (maxPayloadSize.compareTo(SMALLEST) < 0 || maxPayloadSize.compareTo(LARGEST) > 0) {
			throw new IllegalArgumentException(
					PREFIX + ".max-payload-size must be between 1KB and 1MB, was " + maxPayloadSize.toBytes() + "B");
		}
	}

	/**
	 * In-process retries of one delivery, with exponential back-off. They apply to
	 * failures that may pass (the database is briefly unreachable); a message that is
	 * not a valid audit event is never retried. While a message is retried it holds the
	 * consumer, so keep the total wait short: the defaults wait 200 ms, then 400 ms.
	 *
	 * @param maxAttempts deliveries tried in all, including the first (1 to 10)
	 * @param initialBackoff the wait before the first retry
	 * @param multiplier how much each further wait grows (at least 1.0)
	 * @param maxBackoff the longest wait between two attempts
	 */
	record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("200ms") @NotNull Duration initialBackoff,
			@DefaultValue("2.0") double multiplier, @DefaultValue("1s") @NotNull Duration maxBackoff) {

		Retry {
			if (maxAttempts < 1 || maxAttempts > 10) {
				throw new IllegalArgumentException(PREFIX + ".retry.max-attempts must be between 1 and 10");
			}
			if (initialBackoff.isNegative() || initialBackoff.isZero()) {
				throw new IllegalArgumentException(PREFIX + ".retry.initial-backoff must be positive");
			}
			if (multiplier < 1.0) {
				throw new IllegalArgumentException(PREFIX + ".retry.multiplier must be at least 1.0");
			}
			if (maxBackoff.compareTo(initialBackoff) < 0) {
				throw new IllegalArgumentException(
						PREFIX + ".retry.max-backoff must be at least " + PREFIX + ".retry.initial-backoff");
			}
		}

	}

}
