package network.applicant.gpt.audit.events;

/**
 * A message the consumer will never be able to store: its body is not a valid audit
 * event of a known contract version, or it is larger than the configured maximum.
 * Retrying cannot help, so the binding is configured not to retry it and dead-letters it
 * at once. Its message never contains the payload.
 *
 * <p>It exists beside the shared codec's {@code MalformedAuditEventException} because
 * the binding's {@code retryable-exceptions} map is keyed by class name, and Spring Cloud
 * Stream refuses a nested class name ({@code Outer$Inner}) as a property key.
 */
class RejectedAuditMessageException extends RuntimeException {

	RejectedAuditMessageException(String message, Throwable cause) {
		super(message, cause);
	}

	RejectedAuditMessageException(String message) {
		super(message);
	}

}
