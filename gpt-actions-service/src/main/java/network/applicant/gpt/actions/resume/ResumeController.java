package network.applicant.gpt.actions.resume;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.actions.system.ActionsApi;
import network.applicant.gpt.actions.system.Caller;
import network.applicant.gpt.actions.system.RequiresScope;
import network.applicant.gpt.config.jwt.Scope;

/**
 * {@code analyzeResume}: {@code POST /api/v1/gpt/resume/analyze} (scope {@code resume:read}).
 */
@RestController
class ResumeController {

	private final ResumeAnalysisService service;

	ResumeController(ResumeAnalysisService service) {
		this.service = service;
	}

	@PostMapping(path = ActionsApi.PREFIX + "/resume/analyze", produces = "application/json")
	@RequiresScope(Scope.RESUME_READ)
	AnalyzeResumeResponse analyze(Caller caller, @Valid @RequestBody AnalyzeResumeRequest request) {
		return this.service.analyze(caller, request);
	}

}
