package network.applicant.gpt.audit.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import network.applicant.gpt.config.audit.AuditEvent;

/**
 * One row of {@code audit.audit_events}: the members of an {@link AuditEvent}, flattened
 * to column values. Enum members become their names, the two maps become JSON objects
 * for the {@code jsonb} columns. {@code received_at} is set by the database.
 *
 * <p>Public only because Jdbi's {@code @BindMethods} does not see the accessors of a
 * package-private type ("Missing named parameter"); nothing outside this package uses it.
 *
 * @param eventId the event id (the table's key)
 * @param schemaVersion the contract version the event was written in
 * @param eventType what happened
 * @param occurredAt when it happened
 * @param source the publishing service
 * @param actorType the kind of actor ({@code CANDIDATE}, {@code CLIENT}, {@code ADMIN}, {@code SYSTEM})
 * @param actorId the actor's id
 * @param clientId the OAuth client, if any
 * @param candidateId the candidate, if any
 * @param subjectIds the subject ids as a JSON object
 * @param outcome {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
 * @param severity {@code INFO}, {@code WARNING} or {@code CRITICAL}
 * @param requestId the causing request's id, if any
 * @param traceId the causing request's trace id, if any
 * @param details the details as a JSON object
 */
public record AuditEventRow(UUID eventId, int schemaVersion, String eventType, Instant occurredAt, String source,
		String actorType, String actorId, @Nullable String clientId, @Nullable String candidateId, String subjectIds,
		String outcome, String severity, @Nullable String requestId, @Nullable String traceId, String details) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * @param event a decoded, valid event
	 * @return its row
	 */
	static AuditEventRow from(AuditEvent event) {
		return new AuditEventRow(event.eventId(), event.schemaVersion(), event.type(), event.occurredAt(),
				event.source(), event.actor().type().name(), event.actor().id(), event.clientId(),
				event.candidateId(), json(event.subjectIds()), event.outcome().name(), event.severity().name(),
				event.requestId(), event.traceId(), json(event.details()));
	}

	private static String json(Map<String, String> map) {
		return JSON.writeValueAsString(map);
	}

}
