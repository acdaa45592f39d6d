package network.applicant.gpt.config.audit;

import java.util.UUID;

/**
 * Hands serialized audit events to the message broker and reports when the broker has
 * taken responsibility for them.
 *
 * <p>Implementations must throw when they cannot be sure the broker has the message:
 * the relay then keeps the event in the outbox and tries again later, so a false
 * success is the one thing a sender must never report.
 *
 * <p>{@link #publish} lets a relay pass put a whole batch on the wire before it waits for
 * the first confirm (the broker confirms a batch with one disk write, not one per event);
 * a sender that cannot do that implements only {@link #send}.
 */
@FunctionalInterface
public interface AuditEventSender {

	/**
	 * Sends one event and waits for the broker's confirm.
	 * @param eventId the event's id
	 * @param json the event as JSON
	 * @throws Exception if the broker did not confirm the event
	 */
	void send(UUID eventId, byte[] json) throws Exception;

	/**
	 * Sends one event without waiting for its confirm.
	 * @param eventId the event's id
	 * @param json the event as JSON
	 * @return what to wait on for the confirm
	 * @throws Exception if the event could not even be sent
	 */
	default Confirm publish(UUID eventId, byte[] json) throws Exception {
		send(eventId, json);
		return Confirm.CONFIRMED;
	}

	/** The broker's pending answer for one published event. */
	@FunctionalInterface
	interface Confirm {

		/** An event the broker has already confirmed. */
		Confirm CONFIRMED = () -> {
		};

		/**
		 * Waits for the confirm; returns only when the broker has the event.
		 * @throws Exception if it was refused, returned as unroutable, or not confirmed in time
		 */
		void await() throws Exception;

	}

}
