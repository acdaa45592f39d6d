package network.applicant.gpt.actions.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import network.applicant.gpt.actions.system.ActionsProperties;
import network.applicant.gpt.actions.system.RequestParameters;
import network.applicant.gpt.config.problem.ApiException;

/**
 * Runs {@code searchJobs}: reads the cursor, resolves the location, searches the index and,
 * when nothing matched, finds the filter whose removal would give results.
 */
final class JobSearch {

	private final JobSearchIndex index;

	private final JobIndexMaintainer maintainer;

	private final SearchCursor cursors;

	private final ActionsProperties actions;

	private final Clock clock;

	JobSearch(JobSearchIndex index, JobIndexMaintainer maintainer, SearchCursor cursors, ActionsProperties actions,
			Clock clock) {
		this.index = index;
		this.maintainer = maintainer;
		this.cursors = cursors;
		this.actions = actions;
		this.clock = clock;
	}

	JobSearchResponse search(JobSearchCriteria criteria, @Nullable String cursor, int limit) {
		if (!this.maintainer.isReady()) {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, "5");
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "search_unavailable", "Search is starting",
					"Job search is starting up and will be available in a few seconds. Try again shortly.", Map.of(),
					headers);
		}
		SearchCursor.Position after = null;
		if (cursor != null) {
			after = this.cursors.decode(cursor, criteria.fingerprint());
			if (after == null) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_cursor", "Invalid cursor",
						"Invalid cursor: it was changed or belongs to a search with other keywords or filters."
								+ " Repeat the search without cursor to start from the first page.",
						Map.of("errors", List.of(Map.of("field", "cursor", "message", "is not a cursor of this search"))),
						HttpHeaders.EMPTY);
			}
		}
		Instant now = (after != null) ? after.now() : this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		LocationResolver.Resolved location = (criteria.location() != null)
				? this.index.locations().resolve(criteria.location()) : null;
		JobSearchIndex.SearchPage page = this.index.search(criteria, location, after, limit, now);
		List<JobSearchResponse.Job> jobs = page.hits().stream().map(this::job).toList();
		String next = (page.next() != null) ? this.cursors.encode(page.next()) : null;
		String hint = (page.total() == 0) ? hint(criteria, location, now) : null;
		return new JobSearchResponse(jobs, page.total(), next, hint);
	}

	private JobSearchResponse.Job job(JobSearchIndex.JobHit hit) {
		return new JobSearchResponse.Job(hit.id(), hit.title(), hit.company(), hit.location(), hit.commuteType(),
				hit.jobLevel(), hit.salary(), hit.postedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
				hit.summary(), this.actions.jobUrl(hit.id()));
	}

	private record Relaxation(String parameter, UnaryOperator<JobSearchCriteria> without, String advice) {
	}

	/** Tries dropping one filter at a time, most specific first, and names the first that helps. */
	private String hint(JobSearchCriteria criteria, LocationResolver.@Nullable Resolved location, Instant now) {
		String prefix = (location != null && !location.recognised())
				? "The location '" + criteria.location() + "' was not recognised as a city, region or country we have"
						+ " jobs in; try a nearby city or just the country. "
				: "";
		List<Relaxation> relaxations = List.of(
				new Relaxation("posted_within_days", (c) -> c.withPostedWithinDays(null),
						"allow older postings (a larger posted_within_days, or omit it)"),
				new Relaxation("salary_min", (c) -> c.withSalaryMin(null),
						"lower salary_min or omit it (many postings publish no salary)"),
				new Relaxation("job_level", (c) -> c.withJobLevel(null), "try another job_level or omit it"),
				new Relaxation("commute_type", (c) -> c.withCommuteType(null),
						"try another commute_type or omit it"),
				new Relaxation("location", (c) -> c.withLocation(null),
						"try a broader location (the country) or omit it"),
				new Relaxation("keywords", (c) -> c.withKeywords(null), "use fewer or more general keywords"));
		for (Relaxation relaxation : relaxations) {
			JobSearchCriteria relaxed = relaxation.without().apply(criteria);
			if (relaxed.equals(criteria)) {
				continue;
			}
			LocationResolver.Resolved relaxedLocation = relaxation.parameter().equals("location") ? null : location;
			long count = this.index.count(relaxed, relaxedLocation, now);
			if (count > 0) {
				return prefix + "No open jobs match all of these criteria. Without " + relaxation.parameter()
						+ " there " + ((count == 1) ? "is 1 match" : "are " + count + " matches") + ": "
						+ relaxation.advice() + ".";
			}
		}
		return prefix + "No open jobs match these keywords and filters. Use fewer or broader keywords and remove"
				+ " filters (location, commute_type, job_level, salary_min, posted_within_days).";
	}

	/**
	 * Reads the raw query parameters.
	 * @throws ApiException 400 naming the first invalid parameter
	 */
	static JobSearchCriteria criteria(@Nullable String keywords, @Nullable String location,
			@Nullable String commuteType, @Nullable String jobLevel, @Nullable String salaryMin,
			@Nullable String postedWithinDays) {
		return new JobSearchCriteria(RequestParameters.text(keywords, "keywords", 200),
				RequestParameters.text(location, "location", 100),
				RequestParameters.oneOf(commuteType, "commute_type", List.of("remote", "hybrid", "onsite")),
				RequestParameters.oneOf(jobLevel, "job_level",
						List.of("intern", "entry", "mid", "senior", "lead", "executive")),
				RequestParameters.integer(salaryMin, "salary_min", 0, 100_000_000),
				toInteger(RequestParameters.integer(postedWithinDays, "posted_within_days", 1, 365)));
	}

	private static @Nullable Integer toInteger(@Nullable Long value) {
		return (value != null) ? Math.toIntExact(value) : null;
	}

}
