package network.applicant.gpt.config.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One fact worth keeping in the audit log: who did what, to which subjects, with what
 * outcome, and when. Version {@value #CURRENT_VERSION} of the contract between the
 * services that publish events and the audit consumer that stores them.
 *
 * <p>An audit event is not a log line and not a copy of the data it describes: it names
 * subjects by id and never carries tokens, codes, secrets, resume text or answers.
 * The constructor enforces that for {@code details} by refusing keys that name secret
 * material, and it bounds sizes so that a careless publisher cannot turn the audit
 * log into a data store.
 *
 * <pre>{@code
 * AuditEvent event = AuditEvent.builder("oauth.token.issued", "gpt-oauth-service")
 *     .actor(AuditEvent.ActorType.CANDIDATE, candidateId)
 *     .candidateId(candidateId)
 *     .clientId("chatgpt")
 *     .subject("token_family_id", familyId.toString())
 *     .detail("grant_type", "authorization_code")
 *     .build();
 * }</pre>
 *
 * @param schemaVersion the contract version; consumers refuse versions they do not know
 * @param eventId unique id of this event; the consumer stores each id once
 * @param type what happened, dotted lower case, past tense in meaning ({@code oauth.consent.granted})
 * @param occurredAt when it happened
 * @param source the service that published it
 * @param actor who caused it
 * @param clientId the OAuth client involved, if any
 * @param candidateId the candidate the event concerns, if any (indexed for per-candidate queries)
 * @param subjectIds ids of the things the event is about, by kind
 * @param outcome how it ended
 * @param severity how urgently a person should look at it
 * @param requestId the request id of the request that caused it, if any
 * @param traceId the trace id of the request that caused it, if any
 * @param details further non-secret facts, short strings only
 */
public record AuditEvent(int schemaVersion, UUID eventId, String type, Instant occurredAt, String source, Actor actor,
		@Nullable String clientId, @Nullable String candidateId, Map<String, String> subjectIds, Outcome outcome,
		Severity severity, @Nullable String requestId, @Nullable String traceId, Map<String, String> details) {

	/** The contract version this code writes and the newest it reads. */
	public static final int CURRENT_VERSION = 1;

	static final int MAX_ENTRIES = 32;

	static final int MAX_VALUE_LENGTH = 512;

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*){1,5}");

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	/*
	 * Keys that name secret material. A detail called "token_family_id" is fine (an id),
	 * "refresh_token" is not. The check is on the key because values are opaque here; it
	 * catches the common mistake of passing a request's parameters through wholesale.
	 */
	private static final Pattern SECRET_KEY = Pattern
		.compile("^(code|auth_code|authorization_code)$"
				+ "|(^|_)(token|secret|password|passwd|verifier|cookie|authorization|session|resume|answer|answers)$");

	public AuditEvent {
		if (schemaVersion < 1 || schemaVersion > CURRENT_VERSION) {
			throw new IllegalArgumentException("unsupported audit event schemaVersion " + schemaVersion);
		}
		Objects.requireNonNull(eventId, "eventId is null");
		Objects.requireNonNull(type, "type is null");
		if (!TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("type must be dotted lower case, e.g. oauth.token.issued");
		}
		Objects.requireNonNull(occurredAt, "occurredAt is null");
		requireText(source, "source");
		Objects.requireNonNull(actor, "actor is null");
		Objects.requireNonNull(outcome, "outcome is null");
		Objects.requireNonNull(severity, "severity is null");
		clientId = optionalText(clientId, "clientId");
		candidateId = optionalText(candidateId, "candidateId");
		requestId = optionalText(requestId, "requestId");
		traceId = optionalText(traceId, "traceId");
		subjectIds = checkedMap(subjectIds, "subjectIds", false);
		details = checkedMap(details, "details", true);
	}

	/**
	 * Returns this event with the request id and trace id filled in where they are missing;
	 * values the event already has are kept.
	 * @param currentRequestId the request id of the work that records the event, if known
	 * @param currentTraceId the trace id of the work that records the event, if known
	 * @return this event when nothing was missing or nothing is known, otherwise a copy
	 */
	public AuditEvent withCorrelation(@Nullable String currentRequestId, @Nullable String currentTraceId) {
		String request = (this.requestId != null) ? this.requestId : blankToNull(currentRequestId);
		String trace = (this.traceId != null) ? this.traceId : blankToNull(currentTraceId);
		if (Objects.equals(request, this.requestId) && Objects.equals(trace, this.traceId)) {
			return this;
		}
		return new AuditEvent(this.schemaVersion, this.eventId, this.type, this.occurredAt, this.source, this.actor,
				this.clientId, this.candidateId, this.subjectIds, this.outcome, this.severity, request, trace,
				this.details);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) ? null : value;
	}

	/**
	 * Starts an event of the given type, with a new id, the current time, a system actor,
	 * a successful outcome and informational severity.
	 * @param type what happened, dotted lower case
	 * @param source the publishing service
	 * @return a builder
	 */
	public static Builder builder(String type, String source) {
		return new Builder(type, source);
	}

	private static void requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is blank");
		}
		if (value.length() > MAX_VALUE_LENGTH) {
			throw new IllegalArgumentException(name + " is longer than " + MAX_VALUE_LENGTH + " characters");
		}
	}

	private static @Nullable String optionalText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		requireText(value, name);
		return value;
	}

	private static Map<String, String> checkedMap(@Nullable Map<String, String> map, String name, boolean refuseSecrets) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		if (map.size() > MAX_ENTRIES) {
			throw new IllegalArgumentException(name + " has more than " + MAX_ENTRIES + " entries");
		}
		Map<String, String> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (key == null || !KEY.matcher(key).matches()) {
				throw new IllegalArgumentException(name + " key '" + key + "' must be snake_case");
			}
			if (refuseSecrets && SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).find()) {
				throw new IllegalArgumentException(name + " key '" + key + "' names secret material; audit events carry ids, never secrets");
			}
			requireText(value, name + "." + key);
			copy.put(key, value);
		});
		return java.util.Collections.unmodifiableMap(copy);
	}

	/** Who caused an event. */
	public enum ActorType {

		/** A candidate, acting through ChatGPT or a page. */
		CANDIDATE,
		/** An OAuth client acting on its own behalf. */
		CLIENT,
		/** An operator using an admin endpoint. */
		ADMIN,
		/** The system itself (start-up registration, scheduled jobs, webhooks). */
		SYSTEM

	}

	/**
	 * Who caused an event.
	 * @param type the kind of actor
	 * @param id the actor's id (a candidate id, client id, admin name or service name)
	 */
	public record Actor(ActorType type, String id) {

		public Actor {
			Objects.requireNonNull(type, "actor type is null");
			requireText(id, "actor id");
		}

	}

	/** How the described action ended. */
	public enum Outcome {

		SUCCESS, FAILURE, DENIED

	}

	/** How urgently a person should look at an event. */
	public enum Severity {

		INFO, WARNING, CRITICAL

	}

	/** Builds an {@link AuditEvent}; not thread-safe. */
	public static final class Builder {

		private final String type;

		private final String source;

		private UUID eventId = UUID.randomUUID();

		private Instant occurredAt = Instant.now();

		private @Nullable Actor actor;

		private @Nullable String clientId;

		private @Nullable String candidateId;

		private final Map<String, String> subjectIds = new LinkedHashMap<>();

		private Outcome outcome = Outcome.SUCCESS;

		private Severity severity = Severity.INFO;

		private @Nullable String requestId;

		private @Nullable String traceId;

		private final Map<String, String> details = new LinkedHashMap<>();

		private Builder(String type, String source) {
			this.type = Objects.requireNonNull(type, "type is null");
			this.source = Objects.requireNonNull(source, "source is null");
		}

		/** @return this builder, with the given event id */
		public Builder eventId(UUID eventId) {
			this.eventId = Objects.requireNonNull(eventId, "eventId is null");
			return this;
		}

		/** @return this builder, with the given time */
		public Builder occurredAt(Instant occurredAt) {
			this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt is null");
			return this;
		}

		/** @return this builder, with the given actor */
		public Builder actor(ActorType type, String id) {
			this.actor = new Actor(type, id);
			return this;
		}

		/** @return this builder, with the given client */
		public Builder clientId(@Nullable String clientId) {
			this.clientId = clientId;
			return this;
		}

		/** @return this builder, with the given candidate */
		public Builder candidateId(@Nullable String candidateId) {
			this.candidateId = candidateId;
			return this;
		}

		/** @return this builder, with one more subject id */
		public Builder subject(String kind, String id) {
			this.subjectIds.put(kind, id);
			return this;
		}

		/** @return this builder, with the given outcome */
		public Builder outcome(Outcome outcome) {
			this.outcome = Objects.requireNonNull(outcome, "outcome is null");
			return this;
		}

		/** @return this builder, with the given severity */
		public Builder severity(Severity severity) {
			this.severity = Objects.requireNonNull(severity, "severity is null");
			return this;
		}

		/** @return this builder, with the given request id */
		public Builder requestId(@Nullable String requestId) {
			this.requestId = requestId;
			return this;
		}

		/** @return this builder, with the given trace id */
		public Builder traceId(@Nullable String traceId) {
			this.traceId = traceId;
			return this;
		}

		/** @return this builder, with one more detail */
		public Builder detail(String key, String value) {
			this.details.put(key, value);
			return this;
		}

		/**
		 * @return the event
		 * @throws IllegalArgumentException if a part breaks the contract
		 */
		public AuditEvent build() {
			Actor actor = (this.actor != null) ? this.actor : new Actor(ActorType.SYSTEM, this.source);
			return new AuditEvent(CURRENT_VERSION, this.eventId, this.type, this.occurredAt, this.source, actor,
					this.clientId, this.candidateId, this.subjectIds, this.outcome, this.severity, this.requestId,
					this.traceId, this.details);
		}

	}

}
