package network.applicant.gpt.config.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Creates RFC 9457 problem details in the shape every Applicant.Network service uses.
 *
 * <p>Each problem has a stable, snake_case {@code code} extension member that clients
 * program against, and a {@code type} URI derived from it. Titles are short and fixed
 * per code; details are written for the person (or model) that reads them and must
 * never contain stack traces, SQL or secrets.
 *
 * <pre>{@code
 * ProblemDetail problem = Problems.create(HttpStatus.NOT_FOUND, "job_not_found", "Job not found",
 *     "No open job has the id 42. Search again to get current job ids.");
 * }</pre>
 */
public final class Problems {

	/** Where problem types live; {@code type} is this plus the code. */
	public static final String TYPE_BASE = "https://applicant.network/problems/";

	/** The name of the stable code member. */
	public static final String CODE = "code";

	/** The name of the member that carries the request id. */
	public static final String REQUEST_ID = "request_id";

	private Problems() {
	}

	/**
	 * @param status the HTTP status
	 * @param code the stable code, snake_case
	 * @param title a short, fixed summary of the code
	 * @param detail what happened and what to do, safe to show
	 * @return the problem
	 */
	public static ProblemDetail create(HttpStatusCode status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + code));
		problem.setTitle(title);
		problem.setProperty(CODE, code);
		return problem;
	}

	/**
	 * The default code for a status, used when Spring raised the error and no more
	 * specific code applies.
	 * @param status the HTTP status
	 * @return a snake_case code
	 */
	public static String defaultCode(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return switch (status.value()) {
			case 400 -> "invalid_request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not_found";
			case 405 -> "method_not_allowed";
			case 406 -> "not_acceptable";
			case 409 -> "conflict";
			case 413 -> "payload_too_large";
			case 415 -> "unsupported_media_type";
			case 422 -> "unprocessable_content";
			case 429 -> "rate_limited";
			case 500 -> "internal_error";
			case 502 -> "bad_gateway";
			case 503 -> "service_unavailable";
			case 504 -> "gateway_timeout";
			default -> (known != null) ? known.name().toLowerCase(java.util.Locale.ROOT) : "http_" + status.value();
		};
	}

	/**
	 * Makes sure a problem Spring created has our members: {@code code} and a matching
	 * {@code type} when they are missing.
	 * @param problem a problem, changed in place
	 * @return the same problem
	 */
	public static ProblemDetail complete(ProblemDetail problem) {
		Object code = (problem.getProperties() != null) ? problem.getProperties().get(CODE) : null;
		if (code == null) {
			code = defaultCode(HttpStatusCode.valueOf(problem.getStatus()));
			problem.setProperty(CODE, code);
		}
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(URI.create(TYPE_BASE + code));
		}
		return problem;
	}

}
