package network.applicant.gpt.audit.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import network.applicant.gpt.config.audit.AuditEvent;

/**
 * Audit event fixtures: a builder with every member set, so each test changes only what
 * matters to it.
 */
final class TestAuditEvents {

	private TestAuditEvents() {
	}

	static AuditEvent.Builder fullEvent() {
		return AuditEvent.builder("actions.application.submitted", "gpt-actions-service")
			.eventId(UUID.randomUUID())
			.occurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
			.actor(AuditEvent.ActorType.CANDIDATE, "user_demo_ada")
			.candidateId("user_demo_ada")
			.clientId("chatgpt-local")
			.subject("application_id", "42")
			.subject("job_id", "7")
			.outcome(AuditEvent.Outcome.FAILURE)
			.severity(AuditEvent.Severity.WARNING)
			.requestId("req-12345678")
			.traceId("4bf92f3577b34da6a3ce929d0e0e4736")
			.detail("status_code", "409");
	}

}
