package network.applicant.gpt.actions.resume;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The cross-field checks of {@link ResumeProperties}, which stop start-up with the key named.
 */
class ResumePropertiesTests {

	@Test
	void aiWhenBaseUrlWithoutKeyThenRefusedNamingKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ResumeProperties.Ai(URI.create("https://ai.example/v1"), " ", "m", Duration.ofSeconds(4),
					50, 5, Duration.ofSeconds(30)))
			.withMessageContaining("applicant.resume.ai.api-key");
	}

	@Test
	void aiWhenKeySetThenToStringHidesIt() {
		ResumeProperties.Ai ai = new ResumeProperties.Ai(URI.create("https://ai.example/v1"), "sk-secret-value", "m",
				Duration.ofSeconds(4), 50, 5, Duration.ofSeconds(30));

		assertThat(ai.toString()).doesNotContain("sk-secret-value");
		assertThat(ai.enabled()).isTrue();
	}

	@Test
	void filesWhenHostHasSchemeOrWildcardThenRefusedNamingKey() {
		for (String host : List.of("https://files.oaiusercontent.com", "*.oaiusercontent.com", "files.example:443")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ResumeProperties.Files(List.of(host), DataSize.ofMegabytes(5), Duration.ofSeconds(3),
						Duration.ofSeconds(10), 2, null))
				.withMessageContaining("applicant.resume.files.allowed-hosts");
		}
	}

	@Test
	void filesWhenSizeOutOfRangeThenRefusedNamingKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ResumeProperties.Files(List.of("files.oaiusercontent.com"), DataSize.ofGigabytes(1),
					Duration.ofSeconds(3), Duration.ofSeconds(10), 2, null))
			.withMessageContaining("applicant.resume.files.max-size");
	}

	@Test
	void filesWhenHostsGivenThenLowerCased() {
		assertThat(new ResumeProperties.Files(List.of("Files.OAIUserContent.com"), DataSize.ofMegabytes(5),
				Duration.ofSeconds(3), Duration.ofSeconds(10), 2, null).allowedHosts())
			.containsExactly("files.oaiusercontent.com");
	}

}
