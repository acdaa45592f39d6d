package network.applicant.gpt.oauth.authorize;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedirectUrisTests {

	private static final String CHATGPT = "https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	private static final String OPENAI = "https://chat.openai.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	private static final List<String> REGISTERED = List.of(OPENAI, CHATGPT);

	@Test
	void matchWhenExactThenReturnsTheRegisteredUri() {
		assertThat(RedirectUris.match(CHATGPT, REGISTERED)).hasValue(CHATGPT);
		assertThat(RedirectUris.match(OPENAI, REGISTERED)).hasValue(OPENAI);
	}

	@Test
	void matchWhenHostCaseOrDefaultPortDiffersThenSameUri() {
		assertThat(RedirectUris.match(CHATGPT.replace("chatgpt.com", "ChatGPT.com:443"), REGISTERED)).hasValue(CHATGPT);
	}

	@Test
	void matchWhenLookAlikeThenNothing() {
		for (String bad : List.of(CHATGPT.replace("chatgpt.com", "chatgpt.com.evil.example"),
				CHATGPT.replace("https:", "http:"), CHATGPT.replace("callback", "other"), CHATGPT + "/",
				CHATGPT + "?x=1", CHATGPT + "#f", CHATGPT.replace("https://", "https://user@"),
				CHATGPT.replace("chatgpt.com", "chatgpt.com:8443"), CHATGPT.replace("/aip/", "/AIP/"), "not a uri",
				"/aip/g-1/oauth/callback", "")) {
			assertThat(RedirectUris.match(bad, REGISTERED)).as(bad).isEmpty();
		}
	}

	@Test
	void originIsSchemeAndAuthority() {
		assertThat(RedirectUris.origin(CHATGPT)).isEqualTo("https://chatgpt.com");
	}

}
