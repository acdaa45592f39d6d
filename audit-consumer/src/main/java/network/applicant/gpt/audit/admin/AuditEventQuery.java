package network.applicant.gpt.audit.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import network.applicant.gpt.config.problem.ApiException;

/**
 * The parameters of one admin query, validated: whose events, which type, which time
 * window, how many, and where the previous page ended.
 *
 * <p>The cursor is opaque to callers: the {@code occurred_at} and {@code event_id} of the
 * last event of the previous page, base64url-encoded. Pages are in (occurred_at, event_id)
 * order, newest first, so a page continues strictly after its cursor even when events
 * share a timestamp.
 *
 * <pre>{@code
 * AuditEventQuery query = AuditEventQuery.of("user_demo_ada", null, null, null, null, null);
 * }</pre>
 *
 * @param candidateId the candidate whose events are listed
 * @param type only events of this type, or all
 * @param from only events that occurred at or after this instant, or no lower bound
 * @param to only events that occurred before this instant, or no upper bound
 * @param limit the page size
 * @param after where the previous page ended, or the first page
 */
record AuditEventQuery(String candidateId, @Nullable String type, @Nullable Instant from, @Nullable Instant to,
		int limit, @Nullable Cursor after) {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 500;

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*){1,5}");

	/**
	 * Validates the request parameters.
	 * @return the query
	 * @throws ApiException 400 {@code invalid_parameter} naming the parameter
	 */
	static AuditEventQuery of(@Nullable String candidateId, @Nullable String type, @Nullable String from,
			@Nullable String to, @Nullable String limit, @Nullable String cursor) {
		if (candidateId == null || candidateId.isBlank()) {
			throw invalid("candidate_id", "candidate_id is required.");
		}
		if (candidateId.length() > 512) {
			throw invalid("candidate_id", "candidate_id is longer than 512 characters.");
		}
		if (type != null && !TYPE.matcher(type).matches()) {
			throw invalid("type", "type must be an event type in dotted lower case, e.g. oauth.token.issued.");
		}
		Instant fromInstant = instant("from", from);
		Instant toInstant = instant("to", to);
		if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
			throw invalid("from", "from must be before to.");
		}
		int size = DEFAULT_LIMIT;
		if (limit != null) {
			try {
				size = Integer.parseInt(limit);
			}
			catch (NumberFormatException ex) {
				size = -1;
			}
			if (size < 1 || size > MAX_LIMIT) {
				throw invalid("limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
			}
		}
		return new AuditEventQuery(candidateId, type, fromInstant, toInstant, size,
				(cursor != null) ? Cursor.decode(cursor) : null);
	}

	private static @Nullable Instant instant(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw invalid(name, name + " must be an ISO-8601 instant, e.g. 2026-01-31T00:00:00Z.");
		}
	}

	static ApiException invalid(String parameter, String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_parameter", "Invalid parameter", detail,
				java.util.Map.of("parameter", parameter), org.springframework.http.HttpHeaders.EMPTY);
	}

	/**
	 * Where a page ended.
	 * @param occurredAt the last event's time
	 * @param eventId the last event's id
	 */
	record Cursor(Instant occurredAt, UUID eventId) {

		/** @return the opaque form handed to callers */
		String encode() {
			String plain = this.occurredAt + "|" + this.eventId;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String cursor) {
			try {
				String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				int bar = plain.indexOf('|');
				return new Cursor(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
			}
			catch (RuntimeException ex) {
				throw invalid("cursor", "cursor is not one this endpoint returned; start again without it.");
			}
		}

	}

}
