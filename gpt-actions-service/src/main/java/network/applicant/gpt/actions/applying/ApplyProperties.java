package network.applicant.gpt.actions.applying;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of {@code submitApplication}.
 *
 * @param confirmationTtl how long a confirmation token stays valid after the first call,
 * 1 minute to 24 hours
 * @param maxBodySize the largest request body accepted, 1 KB to 1 MB; larger bodies are
 * refused with 413 before they are read whole
 */
@Validated
@ConfigurationProperties(ApplyProperties.PREFIX)
record ApplyProperties(@DefaultValue("15m") Duration confirmationTtl, @DefaultValue("64KB") DataSize maxBodySize) {

	static final String PREFIX = "applicant.actions.apply";

	ApplyProperties {
		if (confirmationTtl.compareTo(Duration.ofMinutes(1)) < 0 || confirmationTtl.compareTo(Duration.ofHours(24)) > 0) {
			throw new IllegalArgumentException(
					PREFIX + ".confirmation-ttl must be between 1m and 24h, was " + confirmationTtl);
		}
		if (maxBodySize.toBytes() < 1024 || maxBodySize.toBytes() > 1024 * 1024) {
			throw new IllegalArgumentException(
					PREFIX + ".max-body-size must be between 1KB and 1MB, was " + maxBodySize);
		}
	}

}
