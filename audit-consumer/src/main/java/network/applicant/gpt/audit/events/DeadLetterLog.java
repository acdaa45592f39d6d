package network.applicant.gpt.audit.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;
/**
 * Logs one warning per message that the binding gave up on, with the event id when the
 * headers carry one. Subscribed to the global {@code errorChannel}, which the binder
 * feeds only after it has republished the message to the dead-letter queue.
 *
 * <p>Never logs the payload, and never the message of an exception other than
 * {@link RejectedAuditMessageException} (whose message is written to leave the
 * payload out): a database error, for example, may quote the values it failed to insert.
 */
class DeadLetterLog implements MessageHandler {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetterLog.class);

	private final Runnable counter;

	DeadLetterLog() {
		this(() -> {
		});
	}

	/** @param counter counts each dead-lettered message */
	DeadLetterLog(Runnable counter) {
		this.counter = counter;
	}

	@Override
	public void handleMessage(Message<?> message) {
		if (!(message instanceof ErrorMessage error)) {
			return;
		}
		Throwable failure = error.getPayload();
		Message<?> failed = (failure instanceof MessagingException messaging) ? messaging.getFailedMessage() : null;
		if (failed == null) {
			failed = error.getOriginalMessage();
		}
		this.counter.run();
		logger.warn("Dead-lettered audit message {}: {}", MessageEventIds.of(failed), reason(failure));
	}

	static String reason(Throwable failure) {
		Throwable cause = failure;
		Throwable root = failure;
		while (cause != null) {
			if (cause instanceof RejectedAuditMessageException rejected) {
				return String.valueOf(rejected.getMessage());
			}
			root = cause;
			cause = (cause.getCause() != cause) ? cause.getCause() : null;
		}
		return root.getClass().getName() + " (retries exhausted)";
	}

}
