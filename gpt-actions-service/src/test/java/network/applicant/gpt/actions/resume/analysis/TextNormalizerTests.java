package network.applicant.gpt.actions.resume.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

	@Test
	void normalizeWhenLigaturesAndJunkThenPlainText() {
		String text = "Eﬃcient ﬁnance oﬃce\uFFFD(cid:12)\u200B\n\n\n• Built things\n▪ Ran things\uE000";

		assertThat(TextNormalizer.normalize(text)).isEqualTo("Efficient finance office\n\n- Built things\n- Ran things");
	}

	@Test
	void hasUsableTextWhenJunkOrShortThenFalse() {
		assertThat(TextNormalizer.hasUsableText("")).isFalse();
		assertThat(TextNormalizer.hasUsableText("Ada Lovelace CV")).isFalse();
		assertThat(TextNormalizer.hasUsableText("§¶¤¥©®±µ¿×÷".repeat(30) + " ab cd")).isFalse();
		assertThat(TextNormalizer.hasUsableText(TestResumes.ENGINEER)).isTrue();
	}

}
