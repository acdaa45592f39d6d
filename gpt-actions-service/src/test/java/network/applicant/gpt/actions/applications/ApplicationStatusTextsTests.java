package network.applicant.gpt.actions.applications;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationStatusTextsTests {

	@Test
	void ofWhenKnownStatusThenLabelExplanationAndNextStep() {
		for (String status : List.of("submitted", "under_review", "interviewing", "offer", "hired", "rejected", "withdrawn")) {
			ApplicationStatusTexts.Texts texts = ApplicationStatusTexts.of(status);
			assertThat(texts.label()).isNotBlank();
			assertThat(texts.explanation()).endsWith(".").isNotBlank();
		}
		assertThat(ApplicationStatusTexts.of("under_review").explanation())
			.startsWith("Under review — the employer has opened your application");
		assertThat(ApplicationStatusTexts.of("interviewing").nextStep()).isNotNull();
		assertThat(ApplicationStatusTexts.of("hired").nextStep()).isNull();
	}

	@Test
	void ofWhenUnknownStatusThenNeutralLabel() {
		assertThat(ApplicationStatusTexts.of("on_hold").label()).isEqualTo("On hold");
	}

}
