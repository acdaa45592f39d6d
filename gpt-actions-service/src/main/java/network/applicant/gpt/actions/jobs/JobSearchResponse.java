package network.applicant.gpt.actions.jobs;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code searchJobs} answer.
 *
 * @param total how many open jobs match, on every page
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 * @param hint when nothing matched: which filter to relax; otherwise null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record JobSearchResponse(List<Job> jobs, long total, @Nullable String nextCursor, @Nullable String hint) {

	/**
	 * One result.
	 * @param salary the range as text, null when the posting has none
	 * @param postedAt ISO date (UTC)
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Job(long id, String title, String company, String location, String commuteType, String jobLevel,
			@Nullable String salary, String postedAt, String summary, String url) {
	}

}
