package network.applicant.gpt.actions.applying;

import java.security.SecureRandom;
import java.util.List;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.actions.applying.AnswerRules.AcceptedAnswer;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationTokensTests {

	@Test
	void generateThenPrefixedUnguessableAndDistinct() {
		ConfirmationTokens tokens = new ConfirmationTokens(new SecureRandom());

		String one = tokens.generate();

		assertThat(one).startsWith("ct_").hasSize(3 + 43).matches("ct_[A-Za-z0-9_-]+");
		assertThat(tokens.generate()).isNotEqualTo(one);
		assertThat(ConfirmationTokens.hash(one)).hasSize(32).isEqualTo(ConfirmationTokens.hash(one));
	}

	@Test
	void answersHashWhenAnythingShownChangesThenDifferent() {
		List<AcceptedAnswer> answers = List.of(new AcceptedAnswer(1, "Q", "yes"), new AcceptedAnswer(2, "Q2", "3"));
		byte[] hash = ConfirmationTokens.answersHash(answers, "note");

		assertThat(ConfirmationTokens.answersHash(answers, "note")).isEqualTo(hash).hasSize(32);
		assertThat(ConfirmationTokens.answersHash(answers, null)).isNotEqualTo(hash);
		assertThat(ConfirmationTokens.answersHash(answers, "note ")).isNotEqualTo(hash);
		assertThat(ConfirmationTokens.answersHash(List.of(new AcceptedAnswer(1, "Q", "yes")), "note")).isNotEqualTo(hash);
		assertThat(ConfirmationTokens.answersHash(List.of(new AcceptedAnswer(1, "Q", "yes|2"), new AcceptedAnswer(2, "Q2", "3")),
				"note")).isNotEqualTo(hash);
	}

}
