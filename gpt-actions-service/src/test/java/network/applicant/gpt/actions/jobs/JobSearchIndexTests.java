package network.applicant.gpt.actions.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static network.applicant.gpt.actions.jobs.IndexedJobs.job;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters, location rules, ordering and paging of the index, without a database.
 */
class JobSearchIndexTests {

	private final JobSearchIndex index = new JobSearchIndex(new ByteBuffersDirectory(), Synonyms.standard());

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	private void add(IndexedJobs... jobs) {
		for (IndexedJobs job : jobs) {
			this.index.upsert(job.build());
		}
		this.index.refresh();
	}

	private List<Long> ids(JobSearchCriteria criteria) {
		LocationResolver.Resolved location = (criteria.location() != null)
				? this.index.locations().resolve(criteria.location()) : null;
		return this.index.search(criteria, location, null, 50, IndexedJobs.NOW)
			.hits()
			.stream()
			.map(JobSearchIndex.JobHit::id)
			.toList();
	}

	@Test
	void searchWhenLocationThenOnSiteThereAndRemoteOpenToItsCountryOnly() {
		add(job(1, "Nurse").at("London", "England", "GB"), job(2, "Nurse").at("Toronto", "ON", "CA"),
				job(3, "Nurse").remote("CA", "CA"), job(4, "Nurse").remote("US"), job(5, "Nurse").remote("GB", "GB", "IE"),
				job(6, "Nurse").at("Manchester", "England", "GB").commute("hybrid"));
		JobSearchCriteria nurse = JobSearchCriteria.keywords("nurse");

		assertThat(ids(nurse.withLocation("London"))).containsExactlyInAnyOrder(1L, 4L, 5L);
		assertThat(ids(nurse.withLocation("Toronto, ON"))).containsExactlyInAnyOrder(2L, 3L, 4L);
		assertThat(ids(nurse.withLocation("United Kingdom"))).containsExactlyInAnyOrder(1L, 4L, 5L, 6L);
		assertThat(ids(nurse.withLocation("England"))).containsExactlyInAnyOrder(1L, 4L, 5L, 6L);
		assertThat(ids(nurse.withLocation("Ireland"))).containsExactlyInAnyOrder(4L, 5L);
		assertThat(ids(nurse.withLocation("remote"))).containsExactlyInAnyOrder(3L, 4L, 5L);
		assertThat(ids(nurse.withLocation("remote, Canada"))).containsExactlyInAnyOrder(3L, 4L);
	}

	@Test
	void searchWhenFiltersThenOnlyMatchingJobs() {
		add(job(1, "Accountant").level("senior").salary(90_000, 110_000, "USD", "year").postedDaysAgo(3),
				job(2, "Accountant").level("entry").salary(40, 45, "USD", "hour").postedDaysAgo(40),
				job(3, "Accountant").level("senior").commute("hybrid").postedDaysAgo(5),
				job(4, "Accountant").level("mid").salary(3_000, 4_000, "EUR", "month").postedDaysAgo(1));
		JobSearchCriteria accountant = JobSearchCriteria.keywords("accountant");

		assertThat(ids(accountant.withJobLevel("senior"))).containsExactlyInAnyOrder(1L, 3L);
		assertThat(ids(accountant.withCommuteType("hybrid"))).containsExactly(3L);
		assertThat(ids(accountant.withSalaryMin(90_000L))).containsExactlyInAnyOrder(1L, 2L);
		assertThat(ids(accountant.withSalaryMin(95_000L))).containsExactly(1L);
		assertThat(ids(accountant.withPostedWithinDays(7))).containsExactlyInAnyOrder(1L, 3L, 4L);
	}

	@Test
	void searchWhenNoKeywordsThenNewestFirst() {
		add(job(1, "A").postedDaysAgo(5), job(2, "B").postedDaysAgo(1), job(3, "C").postedDaysAgo(9));

		assertThat(ids(new JobSearchCriteria(null, null, null, null, null, null))).containsExactly(2L, 1L, 3L);
	}

	@Test
	void searchWhenEqualRelevanceThenRecentFirst() {
		add(job(1, "Data Analyst").postedDaysAgo(50), job(2, "Data Analyst").postedDaysAgo(2));

		assertThat(ids(JobSearchCriteria.keywords("data analyst"))).containsExactly(2L, 1L);
	}

	@Test
	void searchWhenPagedThenEveryJobOnceInOrder() {
		List<IndexedJobs> jobs = new ArrayList<>();
		for (int i = 1; i <= 47; i++) {
			// identical text so that scores tie and the id decides
			jobs.add(job(i, "Support Engineer").postedDaysAgo(i % 3));
		}
		add(jobs.toArray(IndexedJobs[]::new));
		for (JobSearchCriteria criteria : List.of(JobSearchCriteria.keywords("support engineer"),
				new JobSearchCriteria(null, null, null, null, null, null))) {
			List<Long> seen = new ArrayList<>();
			SearchCursor.Position after = null;
			do {
				JobSearchIndex.SearchPage page = this.index.search(criteria, null, after, 10, IndexedJobs.NOW);
				assertThat(page.total()).isEqualTo(47);
				page.hits().forEach((hit) -> seen.add(hit.id()));
				after = page.next();
			}
			while (after != null);
			Set<Long> unique = new HashSet<>(seen);
			assertThat(seen).hasSize(47);
			assertThat(unique).hasSize(47);
		}
	}

	@Test
	void searchWhenJobExpiredSinceIndexingThenLeftOut() {
		add(job(1, "Florist").validThrough(IndexedJobs.NOW.minusSeconds(60)),
				job(2, "Florist").validThrough(IndexedJobs.NOW.plusSeconds(60)), job(3, "Florist"));

		assertThat(ids(JobSearchCriteria.keywords("florist"))).containsExactlyInAnyOrder(2L, 3L);
		assertThat(ids(new JobSearchCriteria(null, null, null, null, null, null))).containsExactlyInAnyOrder(2L, 3L);
	}

	@Test
	void deleteRemovesAndUpsertReplaces() {
		add(job(1, "Chef"), job(2, "Chef"));
		this.index.delete(1);
		this.index.upsert(job(2, "Baker").build());
		this.index.refresh();

		assertThat(ids(JobSearchCriteria.keywords("chef"))).isEmpty();
		assertThat(ids(JobSearchCriteria.keywords("baker"))).containsExactly(2L);
		assertThat(this.index.size()).isEqualTo(1);
	}

	@Test
	void hitsCarryDisplayTexts() {
		add(job(7, "Registered Nurse").company("Meridian").remote("CA", "CA").level("senior")
			.salary(80_000, 95_000, "CAD", "year")
			.description("Meridian runs hospitals.\n\nAs a Registered Nurse you will care for patients."));

		JobSearchIndex.JobHit hit = this.index.search(JobSearchCriteria.keywords("rn"), null, null, 10, IndexedJobs.NOW)
			.hits()
			.get(0);

		assertThat(hit.location()).isEqualTo("Remote (Canada only)");
		assertThat(hit.salary()).isEqualTo("CA$80,000–CA$95,000 a year");
		assertThat(hit.summary()).isEqualTo("As a Registered Nurse you will care for patients.");
		assertThat(hit.company()).isEqualTo("Meridian");
		assertThat(hit.commuteType()).isEqualTo("remote");
		assertThat(hit.jobLevel()).isEqualTo("senior");
	}

}
