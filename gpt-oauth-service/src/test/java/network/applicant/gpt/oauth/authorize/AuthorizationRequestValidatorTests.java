package network.applicant.gpt.oauth.authorize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.oauth.clients.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationRequestValidatorTests {

	private static final String CALLBACK = "https://chatgpt.com/aip/g-1/oauth/callback";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	private static RegisteredClient client(boolean pkceRequired) {
		return new RegisteredClient("chatgpt", "ChatGPT", "a".repeat(64), List.of(CALLBACK),
				List.of("jobs:read", "applications:read", "resume:read"), List.of("jobs:read", "resume:read"),
				pkceRequired, true, true);
	}

	private final AuthorizationRequestValidator validator = new AuthorizationRequestValidator(
			(id) -> "chatgpt".equals(id) ? Optional.of(client(false))
					: "strict".equals(id) ? Optional.of(client(true)) : Optional.empty());

	private static Map<String, String[]> request(String... overrides) {
		Map<String, String[]> parameters = new HashMap<>();
		parameters.put("response_type", new String[] { "code" });
		parameters.put("client_id", new String[] { "chatgpt" });
		parameters.put("redirect_uri", new String[] { CALLBACK });
		parameters.put("state", new String[] { "xyz" });
		parameters.put("scope", new String[] { "jobs:read" });
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1] == null) {
				parameters.remove(overrides[i]);
			}
			else {
				parameters.put(overrides[i], new String[] { overrides[i + 1] });
			}
		}
		return parameters;
	}

	private AuthorizationRequestValidator.Outcome.ErrorRedirect redirectError(Map<String, String[]> parameters) {
		return (AuthorizationRequestValidator.Outcome.ErrorRedirect) this.validator.validate(parameters);
	}

	@Test
	void validateWhenValidThenRequest() {
		AuthorizationRequestValidator.Outcome outcome = this.validator.validate(request());

		assertThat(outcome).isInstanceOfSatisfying(AuthorizationRequestValidator.Outcome.Valid.class, (valid) -> {
			assertThat(valid.request().scopes()).containsExactly("jobs:read");
			assertThat(valid.request().state()).isEqualTo("xyz");
			assertThat(valid.request().codeChallenge()).isNull();
		});
	}

	@Test
	void validateWhenScopeEmptyThenDefaultScopes() {
		AuthorizationRequestValidator.Outcome outcome = this.validator.validate(request("scope", ""));

		assertThat(((AuthorizationRequestValidator.Outcome.Valid) outcome).request().scopes())
			.containsExactly("jobs:read", "resume:read");
	}

	@Test
	void validateWhenClientUnknownOrRedirectUriWrongThenErrorPage() {
		assertThat(this.validator.validate(request("client_id", "other")))
			.isInstanceOf(AuthorizationRequestValidator.Outcome.ErrorPage.class);
		assertThat(this.validator.validate(request("client_id", null)))
			.isInstanceOf(AuthorizationRequestValidator.Outcome.ErrorPage.class);
		assertThat(this.validator.validate(request("redirect_uri", "https://chatgpt.com.evil.example/aip/g-1/oauth/callback")))
			.isInstanceOf(AuthorizationRequestValidator.Outcome.ErrorPage.class);
		assertThat(this.validator.validate(request("redirect_uri", null)))
			.isInstanceOf(AuthorizationRequestValidator.Outcome.ErrorPage.class);
		Map<String, String[]> twice = request();
		twice.put("redirect_uri", new String[] { CALLBACK, CALLBACK });
		assertThat(this.validator.validate(twice)).isInstanceOf(AuthorizationRequestValidator.Outcome.ErrorPage.class);
	}

	@Test
	void validateWhenScopeUnknownOrNotAllowedThenInvalidScopeWithState() {
		assertThat(redirectError(request("scope", "jobs:read admin")).error()).isEqualTo("invalid_scope");
		assertThat(redirectError(request("scope", "applications:write")).error()).isEqualTo("invalid_scope");
		assertThat(redirectError(request("scope", "admin")).state()).isEqualTo("xyz");
	}

	@Test
	void validateWhenStateMissingThenInvalidRequestWithoutState() {
		AuthorizationRequestValidator.Outcome.ErrorRedirect error = redirectError(request("state", null));

		assertThat(error.error()).isEqualTo("invalid_request");
		assertThat(error.state()).isNull();
		assertThat(error.redirectUri()).isEqualTo(CALLBACK);
	}

	@Test
	void validateWhenResponseTypeNotCodeThenUnsupportedResponseType() {
		assertThat(redirectError(request("response_type", "token")).error()).isEqualTo("unsupported_response_type");
	}

	@Test
	void validateWhenPkcePlainOrMalformedThenInvalidRequest() {
		assertThat(redirectError(request("code_challenge", CHALLENGE, "code_challenge_method", "plain")).error())
			.isEqualTo("invalid_request");
		assertThat(redirectError(request("code_challenge", CHALLENGE)).error()).isEqualTo("invalid_request");
		assertThat(redirectError(request("code_challenge", "short", "code_challenge_method", "S256")).error())
			.isEqualTo("invalid_request");
		assertThat(redirectError(request("code_challenge_method", "S256")).error()).isEqualTo("invalid_request");
	}

	@Test
	void validateWhenS256ChallengeThenKeepsIt() {
		AuthorizationRequestValidator.Outcome outcome = this.validator
			.validate(request("code_challenge", CHALLENGE, "code_challenge_method", "S256"));

		assertThat(((AuthorizationRequestValidator.Outcome.Valid) outcome).request().codeChallenge()).isEqualTo(CHALLENGE);
	}

	@Test
	void validateWhenClientRequiresPkceAndNoChallengeThenInvalidRequest() {
		assertThat(redirectError(request("client_id", "strict")).error()).isEqualTo("invalid_request");
		assertThat(this.validator.validate(
				request("client_id", "strict", "code_challenge", CHALLENGE, "code_challenge_method", "S256")))
			.isInstanceOf(AuthorizationRequestValidator.Outcome.Valid.class);
	}

}
