package network.applicant.gpt.oauth.authorize;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.oauth.clients.RegisteredClient;
import network.applicant.gpt.oauth.clients.Scopes;
import network.applicant.gpt.oauth.token.Pkce;

/**
 * Checks an authorization request (RFC 6749 4.1.1, RFC 7636) and says how to answer a
 * bad one.
 *
 * <p>The order matters. The client and the redirect URI come first: until both are
 * known good, nothing is sent to the URI and a failure is an error page
 * ({@link Outcome.ErrorPage}), so that nobody can use this server to send a browser to
 * a place of their choosing. Every later failure goes back to the client
 * ({@link Outcome.ErrorRedirect}) with {@code error}, {@code error_description} and the
 * original {@code state}. A parameter given twice is invalid (RFC 6749 3.1).
 *
 * <p>Thread-safe; the client lookup is the only dependency.
 */
final class AuthorizationRequestValidator {

	static final int MAX_STATE_LENGTH = 2048;

	private final Function<String, Optional<RegisteredClient>> clients;

	/**
	 * @param clients finds an enabled client by id
	 */
	AuthorizationRequestValidator(Function<String, Optional<RegisteredClient>> clients) {
		this.clients = clients;
	}

	/**
	 * @param parameters the request parameters, as the servlet API gives them
	 * @return the valid request, or how to refuse it
	 */
	Outcome validate(Map<String, String[]> parameters) {
		Param clientId = Param.of(parameters, "client_id");
		if (clientId.repeated() || clientId.value() == null || clientId.value().isEmpty()) {
			return new Outcome.ErrorPage("The link did not say which app is asking",
					"The request has no client_id, or more than one.");
		}
		Optional<RegisteredClient> found = this.clients.apply(clientId.value());
		if (found.isEmpty()) {
			return new Outcome.ErrorPage("This app is not known to Applicant.Network",
					"The request names an app (client_id) that is not registered or no longer enabled.");
		}
		RegisteredClient client = found.get();
		Param redirect = Param.of(parameters, "redirect_uri");
		if (redirect.repeated() || redirect.value() == null) {
			return new Outcome.ErrorPage("The link did not say where to return",
					"The request has no redirect_uri, or more than one.");
		}
		Optional<String> redirectUri = RedirectUris.match(redirect.value(), client.redirectUris());
		if (redirectUri.isEmpty()) {
			return new Outcome.ErrorPage("The return address is not one this app registered",
					"The redirect_uri does not exactly match any address registered for " + client.name() + ".");
		}
		String target = redirectUri.get();

		Param state = Param.of(parameters, "state");
		if (state.repeated()) {
			return new Outcome.ErrorRedirect(target, "invalid_request", "state is repeated", null);
		}
		String stateValue = state.value();
		if (stateValue == null || stateValue.isEmpty()) {
			return new Outcome.ErrorRedirect(target, "invalid_request", "state is required", null);
		}
		if (stateValue.length() > MAX_STATE_LENGTH) {
			return new Outcome.ErrorRedirect(target, "invalid_request",
					"state is longer than " + MAX_STATE_LENGTH + " characters", null);
		}
		for (String name : List.of("response_type", "scope", "code_challenge", "code_challenge_method")) {
			if (Param.of(parameters, name).repeated()) {
				return new Outcome.ErrorRedirect(target, "invalid_request", name + " is repeated", stateValue);
			}
		}
		String responseType = Param.of(parameters, "response_type").value();
		if (responseType == null || responseType.isEmpty()) {
			return new Outcome.ErrorRedirect(target, "invalid_request", "response_type is required", stateValue);
		}
		if (!"code".equals(responseType)) {
			return new Outcome.ErrorRedirect(target, "unsupported_response_type", "only response_type=code is supported",
					stateValue);
		}

		String scope = Param.of(parameters, "scope").value();
		List<String> scopes;
		if (scope == null || scope.isBlank()) {
			scopes = client.defaultScopes();
			if (scopes.isEmpty()) {
				return new Outcome.ErrorRedirect(target, "invalid_scope",
						"scope is empty and the client has no default scopes", stateValue);
			}
		}
		else {
			Optional<List<String>> parsed = Scopes.parse(scope);
			if (parsed.isEmpty()) {
				return new Outcome.ErrorRedirect(target, "invalid_scope",
						"unknown scope; known scopes are: " + Scopes.known(), stateValue);
			}
			if (!client.allowedScopes().containsAll(parsed.get())) {
				return new Outcome.ErrorRedirect(target, "invalid_scope", "scope not allowed for this client",
						stateValue);
			}
			scopes = parsed.get();
		}

		String method = Param.of(parameters, "code_challenge_method").value();
		String challenge = Param.of(parameters, "code_challenge").value();
		if (method != null && !Pkce.S256.equals(method)) {
			return new Outcome.ErrorRedirect(target, "invalid_request",
					"code_challenge_method must be S256; plain is not supported", stateValue);
		}
		if (challenge != null && method == null) {
			return new Outcome.ErrorRedirect(target, "invalid_request",
					"code_challenge_method=S256 is required with code_challenge", stateValue);
		}
		if (method != null && (challenge == null || !Pkce.isChallenge(challenge))) {
			return new Outcome.ErrorRedirect(target, "invalid_request",
					"code_challenge must be 43 base64url characters (S256)", stateValue);
		}
		if (challenge == null && client.pkceRequired()) {
			return new Outcome.ErrorRedirect(target, "invalid_request",
					"this client must send a PKCE code_challenge (S256)", stateValue);
		}
		return new Outcome.Valid(new AuthorizationRequest(client, target, scopes, stateValue, challenge));
	}

	private record Param(@Nullable String value, boolean repeated) {

		static Param of(Map<String, String[]> parameters, String name) {
			String[] values = parameters.get(name);
			if (values == null || values.length == 0) {
				return new Param(null, false);
			}
			return new Param(values[0], values.length > 1);
		}

	}

	/** How to answer an authorization request. */
	sealed interface Outcome {

		/**
		 * The request is valid.
		 * @param request the request
		 */
		record Valid(AuthorizationRequest request) implements Outcome {
		}

		/**
		 * The client or redirect URI is bad: show an error page, never redirect.
		 * @param title what went wrong, in plain words
		 * @param detail more on what went wrong
		 */
		record ErrorPage(String title, String detail) implements Outcome {
		}

		/**
		 * Any other error: redirect to the client with an RFC 6749 4.1.2.1 error.
		 * @param redirectUri the registered redirect URI
		 * @param error the error code
		 * @param description the error description
		 * @param state the request's state, if it had a usable one
		 */
		record ErrorRedirect(String redirectUri, String error, String description,
				@Nullable String state) implements Outcome {
		}

	}

}
