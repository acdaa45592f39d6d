package network.applicant.gpt.audit.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How the audit consumer treats incoming messages. The binding itself (destination,
 * group, retries, dead-letter queue) is configured under {@code spring.cloud.stream}.
 *
 * @param maxPayloadSize the largest message body decoded as an audit event; a larger body
 * is dead-lettered without being parsed. The contract bounds an event to well under
 * 64 KB, so anything bigger is a publisher bug, not an event. Between 1KB and 1MB.
 */
@Validated
@ConfigurationProperties(AuditConsumerProperties.PREFIX)
record AuditConsumerProperties(@DefaultValue("64KB") @NotNull DataSize maxPayloadSize) {

	static final String PREFIX = "applicant.audit.consumer";

	private static final DataSize SMALLEST = DataSize.ofKilobytes(1);

	private static final DataSize LARGEST = DataSize.ofMegabytes(1);

	AuditConsumerProperties {
		if (maxPayloadSize.compareTo(SMALLEST) < 0 || maxPayloadSize.compareTo(LARGEST) > 0) {
			throw new IllegalArgumentException(
					PREFIX + ".max-payload-size must be between 1KB and 1MB, was " + maxPayloadSize.toBytes() + "B");
		}
	}

}
