package network.applicant.gpt.config.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import network.applicant.gpt.config.problem.Problems;

/**
 * Writes a problem straight to a servlet response, for filters that answer before a
 * controller runs (authentication, size limits), where the MVC advice never sees the
 * error.
 */
public final class ProblemResponses {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	/**
	 * @param response the response, not yet committed
	 * @param problem the problem; its status becomes the response status
	 * @param headers extra headers, such as {@code WWW-Authenticate} or {@code Retry-After}
	 * @throws IOException if the response cannot be written
	 */
	public static void write(HttpServletResponse response, ProblemDetail problem, HttpHeaders headers)
			throws IOException {
		String requestId = MDC.get(RequestIds.MDC_KEY);
		if (requestId != null && (problem.getProperties() == null
				|| !problem.getProperties().containsKey(Problems.REQUEST_ID))) {
			problem.setProperty(Problems.REQUEST_ID, requestId);
		}
		response.setStatus(problem.getStatus());
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(MAPPER.writeValueAsString(toMap(problem)));
	}

	/**
	 * @param problem a problem
	 * @return its RFC 9457 members with extension members flattened beside them
	 */
	public static Map<String, Object> toMap(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		if (problem.getTitle() != null) {
			body.put("title", problem.getTitle());
		}
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

}
