package network.applicant.gpt.audit.events;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Writes to the append-only audit log. There is deliberately no update or delete.
 */
interface AuditEventDao {

	/**
	 * Stores an event unless one with the same id is already stored.
	 * @param row the event's row
	 * @return 1 if the row was inserted, 0 if the event id was already there
	 */
	@SqlUpdate("""
			INSERT INTO audit_events (event_id, schema_version, event_type, occurred_at, source,
			                          actor_type, actor_id, client_id, candidate_id, subject_ids,
			                          outcome, severity, request_id, trace_id, details)
			VALUES (:eventId, :schemaVersion, :eventType, :occurredAt, :source,
			        :actorType, :actorId, :clientId, :candidateId, CAST(:subjectIds AS jsonb),
			        :outcome, :severity, :requestId, :traceId, CAST(:details AS jsonb))
			ON CONFLICT (event_id) DO NOTHING
			""")
	int insertIfAbsent(@BindMethods AuditEventRow row);

}
