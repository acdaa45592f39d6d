package network.applicant.gpt.oauth.authorize;

import java.util.List;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.oauth.clients.RegisteredClient;

/**
 * A valid authorization request, after client, redirect URI, scopes and PKCE were
 * checked.
 *
 * @param client the enabled client
 * @param redirectUri the registered redirect URI the request named
 * @param scopes the resolved scopes (the client's defaults for an empty {@code scope}), canonical order
 * @param state the client's {@code state}, returned unchanged
 * @param codeChallenge the {@code S256} PKCE challenge, or {@code null} when none was sent
 */
record AuthorizationRequest(RegisteredClient client, String redirectUri, List<String> scopes, String state,
		@Nullable String codeChallenge) {

	AuthorizationRequest {
		scopes = List.copyOf(scopes);
	}

	/** @return the scopes, space-separated */
	String scope() {
		return String.join(" ", this.scopes);
	}

}
