package network.applicant.gpt.actions.system;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ActionsPropertiesTests {

	@Test
	void publicBaseUrlWhenHttpsOrLocalHttpThenAccepted() {
		assertThat(new ActionsProperties(URI.create("https://applicant.network"), "https://applicant.network/jobs/{id}")
			.base()).isEqualTo("https://applicant.network");
		assertThat(new ActionsProperties(URI.create("http://localhost:8080"), "https://applicant.network/jobs/{id}")
			.jobUrl(42)).isEqualTo("https://applicant.network/jobs/42");
	}

	@Test
	void publicBaseUrlWhenPlainHttpElsewhereOrRelativeOrTrailingSlashThenRefusedNamingTheKey() {
		for (String bad : new String[] { "http://applicant.network", "applicant.network", "https://applicant.network/",
				"ftp://applicant.network" }) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new ActionsProperties(URI.create(bad), "https://applicant.network/jobs/{id}"))
				.withMessageContaining("applicant.actions.public-base-url");
		}
	}

	@Test
	void jobUrlTemplateWithoutIdThenRefusedNamingTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ActionsProperties(URI.create("https://applicant.network"), "https://applicant.network/jobs"))
			.withMessageContaining("applicant.actions.job-url-template");
	}

}
