package network.applicant.gpt.oauth.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.problem.ApiException;
import network.applicant.gpt.config.web.RequestIds;
import network.applicant.gpt.oauth.connections.Connections;

/**
 * Applies verified Clerk events, each delivery at most once.
 *
 * <p>The delivery's {@code svix-id} is recorded in the same transaction as the event's
 * effect, so a delivery either took effect and is remembered, or neither; a replay, or
 * Svix's retry of a delivery that did succeed, finds the id and changes nothing. Only
 * {@code user.deleted} has an effect; every other type is acknowledged and ignored.
 * Thread-safe.
 */
class ClerkWebhooks {

	static final String WEBHOOK_PROCESSED = "oauth.webhook.processed";

	static final String USER_DELETED = "user.deleted";

	static final String ACTOR = "clerk-webhook";

	private static final Logger log = LoggerFactory.getLogger(ClerkWebhooks.class);

	private final WebhookDeliveriesDao deliveries;

	private final Connections connections;

	private final AuditOutbox outbox;

	private final String source;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClerkWebhooks(WebhookDeliveriesDao deliveries, Connections connections, AuditOutbox outbox, String source,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.deliveries = deliveries;
		this.connections = connections;
		this.outbox = outbox;
		this.source = source;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * @param svixMessageId the verified delivery's {@code svix-id}
	 * @param event the verified payload
	 * @return what happened
	 * @throws ApiException 400 when a {@code user.deleted} event names no user (nothing is recorded)
	 */
	Outcome handle(String svixMessageId, JsonNode event) {
		String type = text(event.get("type"));
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			if (this.deliveries.recordIfAbsent(svixMessageId, now) == 0) {
				log.atInfo().addKeyValue("svix_message_id", svixMessageId).log("Clerk webhook delivered again; ignored");
				return Outcome.DUPLICATE;
			}
			if (!USER_DELETED.equals(type)) {
				log.atDebug().addKeyValue("event_type", type).log("Clerk webhook of a type we do not act on");
				return Outcome.IGNORED;
			}
			JsonNode data = event.get("data");
			String candidateId = (data != null) ? text(data.get("id")) : "";
			if (candidateId.isBlank() || candidateId.length() > 255) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_webhook_payload", "Invalid webhook payload",
						"A user.deleted event must name the user in data.id.");
			}
			List<String> clients = this.connections.removeAllOfDeletedAccount(candidateId, ACTOR);
			this.outbox.record(AuditEvent.builder(WEBHOOK_PROCESSED, this.source)
				.occurredAt(now)
				.requestId(RequestIds.current())
				.actor(AuditEvent.ActorType.SYSTEM, ACTOR)
				.candidateId(candidateId)
				.subject("svix_message_id", svixMessageId)
				.detail("event_type", USER_DELETED)
				.detail("removed_connection_count", Integer.toString(clients.size()))
				.build());
			log.atInfo()
				.addKeyValue("svix_message_id", svixMessageId)
				.addKeyValue("removed_connection_count", clients.size())
				.log("Clerk account deleted; its connections are removed");
			return Outcome.PROCESSED;
		});
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : "";
	}

	/** What a delivery did. */
	enum Outcome {

		/** The event took effect. */
		PROCESSED,
		/** A type we do not act on; acknowledged. */
		IGNORED,
		/** This delivery was processed before; nothing changed. */
		DUPLICATE

	}

}
