package network.applicant.gpt.actions.jobs;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JobSearchPropertiesTests {

	@Test
	void diskStoreWithoutPathThenRefusedNamingTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JobSearchProperties(JobSearchProperties.Store.DISK, null, Duration.ofSeconds(5),
					Duration.ofMinutes(2), 2000))
			.withMessageContaining("applicant.actions.search.path");
		assertThat(new JobSearchProperties(JobSearchProperties.Store.DISK, Path.of("/tmp/index"), Duration.ofSeconds(5),
				Duration.ofMinutes(2), 2000).path()).isEqualTo(Path.of("/tmp/index"));
	}

	@Test
	void intervalsOutOfRangeThenRefusedNamingTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JobSearchProperties(JobSearchProperties.Store.MEMORY, null, Duration.ofMillis(100),
					Duration.ofMinutes(2), 2000))
			.withMessageContaining("applicant.actions.search.refresh-interval");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JobSearchProperties(JobSearchProperties.Store.MEMORY, null, Duration.ofSeconds(5),
					Duration.ofHours(2), 2000))
			.withMessageContaining("applicant.actions.search.refresh-overlap");
	}

}
