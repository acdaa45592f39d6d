package network.applicant.gpt.oauth.authorize;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import network.applicant.gpt.oauth.system.Secrets;

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

	private final byte[] key;

	private final Duration lifetime;

	private final Clock clock;

	ConsentForms(String tokenKey, Duration lifetime, Clock clock) {
		this.key = Secrets.derive(tokenKey, "consent-form");
		this.lifetime = lifetime;
		this.clock = clock;
	}

	String issue(Candidate candidate, AuthorizationRequest request) {
		long expires = this.clock.instant().plus(this.lifetime).getEpochSecond();
		return expires + "." + mac(expires, candidate, request);
	}

	boolean isValid(String token, Candidate candidate, AuthorizationRequest request) {
		int dot = token.indexOf('.');
		if (dot < 1 || token.length() > 100) {
			return false;
		}
		long expires;
		try {
			expires = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (!Instant.ofEpochSecond(expires).isAfter(this.clock.instant())) {
			return false;
		}
		return Secrets.constantTimeEquals(token.substring(dot + 1), mac(expires, candidate, request));
	}

	/* Length-prefixed fields, so that no choice of values can make two requests sign alike. */
	private String mac(long expires, Candidate candidate, AuthorizationRequest request) {
		StringBuilder message = new StringBuilder("v1");
		for (String field : new String[] { Long.toString(expires), candidate.id(), request.client().clientId(),
				request.redirectUri(), request.scope(), request.state(),
				Objects.requireNonNullElse(request.codeChallenge(), "") }) {
			message.append('|').append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
		}
		return Secrets.base64Url(Secrets.hmac(this.key, message.toString()));
	}

}
