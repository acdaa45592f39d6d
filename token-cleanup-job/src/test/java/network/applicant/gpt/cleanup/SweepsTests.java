package network.applicant.gpt.cleanup;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SweepsTests {

	private final CleanupProperties properties = new CleanupProperties(500, Duration.ofSeconds(2),
			Duration.ofMinutes(30),
			new CleanupProperties.Retention(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(1),
					Duration.ofHours(12), Duration.ofDays(7)),
			new CleanupProperties.Schemas("oauth", "actions"));

	@Test
	void refreshTokensAreSweptBeforeTheirFamilies() {
		List<String> names = Sweeps.of(this.properties).stream().map(Sweep::name).toList();

		assertThat(names.indexOf("refresh_tokens")).isLessThan(names.indexOf("refresh_token_families"));
	}

	@Test
	void undeliveredOutboxRowsAreNeverSelected() {
		assertThat(Sweeps.of(this.properties))
			.filteredOn((sweep) -> sweep.table().endsWith("audit_outbox"))
			.hasSize(2)
			.allSatisfy((sweep) -> assertThat(sweep.condition()).startsWith("t.delivered_at <"));
	}

	@Test
	void deleteSqlLocksOnlyTheBatchAndSkipsLockedRows() {
		Sweep sweep = new Sweep("codes", "oauth.authorization_codes", "t.expires_at < now() - :retention",
				Duration.ofHours(36));

		String sql = SweepRunner.deleteSql(sweep);

		assertThat(sql).isEqualTo("DELETE FROM oauth.authorization_codes WHERE ctid = ANY(ARRAY(SELECT t.ctid FROM"
				+ " oauth.authorization_codes t WHERE t.expires_at < now() - (interval '129600 seconds') LIMIT ?"
				+ " FOR UPDATE OF t SKIP LOCKED))");
	}

	@Test
	void retentionAppliesPerKind() {
		assertThat(Sweeps.of(this.properties))
			.filteredOn((sweep) -> sweep.name().equals("oauth_delivered_outbox"))
			.singleElement()
			.extracting(Sweep::retention)
			.isEqualTo(Duration.ofHours(12));
	}

}
