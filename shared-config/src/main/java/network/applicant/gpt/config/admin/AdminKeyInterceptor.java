package network.applicant.gpt.config.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

import network.applicant.gpt.config.problem.Problems;
import network.applicant.gpt.config.web.ProblemResponses;

/**
 * Lets a request to {@value #PATTERN} through only with {@code Authorization: Bearer
 * <admin key>}; anything else is a 401 problem. Runs before the handler reads the body,
 * so an unauthenticated upload is never read. Never logs the presented key.
 */
public class AdminKeyInterceptor implements HandlerInterceptor {

	/** The paths it guards. */
	public static final String PATTERN = "/admin/**";

	private static final Logger log = LoggerFactory.getLogger(AdminKeyInterceptor.class);

	private final AdminKey key;

	public AdminKeyInterceptor(AdminKey key) {
		this.key = key;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		String presented = (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7))
				? authorization.substring(7).strip() : null;
		if (this.key.matches(presented)) {
			return true;
		}
		String detail;
		if (!this.key.isEnabled()) {
			detail = "Admin endpoints are disabled: no admin key is configured (" + this.key.property() + ").";
		}
		else if (presented == null) {
			detail = "Send the admin key as 'Authorization: Bearer <admin key>'.";
		}
		else {
			detail = "The admin key is wrong.";
		}
		log.atInfo().addKeyValue("path", request.getRequestURI()).log("Admin request refused");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"applicant.network admin\"");
		ProblemResponses.write(response, Problems.create(HttpStatus.UNAUTHORIZED, "unauthorized",
				"Authentication required", detail), headers);
		return false;
	}

}
