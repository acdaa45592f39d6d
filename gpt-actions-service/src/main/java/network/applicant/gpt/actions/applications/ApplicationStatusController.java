package network.applicant.gpt.actions.applications;

import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.actions.system.ActionsApi;
import network.applicant.gpt.actions.system.Caller;
import network.applicant.gpt.actions.system.RequestParameters;
import network.applicant.gpt.actions.system.RequiresScope;
import network.applicant.gpt.config.jwt.Scope;

/**
 * {@code getApplicationStatus}: the calling candidate's applications, never anyone else's
 * (the candidate id comes from the access token).
 */
@RestController
class ApplicationStatusController {

	private final ApplicationStatusReader reader;

	ApplicationStatusController(Jdbi jdbi) {
		this.reader = new ApplicationStatusReader(jdbi);
	}

	@GetMapping(ActionsApi.PREFIX + "/applications")
	@RequiresScope(Scope.APPLICATIONS_READ)
	ApplicationStatusResponse getApplicationStatus(Caller caller,
			@RequestParam(name = "job_id", required = false) @Nullable String jobId,
			@RequestParam(name = "application_id", required = false) @Nullable String applicationId) {
		return this.reader.read(caller.candidateId(), RequestParameters.integer(jobId, "job_id", 1, Long.MAX_VALUE),
				RequestParameters.integer(applicationId, "application_id", 1, Long.MAX_VALUE));
	}

}
