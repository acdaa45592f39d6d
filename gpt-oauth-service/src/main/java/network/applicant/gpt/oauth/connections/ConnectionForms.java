package network.applicant.gpt.oauth.connections;

import java.time.Clock;
import java.time.Duration;

import network.applicant.gpt.oauth.system.FormTokens;

/**
 * Signs and checks the anti-forgery token of the connected-apps page's disconnect
 * forms ({@link FormTokens}), bound to the candidate and the client: one taken from a
 * candidate's page is worthless for another candidate or client. Thread-safe.
 */
final class ConnectionForms {

	private final FormTokens tokens;

	ConnectionForms(String tokenKey, Duration lifetime, Clock clock) {
		this.tokens = new FormTokens(tokenKey, "connection-form", lifetime, clock);
	}

	String issue(String candidateId, String clientId) {
		return this.tokens.issue(candidateId, clientId);
	}

	boolean isValid(String token, String candidateId, String clientId) {
		return this.tokens.isValid(token, candidateId, clientId);
	}

}
