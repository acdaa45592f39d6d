package network.applicant.gpt.audit.admin;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One row of {@code audit.audit_events} as the admin query returns it: every column, the
 * two {@code jsonb} columns as JSON objects. Public only for Jackson.
 *
 * @param eventId the event id
 * @param schemaVersion the contract version the event was written in
 * @param eventType what happened
 * @param occurredAt when it happened
 * @param source the publishing service
 * @param actorType the kind of actor
 * @param actorId the actor's id
 * @param clientId the OAuth client, if any
 * @param candidateId the candidate
 * @param subjectIds the subject ids
 * @param outcome {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
 * @param severity {@code INFO}, {@code WARNING} or {@code CRITICAL}
 * @param requestId the causing request's id, if any
 * @param traceId the causing request's trace id, if any
 * @param details the details
 * @param receivedAt when the consumer stored it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StoredAuditEvent(UUID eventId, int schemaVersion, String eventType, Instant occurredAt, String source,
		String actorType, String actorId, @Nullable String clientId, @Nullable String candidateId,
		Map<String, String> subjectIds, String outcome, String severity, @Nullable String requestId,
		@Nullable String traceId, Map<String, String> details, Instant receivedAt) {
}
