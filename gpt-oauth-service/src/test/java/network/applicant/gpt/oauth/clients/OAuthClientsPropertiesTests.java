package network.applicant.gpt.oauth.clients;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OAuthClientsPropertiesTests {

	private static final String PEPPER = "unit-test-pepper-0123456789abcdef0123";

	private static final String SECRET = "unit-test-client-secret-0123";

	private static OAuthClientsProperties.Client client(List<String> redirectUris, List<String> allowed,
			List<String> defaults) {
		return new OAuthClientsProperties.Client("chatgpt", "ChatGPT", SECRET,
				redirectUris.stream().map(URI::create).toList(), allowed, defaults, false);
	}

	private static OAuthClientsProperties.Client valid() {
		return client(List.of("https://chatgpt.com/aip/g-1/oauth/callback"), List.of("jobs:read", "resume:read"),
				List.of("jobs:read"));
	}

	@Test
	void validConfigurationIsAccepted() {
		OAuthClientsProperties properties = new OAuthClientsProperties(PEPPER, List.of(valid()));

		assertThat(properties.clients()).hasSize(1);
	}

	@Test
	void pepperWhenMissingThenNamesTheKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OAuthClientsProperties(null, List.of()))
			.withMessageContaining("applicant.oauth.client-secret-pepper is not set");
	}

	@Test
	void pepperWhenTooShortThenNamesTheKeyButNotTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OAuthClientsProperties("pepper-too-short", List.of()))
			.withMessageContaining("applicant.oauth.client-secret-pepper must be at least 32")
			.withMessageNotContaining("pepper-too-short");
	}

	@Test
	void secretWhenTooShortThenNamesTheKeyButNotTheValue() {
		OAuthClientsProperties.Client client = new OAuthClientsProperties.Client("chatgpt", "ChatGPT", "short-secret",
				List.of(URI.create("https://chatgpt.com/cb")), List.of("jobs:read"), List.of(), false);

		assertThatIllegalArgumentException().isThrownBy(() -> new OAuthClientsProperties(PEPPER, List.of(client)))
			.withMessageContaining("applicant.oauth.clients[0].secret must be at least 16")
			.withMessageNotContaining("short-secret");
	}

	@Test
	void defaultScopesWhenNotAllowedThenNamesTheKey() {
		OAuthClientsProperties.Client client = client(List.of("https://chatgpt.com/cb"), List.of("jobs:read"),
				List.of("jobs:read", "resume:read"));

		assertThatIllegalArgumentException().isThrownBy(() -> new OAuthClientsProperties(PEPPER, List.of(valid(), client)))
			.withMessageContaining("applicant.oauth.clients[1].default-scopes contains 'resume:read'");
	}

	@Test
	void scopesWhenUnknownThenNamesTheKey() {
		OAuthClientsProperties.Client client = client(List.of("https://chatgpt.com/cb"), List.of("jobs:write"),
				List.of());

		assertThatIllegalArgumentException().isThrownBy(() -> new OAuthClientsProperties(PEPPER, List.of(client)))
			.withMessageContaining("applicant.oauth.clients[0].allowed-scopes contains unknown scope 'jobs:write'");
	}

	@Test
	void redirectUriWhenNotAbsoluteHttpsThenNamesTheKey() {
		for (String uri : List.of("/oauth/callback", "http://chatgpt.com/cb", "http://localhost:8080/cb",
				"https://user@chatgpt.com/cb", "https://chatgpt.com/cb#fragment", "mailto:someone@chatgpt.com")) {
			OAuthClientsProperties.Client client = client(List.of("https://chatgpt.com/cb", uri), List.of("jobs:read"),
					List.of());

			assertThatIllegalArgumentException().as(uri)
				.isThrownBy(() -> new OAuthClientsProperties(PEPPER, List.of(client)))
				.withMessageContaining("applicant.oauth.clients[0].redirect-uris[1] must be an absolute https URI");
		}
	}

	@Test
	void clientIdWhenRepeatedThenNamesTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OAuthClientsProperties(PEPPER, List.of(valid(), valid())))
			.withMessageContaining("applicant.oauth.clients[1].client-id 'chatgpt' is registered more than once");
	}

	@Test
	void toStringRedactsPepperAndSecrets() {
		String text = new OAuthClientsProperties(PEPPER, List.of(valid())).toString();

		assertThat(text).doesNotContain(PEPPER).doesNotContain(SECRET).contains("chatgpt");
	}

	@Test
	void registeredClientIsCanonicalAndHashed() {
		ClientSecretHasher hasher = new ClientSecretHasher(PEPPER);
		OAuthClientsProperties.Client configured = client(List.of("https://b.example/cb", "https://a.example/cb"),
				List.of("resume:read", "jobs:read", "jobs:read"), List.of("resume:read", "jobs:read"));

		RegisteredClient registered = RegisteredClient.from(configured, hasher);

		assertThat(registered.redirectUris()).containsExactly("https://a.example/cb", "https://b.example/cb");
		assertThat(registered.allowedScopes()).containsExactly("jobs:read", "resume:read");
		assertThat(registered.defaultScopes()).containsExactly("jobs:read", "resume:read");
		assertThat(registered.secretHash()).isEqualTo(hasher.hash(SECRET));
		assertThat(registered.confidential()).isTrue();
		assertThat(registered.toString()).doesNotContain(registered.secretHash());
	}

	@Test
	void changesFromNamesTheChangedColumns() {
		ClientSecretHasher hasher = new ClientSecretHasher(PEPPER);
		RegisteredClient before = RegisteredClient.from(valid(), hasher);
		RegisteredClient after = RegisteredClient.from(client(List.of("https://chatgpt.com/other"),
				List.of("jobs:read", "resume:read"), List.of("jobs:read")), hasher);

		assertThat(after.changesFrom(before)).containsExactly("redirect_uris");
		assertThat(before.changesFrom(before)).isEmpty();
	}

}
