package network.applicant.gpt.config.audit;

import java.util.UUID;

/**
 * Hands one serialized audit event to the message broker and returns only once the
 * broker has taken responsibility for it.
 *
 * <p>Implementations must throw when they cannot be sure the broker has the message:
 * the relay then keeps the event in the outbox and tries again later, so a false
 * success is the one thing a sender must never report.
 */
@FunctionalInterface
public interface AuditEventSender {

	/**
	 * @param eventId the event's id
	 * @param json the event as JSON
	 * @throws Exception if the broker did not confirm the event
	 */
	void send(UUID eventId, byte[] json) throws Exception;

}
