package network.applicant.gpt.actions.jobs;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows PostgreSQL by polling alone (the tests write with plain SQL and never
 * call the refresh hook): inserts, updates, a company rename and closing a job.
 */
class JobIndexRefreshIntegrationTests extends JobRowsIntegrationTestSupport {

	private JsonNode search(String keywords) {
		return this.http.get("/api/v1/gpt/jobs?keywords=" + keywords, bearer("user_demo_ada", "jobs:read")).json();
	}

	@Test
	void indexWhenJobInsertedUpdatedAndClosedThenSearchFollows() {
		String word = TestJobRows.uniqueWord();
		String renamed = TestJobRows.uniqueWord();
		long id = this.rows.onSite("Glassblower " + word, "Make glass.", "Leeds", "England", "GB");

		await().until(() -> search(word).get("total").asInt() == 1);
		assertThat(search(word).get("jobs").get(0).get("id").asLong()).isEqualTo(id);

		this.jdbc.update("UPDATE platform.jobs SET title = ? WHERE id = ?", "Glassblower " + renamed, id);
		await().until(() -> search(renamed).get("total").asInt() == 1 && search(word).get("total").asInt() == 0);

		this.jdbc.update("UPDATE platform.companies SET name = 'Renamed Glassworks' WHERE id = "
				+ "(SELECT company_id FROM platform.jobs WHERE id = ?)", id);
		await().until(() -> "Renamed Glassworks".equals(search(renamed).get("jobs").get(0).get("company").asString()));

		this.jdbc.update("UPDATE platform.jobs SET status = 'closed' WHERE id = ?", id);
		await().until(() -> search(renamed).get("total").asInt() == 0);
	}

	@Test
	void pollWhenAChangeIsOlderThanTheOverlapThenItIsNotReadAgain(@Autowired org.jdbi.v3.core.Jdbi jdbi) throws Exception {
		JobIndexDao dao = new JobIndexDao(jdbi);
		// a maintainer of this test's own (its own in-memory index), so the context's polling does not interfere
		JobSearchProperties properties = new JobSearchProperties(JobSearchProperties.Store.MEMORY, null,
				Duration.ofMinutes(10), Duration.ofSeconds(1), 2000);
		try (JobSearchIndex ownIndex = new JobSearchIndex(new org.apache.lucene.store.ByteBuffersDirectory(),
				Synonyms.standard()); JobIndexMaintainer maintainer = new JobIndexMaintainer(ownIndex, dao, properties)) {
			maintainer.build();
			String word = TestJobRows.uniqueWord();
			long id = this.rows.onSite("Cooper " + word, "Make barrels.", "York", "England", "GB");
			Instant written = this.jdbc.queryForObject("SELECT updated_at FROM platform.jobs WHERE id = ?", Instant.class,
					id);

			assertThat(maintainer.poll()).as("the new job is read").isGreaterThanOrEqualTo(1);
			// once the database's clock is past the write plus the overlap, the next poll's window starts after it
			await().until(() -> dao.now().isAfter(written.plusSeconds(2)));
			maintainer.poll();
			assertThat(maintainer.poll()).as("nothing changed since; the old change is outside the overlap").isZero();
		}
	}

	private static org.awaitility.core.ConditionFactory await() {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200));
	}

}
