package network.applicant.gpt.config.jwt;

/**
 * A token that must not be accepted. The {@link Reason} is for logs and metrics; what a
 * client hears is only that the token is invalid, so that probing learns nothing.
 */
public class InvalidTokenException extends Exception {

	private final Reason reason;

	public InvalidTokenException(Reason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	/** @return why the token was refused */
	public Reason reason() {
		return this.reason;
	}

	/** Why a token was refused. */
	public enum Reason {

		/** Not a JWS in compact form, or claims that are not JSON. */
		MALFORMED,
		/** The signature does not verify, or the algorithm is not allowed. */
		BAD_SIGNATURE,
		/** No key with the token's key id, even after refreshing the key set. */
		UNKNOWN_KEY,
		/** The key set could not be fetched. */
		KEYS_UNAVAILABLE,
		/** Past its expiry. */
		EXPIRED,
		/** Before its not-before time, or issued in the future. */
		NOT_YET_VALID,
		/** Another issuer. */
		WRONG_ISSUER,
		/** Not meant for us. */
		WRONG_AUDIENCE,
		/** A required claim is missing or has the wrong type. */
		MISSING_CLAIM,
		/** Another rule of the caller refused it (for example an unexpected authorized party). */
		REJECTED

	}

}
