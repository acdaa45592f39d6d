package network.applicant.gpt.oauth.token;

import org.springframework.http.HttpStatus;

/**
 * A token or revocation request refused with an RFC 6749 5.2 error: 400, or 401 with
 * {@code WWW-Authenticate} when client authentication failed. Carries no stack trace.
 */
final class TokenRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	private final String description;

	TokenRequestException(HttpStatus status, String error, String description) {
		super(error + ": " + description, null, false, false);
		this.status = status;
		this.error = error;
		this.description = description;
	}

	static TokenRequestException invalidRequest(String description) {
		return new TokenRequestException(HttpStatus.BAD_REQUEST, "invalid_request", description);
	}

	static TokenRequestException invalidClient() {
		return new TokenRequestException(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed.");
	}

	HttpStatus status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

	String description() {
		return this.description;
	}

}
