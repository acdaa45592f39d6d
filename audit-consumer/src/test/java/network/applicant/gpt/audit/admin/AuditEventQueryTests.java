package network.applicant.gpt.audit.admin;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.config.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuditEventQueryTests {

	@Test
	void ofWhenOnlyCandidateThenDefaults() {
		AuditEventQuery query = AuditEventQuery.of("user_demo_ada", null, null, null, null, null);

		assertThat(query.limit()).isEqualTo(AuditEventQuery.DEFAULT_LIMIT);
		assertThat(query.type()).isNull();
		assertThat(query.after()).isNull();
	}

	@Test
	void cursorRoundTripsExactly() {
		AuditEventQuery.Cursor cursor = new AuditEventQuery.Cursor(Instant.parse("2026-03-01T12:00:00.123456Z"),
				UUID.randomUUID());

		AuditEventQuery query = AuditEventQuery.of("c", null, null, null, "10", cursor.encode());

		assertThat(query.after()).isEqualTo(cursor);
		assertThat(cursor.encode()).doesNotContain("=").doesNotContain("+").doesNotContain("/");
	}

	@Test
	void ofWhenLimitNotANumberThenInvalidLimit() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> AuditEventQuery.of("c", null, null, null, "ten", null))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("parameter", "limit"));
	}

	@Test
	void ofWhenFromEqualsToThenInvalidFrom() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> AuditEventQuery.of("c", null, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", null, null))
			.withMessageContaining("from must be before to");
	}

	@Test
	void ofWhenCandidateBlankThenRequired() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> AuditEventQuery.of(" ", null, null, null, null, null))
			.withMessageContaining("candidate_id is required");
	}

}
