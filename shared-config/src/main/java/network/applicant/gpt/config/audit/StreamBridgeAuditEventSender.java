package network.applicant.gpt.config.audit;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends audit events through Spring Cloud Stream's Rabbit binder and waits for
 * RabbitMQ's publisher confirm.
 *
 * <p>Needs {@code spring.rabbitmq.publisher-confirm-type=correlated},
 * {@code spring.rabbitmq.publisher-returns=true} and the binding's
 * {@code producer.use-confirm-header=true}; without them no confirm ever arrives and
 * every send fails after the timeout, which keeps events safely in the outbox. An
 * unroutable message (no queue bound) counts as a failure too.
 */
public class StreamBridgeAuditEventSender implements AuditEventSender {

	/** Header with the audit event id, also set as the AMQP message id. */
	public static final String EVENT_ID_HEADER = "audit_event_id";

	private final StreamBridge bridge;

	private final String binding;

	private final Duration timeout;

	public StreamBridgeAuditEventSender(StreamBridge bridge, String binding, Duration timeout) {
		this.bridge = bridge;
		this.binding = binding;
		this.timeout = timeout;
	}

	@Override
	public void send(UUID eventId, byte[] json) throws Exception {
		publish(eventId, json).await();
	}

	/**
	 * Sends the event; the confirm's deadline starts now, so waiting for a whole batch of
	 * confirms takes at most one timeout.
	 */
	@Override
	public Confirm publish(UUID eventId, byte[] json) {
		CorrelationData correlation = new CorrelationData(eventId.toString());
		Message<byte[]> message = MessageBuilder.withPayload(json)
			.setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
			.setHeader(AmqpHeaders.MESSAGE_ID, eventId.toString())
			.setHeader(EVENT_ID_HEADER, eventId.toString())
			.setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, correlation)
			.build();
		long deadline = System.nanoTime() + this.timeout.toNanos();
		if (!this.bridge.send(this.binding, message)) {
			throw new IllegalStateException("binding " + this.binding + " refused the audit event");
		}
		return () -> {
			long left = Math.max(0, deadline - System.nanoTime());
			CorrelationData.Confirm confirm = correlation.getFuture().get(left, TimeUnit.NANOSECONDS);
			if (!confirm.ack()) {
				throw new IllegalStateException("RabbitMQ did not accept the audit event: " + confirm.reason());
			}
			if (correlation.getReturned() != null) {
				throw new IllegalStateException(
						"RabbitMQ could not route the audit event (is the consumer queue declared?)");
			}
		};
	}

}
