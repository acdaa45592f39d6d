package network.applicant.gpt.config.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditEventTests {

	@Test
	void builderWhenMinimalThenSystemActorSuccessAndInfo() {
		AuditEvent event = AuditEvent.builder("oauth.client.registered", "gpt-oauth-service").build();

		assertThat(event.schemaVersion()).isEqualTo(AuditEvent.CURRENT_VERSION);
		assertThat(event.actor()).isEqualTo(new AuditEvent.Actor(AuditEvent.ActorType.SYSTEM, "gpt-oauth-service"));
		assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
		assertThat(event.severity()).isEqualTo(AuditEvent.Severity.INFO);
		assertThat(event.subjectIds()).isEmpty();
		assertThat(event.details()).isEmpty();
	}

	@Test
	void builderWhenDetailNamesSecretThenRefused() {
		AuditEvent.Builder builder = AuditEvent.builder("oauth.token.issued", "gpt-oauth-service")
			.detail("refresh_token", "abc");

		assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("secret");
	}

	@Test
	void builderWhenDetailIsAnIdOfSecretThingThenAccepted() {
		AuditEvent event = AuditEvent.builder("oauth.token.issued", "gpt-oauth-service")
			.detail("token_family_id", "f-1")
			.detail("grant_type", "refresh_token")
			.build();

		assertThat(event.details()).containsEntry("token_family_id", "f-1").containsEntry("grant_type", "refresh_token");
	}

	@Test
	void constructorWhenTypeNotDottedLowerCaseThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuditEvent.builder("TokenIssued", "gpt-oauth-service").build())
			.withMessageContaining("dotted lower case");
	}

	@Test
	void constructorWhenUnknownVersionThenRefused() {
		AuditEvent valid = AuditEvent.builder("oauth.token.issued", "s").build();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuditEvent(2, valid.eventId(), valid.type(), valid.occurredAt(), valid.source(),
					valid.actor(), null, null, Map.of(), valid.outcome(), valid.severity(), null, null, Map.of()))
			.withMessageContaining("schemaVersion 2");
	}

	@Test
	void constructorWhenValueTooLongThenRefused() {
		AuditEvent.Builder builder = AuditEvent.builder("oauth.token.issued", "s")
			.detail("note", "x".repeat(AuditEvent.MAX_VALUE_LENGTH + 1));

		assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("details.note");
	}

	@Test
	void constructorWhenTooManyEntriesThenRefused() {
		AuditEvent.Builder builder = AuditEvent.builder("oauth.token.issued", "s");
		for (int i = 0; i <= AuditEvent.MAX_ENTRIES; i++) {
			builder.subject("kind_" + i, "id");
		}

		assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("subjectIds");
	}

	@Test
	void blankOptionalTextBecomesNull() {
		AuditEvent event = AuditEvent.builder("oauth.token.issued", "s").clientId(" ").candidateId("").build();

		assertThat(event.clientId()).isNull();
		assertThat(event.candidateId()).isNull();
	}

	@Test
	void withCorrelationWhenIdsMissingThenFilledAndRestKept() {
		AuditEvent event = AuditEvent.builder("oauth.token.issued", "gpt-oauth-service").detail("grant_type", "x").build();

		AuditEvent enriched = event.withCorrelation("req-12345678", "4bf92f3577b34da6a3ce929d0e0e4736");

		assertThat(enriched.requestId()).isEqualTo("req-12345678");
		assertThat(enriched.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(enriched.eventId()).isEqualTo(event.eventId());
		assertThat(enriched.details()).isEqualTo(event.details());
	}

	@Test
	void withCorrelationWhenIdsPresentThenKept() {
		AuditEvent event = AuditEvent.builder("oauth.token.issued", "gpt-oauth-service")
			.requestId("own-request-id")
			.traceId("own-trace-id")
			.build();

		assertThat(event.withCorrelation("req-12345678", "4bf92f3577b34da6a3ce929d0e0e4736")).isSameAs(event);
	}

	@Test
	void withCorrelationWhenNothingKnownThenSameEvent() {
		AuditEvent event = AuditEvent.builder("oauth.token.issued", "gpt-oauth-service").build();

		assertThat(event.withCorrelation(null, " ")).isSameAs(event);
	}

}
