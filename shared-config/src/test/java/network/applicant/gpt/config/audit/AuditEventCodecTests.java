package network.applicant.gpt.config.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuditEventCodecTests {

	private final AuditEventCodec codec = new AuditEventCodec();

	@Test
	void roundTripKeepsEveryMember() {
		AuditEvent event = AuditEvent.builder("actions.application.submitted", "gpt-actions-service")
			.occurredAt(Instant.parse("2026-11-26T10:15:30.123Z"))
			.actor(AuditEvent.ActorType.CANDIDATE, "user_2abc")
			.candidateId("user_2abc")
			.clientId("chatgpt")
			.subject("application_id", "42")
			.outcome(AuditEvent.Outcome.FAILURE)
			.severity(AuditEvent.Severity.WARNING)
			.requestId("req-12345678")
			.traceId("4bf92f3577b34da6a3ce929d0e0e4736")
			.detail("status_code", "409")
			.build();

		AuditEvent back = this.codec.fromJson(this.codec.toJson(event));

		assertThat(back).isEqualTo(event);
	}

	@Test
	void jsonUsesIsoInstants() {
		AuditEvent event = AuditEvent.builder("a.b", "s").occurredAt(Instant.parse("2026-01-02T03:04:05Z")).build();

		assertThat(new String(this.codec.toJson(event), StandardCharsets.UTF_8))
			.contains("\"occurredAt\":\"2026-01-02T03:04:05Z\"");
	}

	@Test
	void fromJsonWhenNotJsonThenMalformedWithoutEchoingPayload() {
		byte[] garbage = "not json at all, secret=hunter2".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(AuditEventCodec.MalformedAuditEventException.class)
			.isThrownBy(() -> this.codec.fromJson(garbage))
			.withMessageNotContaining("hunter2");
	}

	@Test
	void fromJsonWhenRequiredMemberMissingThenMalformed() {
		byte[] json = """
				{"schemaVersion":1,"type":"a.b","occurredAt":"2026-01-02T03:04:05Z","source":"s",
				 "actor":{"type":"SYSTEM","id":"s"},"outcome":"SUCCESS","severity":"INFO"}
				""".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(AuditEventCodec.MalformedAuditEventException.class)
			.isThrownBy(() -> this.codec.fromJson(json));
	}

	@Test
	void fromJsonWhenNewerVersionThenMalformed() {
		AuditEvent event = AuditEvent.builder("a.b", "s").build();
		String json = new String(this.codec.toJson(event), StandardCharsets.UTF_8)
			.replace("\"schemaVersion\":1", "\"schemaVersion\":9");

		assertThatExceptionOfType(AuditEventCodec.MalformedAuditEventException.class)
			.isThrownBy(() -> this.codec.fromJson(json.getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("schemaVersion 9");
	}

	@Test
	void fromJsonIgnoresUnknownMembers() {
		AuditEvent event = AuditEvent.builder("a.b", "s").build();
		String json = new String(this.codec.toJson(event), StandardCharsets.UTF_8).replaceFirst("\\{",
				"{\"addedLater\":true,");

		assertThat(this.codec.fromJson(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(event);
	}

}
