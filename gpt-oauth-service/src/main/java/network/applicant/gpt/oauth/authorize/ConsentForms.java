package network.applicant.gpt.oauth.authorize;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import network.applicant.gpt.oauth.system.FormTokens;

/**
 * Signs and checks the consent form's anti-forgery token: a stateless HMAC over the
 * candidate, the whole authorization request and an expiry, so no session is needed
 * and a form works on any replica.
 *
 * <p>Another site cannot forge a consent: it does not know the key, and a token taken
 * from one candidate's form fails for another candidate, another client, redirect URI,
 * scope set, state or challenge, and after it expires. Thread-safe.
 *
 * <pre>{@code
 * String token = forms.issue(candidate, request);   // hidden field consent_token
 * forms.isValid(token, candidate, request);          // on POST
 * }</pre>
 */
final class ConsentForms {

	private final FormTokens tokens;

	ConsentForms(String tokenKey, Duration lifetime, Clock clock) {
		this.tokens = new FormTokens(tokenKey, "consent-form", lifetime, clock);
	}

	String issue(Candidate candidate, AuthorizationRequest request) {
		return this.tokens.issue(fields(candidate, request));
	}

	boolean isValid(String token, Candidate candidate, AuthorizationRequest request) {
		return this.tokens.isValid(token, fields(candidate, request));
	}

	private static String[] fields(Candidate candidate, AuthorizationRequest request) {
		return new String[] { candidate.id(), request.client().clientId(), request.redirectUri(), request.scope(),
				request.state(), Objects.requireNonNullElse(request.codeChallenge(), "") };
	}

}
