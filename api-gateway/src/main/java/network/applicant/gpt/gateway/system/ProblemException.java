package network.applicant.gpt.gateway.system;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

import network.applicant.gpt.config.problem.Problems;

/**
 * An error that a gateway filter raises to answer the caller with a specific problem
 * (its own {@code code}, title and detail) and extra response headers, for example
 * {@code WWW-Authenticate} on a 401 or {@code Retry-After} on a 429.
 *
 * <p>Not for errors a service returned: those pass through unchanged. The
 * {@link ProblemExceptionHandler} renders it as {@code application/problem+json} with the
 * request id, and copies {@link #getHeaders()} onto the response.
 *
 * <pre>{@code
 * HttpHeaders headers = new HttpHeaders();
 * headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
 * return Mono.error(new ProblemException(HttpStatus.UNAUTHORIZED, "invalid_token", "Invalid token",
 *     "The access token is missing, expired or not valid.", headers));
 * }</pre>
 */
public final class ProblemException extends ErrorResponseException {

	/**
	 * @param status the response status
	 * @param code the stable snake_case code
	 * @param title a short, fixed title for the code
	 * @param detail what happened and what to do; safe to show, never a secret
	 * @param headers response headers to add
	 */
	public ProblemException(HttpStatusCode status, String code, String title, String detail, HttpHeaders headers) {
		super(status, Problems.create(status, code, title, detail), null);
		getHeaders().putAll(headers);
	}

}
