package network.applicant.gpt.audit.events;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import network.applicant.gpt.config.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventRowTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Map<String, String> map(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
	}

	@Test
	void fromWhenEveryMemberSetThenEveryColumnCarriesIt() {
		AuditEvent event = TestAuditEvents.fullEvent().build();

		AuditEventRow row = AuditEventRow.from(event);

		assertThat(row.eventId()).isEqualTo(event.eventId());
		assertThat(row.schemaVersion()).isEqualTo(1);
		assertThat(row.eventType()).isEqualTo("actions.application.submitted");
		assertThat(row.occurredAt()).isEqualTo(event.occurredAt());
		assertThat(row.source()).isEqualTo("gpt-actions-service");
		assertThat(row.actorType()).isEqualTo("CANDIDATE");
		assertThat(row.actorId()).isEqualTo("user_demo_ada");
		assertThat(row.clientId()).isEqualTo("chatgpt-local");
		assertThat(row.candidateId()).isEqualTo("user_demo_ada");
		assertThat(map(row.subjectIds())).containsExactly(Map.entry("application_id", "42"), Map.entry("job_id", "7"));
		assertThat(row.outcome()).isEqualTo("FAILURE");
		assertThat(row.severity()).isEqualTo("WARNING");
		assertThat(row.requestId()).isEqualTo("req-12345678");
		assertThat(row.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(map(row.details())).containsExactly(Map.entry("status_code", "409"));
	}

	@Test
	void fromWhenOptionalMembersAbsentThenNullColumnsAndEmptyJsonObjects() {
		AuditEvent event = AuditEvent.builder("cleanup.run.completed", "token-cleanup-job").build();

		AuditEventRow row = AuditEventRow.from(event);

		assertThat(row.actorType()).isEqualTo("SYSTEM");
		assertThat(row.actorId()).isEqualTo("token-cleanup-job");
		assertThat(row.clientId()).isNull();
		assertThat(row.candidateId()).isNull();
		assertThat(row.requestId()).isNull();
		assertThat(row.traceId()).isNull();
		assertThat(row.subjectIds()).isEqualTo("{}");
		assertThat(row.details()).isEqualTo("{}");
		assertThat(row.outcome()).isEqualTo("SUCCESS");
		assertThat(row.severity()).isEqualTo("INFO");
	}

	@Test
	void fromWhenValuesNeedEscapingThenJsonStaysValid() {
		AuditEvent event = TestAuditEvents.fullEvent().detail("reason", "quote \" and \\ backslash").build();

		assertThat(map(AuditEventRow.from(event).details())).containsEntry("reason", "quote \" and \\ backslash");
	}

}
