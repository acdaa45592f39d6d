package network.applicant.gpt.oauth.connections;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import network.applicant.gpt.oauth.system.Secrets;

/**
 * Signs and checks the anti-forgery token of the connected-apps page's disconnect
 * forms, with the consent form's scheme: {@code expiry.base64url(HMAC-SHA-256(k,
 * length-prefixed fields))} under a key derived for this purpose from the server's token
 * key, bound to the candidate, the client and the expiry. No session is needed and any
 * replica accepts it; another site cannot forge one, and one taken from a candidate's
 * page is worthless for another candidate or client. Thread-safe.
 */
final class ConnectionForms {

	private final byte[] key;

	private final Duration lifetime;

	private final Clock clock;

	ConnectionForms(String tokenKey, Duration lifetime, Clock clock) {
		this.key = Secrets.derive(tokenKey, "connection-form");
		this.lifetime = lifetime;
		this.clock = clock;
	}

	String issue(String candidateId, String clientId) {
		long expires = this.clock.instant().plus(this.lifetime).getEpochSecond();
		return expires + "." + mac(expires, candidateId, clientId);
	}

	boolean isValid(String token, String candidateId, String clientId) {
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
		return Secrets.constantTimeEquals(token.substring(dot + 1), mac(expires, candidateId, clientId));
	}

	private String mac(long expires, String candidateId, String clientId) {
		StringBuilder message = new StringBuilder("v1-disconnect");
		for (String field : new String[] { Long.toString(expires), candidateId, clientId }) {
			message.append('|').append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
		}
		return Secrets.base64Url(Secrets.hmac(this.key, message.toString()));
	}

}
