package network.applicant.gpt.actions.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the job import.
 *
 * @param maxBodySize the largest request body, 1 KB to 100 MB; larger bodies are refused
 * with 413 before they are read whole
 * @param maxItems the most postings one request may carry, 1 to 100 000; more are refused
 * with 413 before any is written
 */
@ConfigurationProperties(ImportProperties.PREFIX)
record ImportProperties(@DefaultValue("10MB") DataSize maxBodySize, @DefaultValue("5000") int maxItems) {

	static final String PREFIX = "applicant.actions.import";

	ImportProperties {
		if (maxBodySize.toBytes() < 1024 || maxBodySize.toBytes() > 100L * 1024 * 1024) {
			throw new IllegalArgumentException(PREFIX + ".max-body-size must be between 1KB and 100MB, was " + maxBodySize);
		}
		if (maxItems < 1 || maxItems > 100_000) {
			throw new IllegalArgumentException(PREFIX + ".max-items must be between 1 and 100000, was " + maxItems);
		}
	}

}
