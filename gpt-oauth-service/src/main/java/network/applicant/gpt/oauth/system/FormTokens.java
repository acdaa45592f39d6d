package network.applicant.gpt.oauth.system;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stateless anti-forgery tokens for the service's HTML forms:
 * {@code expiry.base64url(HMAC-SHA-256(k, length-prefixed fields))}, under a key derived
 * for one purpose from the server's token key.
 *
 * <p>No session is needed and any replica accepts a token; another site cannot forge
 * one, and a token issued for one set of fields (a candidate, a client, a request) fails
 * for any other and after it expires. Length-prefixed fields make sure no choice of
 * values can make two field lists sign alike. Thread-safe.
 *
 * <pre>{@code
 * FormTokens forms = new FormTokens(tokenKey, "consent-form", Duration.ofMinutes(10), clock);
 * String token = forms.issue(candidateId, clientId);   // hidden form field
 * forms.isValid(token, candidateId, clientId);           // on POST
 * }</pre>
 */
public final class FormTokens {

	private static final int MAX_LENGTH = 100;

	private final byte[] key;

	private final String purpose;

	private final Duration lifetime;

	private final Clock clock;

	/**
	 * @param tokenKey the server's token key
	 * @param purpose what the tokens are for; tokens of one purpose never pass for another
	 * @param lifetime how long a token is accepted
	 * @param clock the clock
	 */
	public FormTokens(String tokenKey, String purpose, Duration lifetime, Clock clock) {
		this.key = Secrets.derive(tokenKey, purpose);
		this.purpose = purpose;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * @param fields what the token is bound to
	 * @return a token for a hidden form field
	 */
	public String issue(String... fields) {
		long expires = this.clock.instant().plus(this.lifetime).getEpochSecond();
		return expires + "." + mac(expires, fields);
	}

	/**
	 * @param token the presented token
	 * @param fields what it must be bound to
	 * @return whether it was issued for exactly these fields and has not expired
	 */
	public boolean isValid(String token, String... fields) {
		int dot = token.indexOf('.');
		if (dot < 1 || token.length() > MAX_LENGTH) {
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
		return Secrets.constantTimeEquals(token.substring(dot + 1), mac(expires, fields));
	}

	private String mac(long expires, String... fields) {
		StringBuilder message = new StringBuilder("v1-").append(this.purpose);
		appendField(message, Long.toString(expires));
		for (String field : fields) {
			appendField(message, field);
		}
		return Secrets.base64Url(Secrets.hmac(this.key, message.toString()));
	}

	private static void appendField(StringBuilder message, String field) {
		message.append('|').append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
	}

}
