package network.applicant.gpt.actions.applying;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.actions.system.ActionsApi;
import network.applicant.gpt.actions.system.Caller;
import network.applicant.gpt.actions.system.RequestBodies;
import network.applicant.gpt.actions.system.RequiresScope;
import network.applicant.gpt.config.jwt.Scope;

/**
 * {@code submitApplication}: {@code POST /api/v1/gpt/applications}.
 *
 * <p>The body is read by hand, up to {@code applicant.actions.apply.max-body-size}, so that
 * an oversized body is refused before it is read whole and every member is validated
 * with its JSON name.
 */
@RestController
class ApplicationSubmitController {

	static final String PATH = ActionsApi.PREFIX + "/applications";

	private final ApplicationSubmission submission;

	private final ApplyProperties properties;

	private final JsonMapper json;

	ApplicationSubmitController(ApplicationSubmission submission, ApplyProperties properties, JsonMapper json) {
		this.submission = submission;
		this.properties = properties;
		this.json = json;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@RequiresScope(Scope.APPLICATIONS_WRITE)
	ResponseEntity<Object> submit(Caller caller, HttpServletRequest http) throws IOException {
		SubmitApplicationRequest request = SubmitApplicationRequest.from(parse(RequestBodies.read(http,
				this.properties.maxBodySize())));
		if (!request.confirmed()) {
			return ResponseEntity.ok(this.submission.prepare(caller, request));
		}
		ApplicationSubmission.Outcome outcome = this.submission.confirm(caller, request);
		if (!outcome.created()) {
			return ResponseEntity.ok(outcome.body());
		}
		return ResponseEntity.created(URI.create(PATH + "?application_id=" + outcome.body().application().id()))
			.body(outcome.body());
	}

	private JsonNode parse(byte[] body) {
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = (at != null) ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "";
			throw SubmitApplicationRequest.invalid(List.of(SubmitApplicationRequest.error("body", "is not valid JSON" + where)));
		}
	}

}
