package network.applicant.gpt.actions.jobs;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The job search index.
 *
 * @param store {@code memory} (heap, the default) or {@code disk} (memory-mapped files under
 * {@code path}; for large catalogs, keeps the heap small). Either way the index is rebuilt
 * from PostgreSQL at every start
 * @param path the index directory when {@code store} is {@code disk}; emptied at start-up
 * @param refreshInterval how often every replica polls {@code platform.jobs.updated_at} for
 * changes (1 s to 10 min)
 * @param refreshOverlap how far back each poll looks before the start of the previous poll, so that
 * changes committed late by long transactions are not missed (0 to 1 h)
 * @param buildBatchSize rows read per query while building the index (100 to 50 000)
 */
@Validated
@ConfigurationProperties(JobSearchProperties.PREFIX)
record JobSearchProperties(@DefaultValue("memory") @NotNull Store store, @Nullable Path path,
		@DefaultValue("5s") @NotNull Duration refreshInterval, @DefaultValue("2m") @NotNull Duration refreshOverlap,
		@DefaultValue("2000") @Min(100) @Max(50_000) int buildBatchSize) {

	static final String PREFIX = "applicant.actions.search";

	enum Store {

		MEMORY, DISK

	}

	JobSearchProperties {
		if (store == Store.DISK && path == null) {
			throw new IllegalArgumentException(PREFIX + ".path must be set when " + PREFIX + ".store is disk");
		}
		if (refreshInterval != null
				&& (refreshInterval.compareTo(Duration.ofSeconds(1)) < 0 || refreshInterval.compareTo(Duration.ofMinutes(10)) > 0)) {
			throw new IllegalArgumentException(PREFIX + ".refresh-interval must be between 1s and 10m");
		}
		if (refreshOverlap != null && (refreshOverlap.isNegative() || refreshOverlap.compareTo(Duration.ofHours(1)) > 0)) {
			throw new IllegalArgumentException(PREFIX + ".refresh-overlap must be between 0s and 1h");
		}
	}

}
