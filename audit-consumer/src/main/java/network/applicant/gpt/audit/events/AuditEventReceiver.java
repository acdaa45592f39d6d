package network.applicant.gpt.audit.events;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditEventCodec;
import network.applicant.gpt.config.audit.AuditEventCodec.MalformedAuditEventException;

/**
 * Stores the audit event carried by one message, once.
 *
 * <p>Not a deduplicating cache: idempotence comes from the table's key, so a redelivery
 * or a second publish of the same event id, on any replica and at any time, inserts
 * nothing and returns normally (the message is then acknowledged). A body that is not a
 * valid event raises {@link RejectedAuditMessageException}, which the binding does not
 * retry and dead-letters at once; any other failure (the database is down) propagates and
 * is retried by the binding. Thread-safe.
 */
class AuditEventReceiver {

	private static final Logger logger = LoggerFactory.getLogger(AuditEventReceiver.class);

	private final AuditEventCodec codec;

	private final AuditEventDao dao;

	private final long maxPayloadBytes;

	private final AuditConsumerMetrics metrics;

	AuditEventReceiver(AuditEventCodec codec, AuditEventDao dao, AuditConsumerProperties properties) {
		this(codec, dao, properties, new AuditConsumerMetrics(Clock.systemUTC()));
	}

	AuditEventReceiver(AuditEventCodec codec, AuditEventDao dao, AuditConsumerProperties properties,
			AuditConsumerMetrics metrics) {
		this.metrics = metrics;
		this.codec = codec;
		this.dao = dao;
		this.maxPayloadBytes = properties.maxPayloadSize().toBytes();
	}

	/**
	 * @param message a message from the audit queue
	 * @return whether this call inserted the event ({@code false} for a duplicate)
	 * @throws RejectedAuditMessageException if the body is not a valid audit event or too large
	 */
	boolean receive(Message<byte[]> message) {
		byte[] body = message.getPayload();
		if (body.length > this.maxPayloadBytes) {
			this.metrics.rejected();
			throw new RejectedAuditMessageException("message body of " + body.length + " bytes is larger than "
					+ AuditConsumerProperties.PREFIX + ".max-payload-size");
		}
		AuditEvent event;
		try {
			event = this.codec.fromJson(body);
		}
		catch (MalformedAuditEventException ex) {
			// the codec's message is written to leave the payload out
			this.metrics.rejected();
			throw new RejectedAuditMessageException(String.valueOf(ex.getMessage()), ex);
		}
		boolean inserted = this.dao.insertIfAbsent(AuditEventRow.from(event)) == 1;
		if (inserted) {
			this.metrics.stored(event.occurredAt());
			logger.debug("Stored audit event {} ({} from {})", event.eventId(), event.type(), event.source());
		}
		else {
			this.metrics.duplicate();
			logger.debug("Audit event {} was already stored; acknowledging the duplicate", event.eventId());
		}
		return inserted;
	}

}
