package network.applicant.gpt.actions.jobs;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCursorTests {

	private final SearchCursor cursors = new SearchCursor("a-shared-secret-of-enough-length-0123456789");

	private final byte[] fingerprint = JobSearchCriteria.keywords("nurse").fingerprint();

	private final SearchCursor.Position position = new SearchCursor.Position(this.fingerprint,
			Instant.parse("2026-05-01T10:00:00Z"), true, Float.floatToIntBits(3.25f), 42);

	@Test
	void decodeWhenEncodedThenSamePosition() {
		SearchCursor.Position decoded = this.cursors.decode(this.cursors.encode(this.position), this.fingerprint);

		assertThat(decoded).isNotNull();
		assertThat(decoded.now()).isEqualTo(this.position.now());
		assertThat(decoded.byScore()).isTrue();
		assertThat(Float.intBitsToFloat((int) decoded.sortValue())).isEqualTo(3.25f);
		assertThat(decoded.jobId()).isEqualTo(42);
	}

	@Test
	void decodeWhenAnyCharacterChangedThenNull() {
		String cursor = this.cursors.encode(this.position);
		for (int i = 0; i < cursor.length(); i++) {
			char replacement = (cursor.charAt(i) == 'A') ? 'B' : 'A';
			String tampered = cursor.substring(0, i) + replacement + cursor.substring(i + 1);
			assertThat(this.cursors.decode(tampered, this.fingerprint)).as("changed at %d", i).isNull();
		}
		assertThat(this.cursors.decode("not a cursor!", this.fingerprint)).isNull();
		assertThat(this.cursors.decode(cursor.substring(1), this.fingerprint)).isNull();
	}

	@Test
	void decodeWhenOtherSearchOrOtherSecretThenNull() {
		String cursor = this.cursors.encode(this.position);

		assertThat(this.cursors.decode(cursor, JobSearchCriteria.keywords("accountant").fingerprint())).isNull();
		assertThat(new SearchCursor("another-secret-of-enough-length-0123456789").decode(cursor, this.fingerprint)).isNull();
		assertThat(this.cursors.decode(cursor, JobSearchCriteria.keywords("  NURSE ").fingerprint())).isNotNull();
	}

}
