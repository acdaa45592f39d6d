package network.applicant.gpt.audit.events;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.messaging.Message;

import network.applicant.gpt.config.audit.StreamBridgeAuditEventSender;

/**
 * Reads the event id a message claims to carry from its headers, for log lines about
 * messages whose body could not be read. Only a well-formed UUID is returned, so that a
 * header cannot inject arbitrary text into the log.
 */
final class MessageEventIds {

	static final String UNKNOWN = "unknown";

	private MessageEventIds() {
	}

	/**
	 * @param message a received message, or {@code null}
	 * @return the event id from the AMQP message id or the {@code audit_event_id} header,
	 * or {@value #UNKNOWN}
	 */
	static String of(@Nullable Message<?> message) {
		if (message == null) {
			return UNKNOWN;
		}
		String id = uuid(message.getHeaders().get(AmqpHeaders.MESSAGE_ID));
		if (id == null) {
			id = uuid(message.getHeaders().get(StreamBridgeAuditEventSender.EVENT_ID_HEADER));
		}
		return (id != null) ? id : UNKNOWN;
	}

	static @Nullable String uuid(@Nullable Object value) {
		if (!(value instanceof String text) || text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
