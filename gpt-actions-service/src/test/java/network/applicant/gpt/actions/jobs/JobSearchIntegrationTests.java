package network.applicant.gpt.actions.jobs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import network.applicant.gpt.actions.ActionsHttp;

import static network.applicant.gpt.actions.ActionsHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code searchJobs} against the running service, the demo catalog and jobs of its own.
 */
class JobSearchIntegrationTests extends JobRowsIntegrationTestSupport {

	private JsonNode search(String query) {
		ActionsHttp.Response response = this.http.get("/api/v1/gpt/jobs?" + query, bearer("user_demo_ada", "jobs:read"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> titles(JsonNode result) {
		List<String> titles = new ArrayList<>();
		result.get("jobs").forEach((job) -> titles.add(job.get("title").asString()));
		return titles;
	}

	@Test
	void searchWhenAbbreviationsThenTheJobsTheyStandFor() {
		assertThat(titles(search("keywords=SWE&limit=5"))).isNotEmpty()
			.allSatisfy((title) -> assertThat(title).containsAnyOf("Software Engineer", "Software Developer"));
		assertThat(titles(search("keywords=RN&limit=5"))).isNotEmpty()
			.allSatisfy((title) -> assertThat(title).contains("Nurse"));
		assertThat(titles(search("keywords=CPA&limit=3"))).isNotEmpty()
			.allSatisfy((title) -> assertThat(title).contains("CPA"));
		assertThat(titles(search("keywords=" + encode("backend dev") + "&limit=3"))).isNotEmpty()
			.allSatisfy((title) -> assertThat(title).contains("Backend"));
	}

	@Test
	void searchWhenSmallTyposThenTheIntendedJobs() {
		assertThat(titles(search("keywords=" + encode("registred nurse") + "&limit=5"))).isNotEmpty()
			.allSatisfy((title) -> assertThat(title).contains("Nurse"));
		assertThat(titles(search("keywords=" + encode("sofware engineer") + "&limit=5"))).isNotEmpty()
			.allSatisfy((title) -> assertThat(title).contains("Software Engineer"));
		assertThat(titles(search("keywords=acountant&limit=3"))).isNotEmpty()
			.allSatisfy((title) -> assertThat(title).contains("Accountant"));
	}

	@Test
	void searchWhenFiltersThenEveryResultSatisfiesThem() {
		JsonNode remoteSenior = search("commute_type=remote&job_level=senior&limit=50");
		assertThat(remoteSenior.get("total").asInt()).isPositive();
		remoteSenior.get("jobs").forEach((job) -> {
			assertThat(job.get("commute_type").asString()).isEqualTo("remote");
			assertThat(job.get("job_level").asString()).isEqualTo("senior");
		});

		JsonNode paid = search("salary_min=100000&limit=50");
		assertThat(paid.get("total").asInt()).isPositive();
		paid.get("jobs").forEach((job) -> assertThat(job.get("salary").isNull()).isFalse());

		LocalDate weekAgo = LocalDate.now(ZoneOffset.UTC).minusDays(7);
		JsonNode recent = search("posted_within_days=7&limit=50");
		assertThat(recent.get("total").asInt()).isLessThan(search("limit=1").get("total").asInt());
		recent.get("jobs").forEach((job) -> assertThat(LocalDate.parse(job.get("posted_at").asString())).isAfterOrEqualTo(weekAgo));
	}

	@Test
	void searchWhenLocationThenRemoteJobsRestrictedToOtherCountriesAreLeftOut() {
		String word = TestJobRows.uniqueWord();
		long london = this.rows.onSite("Pharmacist " + word, "On site.", "London", "England", "GB");
		long toronto = this.rows.onSite("Pharmacist " + word, "On site.", "Toronto", "ON", "CA");
		long canadaOnly = this.rows.remote("Pharmacist " + word, "Remote in Canada.", "CA", "CA");
		long anywhere = this.rows.remote("Pharmacist " + word, "Remote anywhere.", "US", null);
		this.index.jobsChanged(this.rows.ids());

		assertThat(ids(search("keywords=" + word + "&location=London&limit=50"))).containsExactlyInAnyOrder(london, anywhere);
		assertThat(ids(search("keywords=" + word + "&location=" + encode("Toronto, ON") + "&limit=50")))
			.containsExactlyInAnyOrder(toronto, canadaOnly, anywhere);
		assertThat(ids(search("keywords=" + word + "&location=Canada&commute_type=remote")))
			.containsExactlyInAnyOrder(canadaOnly, anywhere);
		assertThat(search("keywords=" + word + "&location=London").get("jobs").get(0).get("location").asString())
			.isIn("London, England, United Kingdom", "Remote (anywhere)");
	}

	private static Set<Long> ids(JsonNode result) {
		Set<Long> ids = new HashSet<>();
		result.get("jobs").forEach((job) -> ids.add(job.get("id").asLong()));
		return ids;
	}

	@Test
	void searchWhenPagedThenNoDuplicatesAndNoGaps() {
		String query = "keywords=engineer&limit=7";
		JsonNode page = search(query);
		int total = page.get("total").asInt();
		assertThat(total).isGreaterThan(14);
		List<Long> seen = new ArrayList<>();
		while (true) {
			page.get("jobs").forEach((job) -> seen.add(job.get("id").asLong()));
			assertThat(page.get("total").asInt()).isEqualTo(total);
			if (page.get("next_cursor").isNull()) {
				break;
			}
			page = search(query + "&cursor=" + encode(page.get("next_cursor").asString()));
		}
		assertThat(seen).hasSize(total).doesNotHaveDuplicates();
	}

	@Test
	void searchWhenCursorTamperedOrFromAnotherSearchThenBadRequest() {
		String cursor = search("keywords=nurse&limit=2").get("next_cursor").asString();
		String tampered = cursor.substring(0, 10) + ((cursor.charAt(10) == 'A') ? 'B' : 'A') + cursor.substring(11);

		ActionsHttp.Response changed = this.http.get("/api/v1/gpt/jobs?keywords=nurse&limit=2&cursor=" + tampered,
				bearer("user_demo_ada", "jobs:read"));
		ActionsHttp.Response other = this.http.get("/api/v1/gpt/jobs?keywords=accountant&limit=2&cursor=" + cursor,
				bearer("user_demo_ada", "jobs:read"));

		assertThat(changed.status()).isEqualTo(400);
		assertThat(changed.json().get("code").asString()).isEqualTo("invalid_cursor");
		assertThat(changed.json().get("detail").asString()).contains("cursor");
		assertThat(other.status()).isEqualTo(400);
		assertThat(other.json().get("code").asString()).isEqualTo("invalid_cursor");
	}

	@Test
	void searchWhenNothingMatchesThenAHintNamesTheFilterToRelax() {
		String word = TestJobRows.uniqueWord();
		this.rows.onSite("Optometrist " + word, "On site.", "Toronto", "ON", "CA");
		this.index.jobsChanged(this.rows.ids());

		JsonNode byLocation = search("keywords=" + word + "&location=London");
		JsonNode byKeywords = search("keywords=" + TestJobRows.uniqueWord());

		assertThat(byLocation.get("total").asInt()).isZero();
		assertThat(byLocation.get("jobs")).isEmpty();
		assertThat(byLocation.get("next_cursor").isNull()).isTrue();
		assertThat(byLocation.get("hint").asString()).contains("Without location there is 1 match");
		assertThat(byKeywords.get("hint").asString()).contains("keywords");
		assertThat(search("keywords=nurse").get("hint").isNull()).isTrue();
	}

	@Test
	void searchWhenParameterInvalidThenBadRequestNamingIt() {
		assertInvalid("commute_type=car", "commute_type", "remote, hybrid, onsite");
		assertInvalid("job_level=guru", "job_level", "intern, entry, mid, senior, lead, executive");
		assertInvalid("limit=0", "limit", "between 1 and 50");
		assertInvalid("limit=51", "limit", "between 1 and 50");
		assertInvalid("salary_min=lots", "salary_min", "whole number");
		assertInvalid("posted_within_days=366", "posted_within_days", "between 1 and 365");
		assertInvalid("keywords=" + "a".repeat(201), "keywords", "at most 200 characters");
	}

	private void assertInvalid(String query, String field, String allowed) {
		ActionsHttp.Response response = this.http.get("/api/v1/gpt/jobs?" + query, bearer("user_demo_ada", "jobs:read"));
		assertThat(response.status()).as(query).isEqualTo(400);
		JsonNode problem = response.json();
		assertThat(problem.get("code").asString()).isEqualTo("invalid_request");
		assertThat(problem.get("detail").asString()).contains(field).contains(allowed);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@Test
	void searchResultsCarryEveryContractMember() {
		JsonNode result = search("keywords=nurse&limit=50");

		assertThat(result.get("total").asInt()).isPositive();
		result.get("jobs").forEach((job) -> {
			assertThat(job.get("summary").asString()).isNotBlank().hasSizeLessThanOrEqualTo(300).doesNotContain("<");
			assertThat(job.get("url").asString()).isEqualTo("https://applicant.network/jobs/" + job.get("id").asLong());
			assertThat(job.has("salary")).isTrue();
			assertThat(job.get("posted_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		});
		assertThat(result.toString().length()).isLessThan(100_000);
	}

}
