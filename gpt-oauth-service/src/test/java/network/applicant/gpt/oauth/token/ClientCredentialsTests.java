package network.applicant.gpt.oauth.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClientCredentialsTests {

	private static String basic(String pair) {
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void fromWhenBasicThenFormDecodedIdAndSecret() {
		assertThat(ClientCredentials.from(basic("chatgpt:s%3Acret%2B1"), null, null))
			.isEqualTo(new ClientCredentials("chatgpt", "s:cret+1"));
	}

	@Test
	void fromWhenBodyThenBodyCredentials() {
		assertThat(ClientCredentials.from(null, "chatgpt", "secret")).isEqualTo(new ClientCredentials("chatgpt", "secret"));
	}

	@Test
	void fromWhenBothMethodsThenInvalidRequest() {
		assertThatExceptionOfType(TokenRequestException.class)
			.isThrownBy(() -> ClientCredentials.from(basic("chatgpt:secret"), "chatgpt", "secret"))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo("invalid_request"));
	}

	@Test
	void fromWhenNoneOrMalformedThenInvalidClient() {
		for (Runnable call : new Runnable[] { () -> ClientCredentials.from(null, null, null),
				() -> ClientCredentials.from("Basic !!!", null, null), () -> ClientCredentials.from(basic("nocolon"), null, null),
				() -> ClientCredentials.from("Bearer abc", "chatgpt", "secret") }) {
			assertThatExceptionOfType(TokenRequestException.class).isThrownBy(call::run)
				.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(401));
		}
	}

	@Test
	void toStringRedactsTheSecret() {
		assertThat(new ClientCredentials("chatgpt", "very-secret").toString()).doesNotContain("very-secret");
	}

}
