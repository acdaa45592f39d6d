package network.applicant.gpt.actions.system;

import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.config.jwt.Scope;

/**
 * Test-only actions that show what the security wiring lets through; imported by the
 * shared test context, never part of the application.
 */
@TestComponent
@RestController
public class SecurityProbeController {

	@GetMapping(ActionsApi.PREFIX + "/test-probe/jobs")
	@RequiresScope(Scope.JOBS_READ)
	Map<String, Object> jobs(Caller caller) {
		return Map.of("candidate", caller.candidateId(), "client", String.valueOf(caller.clientId()));
	}

	@GetMapping(ActionsApi.PREFIX + "/test-probe/unannotated")
	Map<String, Object> unannotated(Caller caller) {
		return Map.of("candidate", caller.candidateId());
	}

}
