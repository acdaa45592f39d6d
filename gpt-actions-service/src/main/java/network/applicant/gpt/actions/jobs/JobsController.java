package network.applicant.gpt.actions.jobs;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.actions.system.ActionsApi;
import network.applicant.gpt.actions.system.Caller;
import network.applicant.gpt.actions.system.RequestParameters;
import network.applicant.gpt.actions.system.RequiresScope;
import network.applicant.gpt.config.jwt.Scope;

/**
 * {@code searchJobs} and {@code getJobDetails}. Parameters arrive as text and are
 * validated here, so that every bad value is a 400 problem naming the parameter.
 */
@RestController
class JobsController {

	private final JobSearch search;

	private final JobDetails details;

	JobsController(JobSearch search, JobDetails details) {
		this.search = search;
		this.details = details;
	}

	@GetMapping(ActionsApi.PREFIX + "/jobs")
	@RequiresScope(Scope.JOBS_READ)
	JobSearchResponse searchJobs(Caller caller, @RequestParam(required = false) @Nullable String keywords,
			@RequestParam(required = false) @Nullable String location,
			@RequestParam(name = "commute_type", required = false) @Nullable String commuteType,
			@RequestParam(name = "job_level", required = false) @Nullable String jobLevel,
			@RequestParam(name = "salary_min", required = false) @Nullable String salaryMin,
			@RequestParam(name = "posted_within_days", required = false) @Nullable String postedWithinDays,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		JobSearchCriteria criteria = JobSearch.criteria(keywords, location, commuteType, jobLevel, salaryMin,
				postedWithinDays);
		Long size = RequestParameters.integer(limit, "limit", 1, 50);
		String position = RequestParameters.text(cursor, "cursor", 200);
		return this.search.search(criteria, position, (size != null) ? size.intValue() : 10);
	}

	@GetMapping(ActionsApi.PREFIX + "/jobs/{jobId}")
	@RequiresScope(Scope.JOBS_READ)
	JobDetailsResponse getJobDetails(Caller caller, @PathVariable("jobId") String jobId) {
		Long id = RequestParameters.integer(jobId, "jobId", 1, Long.MAX_VALUE);
		if (id == null) {
			throw RequestParameters.invalid("jobId", "is required");
		}
		return this.details.details(id, caller.candidateId());
	}

}
