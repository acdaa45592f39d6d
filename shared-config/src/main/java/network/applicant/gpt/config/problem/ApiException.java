package network.applicant.gpt.config.problem;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * A failure that the client should hear about as a problem-details response with a
 * stable code.
 *
 * <p>Throw it from the rule classes and let the web layer render it; it carries no
 * stack trace to the client. Not for unexpected failures: those are logged and
 * answered with a generic {@code internal_error}.
 *
 * <pre>{@code
 * throw new ApiException(HttpStatus.CONFLICT, "already_applied", "Already applied",
 *     "You applied to this job on 2026-11-02; check its status instead.");
 * }</pre>
 */
public class ApiException extends ErrorResponseException {

	private final String code;

	public ApiException(HttpStatusCode status, String code, String title, String detail) {
		this(status, code, title, detail, Map.of(), HttpHeaders.EMPTY);
	}

	public ApiException(HttpStatusCode status, String code, String title, String detail, Map<String, ?> properties,
			HttpHeaders headers) {
		super(status, Problems.create(status, code, title, detail), null);
		this.code = code;
		properties.forEach(getBody()::setProperty);
		getHeaders().putAll(headers);
	}

	/** @return the stable problem code */
	public String getCode() {
		return this.code;
	}

	@Override
	public String getMessage() {
		return this.code + ": " + getBody().getDetail();
	}

}
