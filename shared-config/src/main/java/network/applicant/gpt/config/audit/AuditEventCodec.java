package network.applicant.gpt.config.audit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@link AuditEvent}s into the JSON that travels on RabbitMQ and back.
 *
 * <p>Publisher and consumer share this one codec so that the wire format is defined in
 * one place. Unknown members are ignored (a newer publisher may add some within a
 * version); a missing required member, a wrong type or an unsupported
 * {@code schemaVersion} is a {@link MalformedAuditEventException}. Thread-safe.
 */
public final class AuditEventCodec {

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.build();

	/**
	 * @param event the event
	 * @return its JSON, UTF-8 encoded
	 */
	public byte[] toJson(AuditEvent event) {
		return this.mapper.writeValueAsBytes(event);
	}

	/**
	 * @param json a message body
	 * @return the event it holds
	 * @throws MalformedAuditEventException if the body is not a valid event of a known version
	 */
	public AuditEvent fromJson(byte[] json) {
		try {
			return this.mapper.readValue(json, AuditEvent.class);
		}
		catch (JacksonException ex) {
			// the parser's message can quote the payload; keep only its kind
			throw new MalformedAuditEventException("not an audit event: " + rootCause(ex));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new MalformedAuditEventException("audit event breaks the contract: " + ex.getMessage());
		}
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
			return cause.getMessage();
		}
		return ex.getClass().getSimpleName();
	}

	/** A message body that is not a valid audit event; never worth retrying. */
	public static final class MalformedAuditEventException extends RuntimeException {

		public MalformedAuditEventException(String message) {
			super(message);
		}

	}

}
