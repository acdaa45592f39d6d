package network.applicant.gpt.audit.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit log for the admin query. Read-only; the consumer's DAO is the only writer.
 *
 * <p>One statement per page: the candidate's events, newest first by (occurred_at,
 * event_id), strictly after the cursor, one row more than the page to tell whether
 * another page follows. The candidate index ({@code candidate_id, occurred_at DESC})
 * serves it. Thread-safe.
 */
class AuditEventQueries {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private static final String SQL = """
			SELECT event_id, schema_version, event_type, occurred_at, source, actor_type, actor_id, client_id,
			       candidate_id, subject_ids::text AS subject_ids, outcome, severity, request_id, trace_id,
			       details::text AS details, received_at
			FROM audit_events
			WHERE candidate_id = :candidateId
			  AND (CAST(:type AS text) IS NULL OR event_type = :type)
			  AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
			  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
			  AND (CAST(:afterAt AS timestamptz) IS NULL OR (occurred_at, event_id) < (:afterAt, :afterId))
			ORDER BY occurred_at DESC, event_id DESC
			LIMIT :rows
			""";

	private final Jdbi jdbi;

	AuditEventQueries(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * @param query the validated query
	 * @return one page of events and the cursor of the next page, if there is one
	 */
	Page find(AuditEventQuery query) {
		AuditEventQuery.Cursor after = query.after();
		List<StoredAuditEvent> rows = this.jdbi.withHandle((handle) -> handle.createQuery(SQL)
			.bind("candidateId", query.candidateId())
			.bind("type", query.type())
			.bind("from", timestamp(query.from()))
			.bind("to", timestamp(query.to()))
			.bind("afterAt", timestamp((after != null) ? after.occurredAt() : null))
			.bind("afterId", (after != null) ? after.eventId() : null)
			.bind("rows", query.limit() + 1)
			.map((rs, ctx) -> row(rs))
			.list());
		if (rows.size() <= query.limit()) {
			return new Page(rows, null);
		}
		List<StoredAuditEvent> page = rows.subList(0, query.limit());
		StoredAuditEvent last = page.get(page.size() - 1);
		return new Page(List.copyOf(page), new AuditEventQuery.Cursor(last.occurredAt(), last.eventId()).encode());
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static StoredAuditEvent row(ResultSet rs) throws SQLException {
		return new StoredAuditEvent(rs.getObject("event_id", UUID.class), rs.getInt("schema_version"),
				rs.getString("event_type"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("source"),
				rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("client_id"),
				rs.getString("candidate_id"), JSON.readValue(rs.getString("subject_ids"), STRING_MAP),
				rs.getString("outcome"), rs.getString("severity"), rs.getString("request_id"),
				rs.getString("trace_id"), JSON.readValue(rs.getString("details"), STRING_MAP),
				rs.getTimestamp("received_at").toInstant());
	}

	/**
	 * One page of the admin query's answer.
	 * @param events the events, newest first
	 * @param nextCursor the cursor of the next page, or {@code null} on the last page
	 */
	record Page(List<StoredAuditEvent> events, @Nullable String nextCursor) {
	}

}
