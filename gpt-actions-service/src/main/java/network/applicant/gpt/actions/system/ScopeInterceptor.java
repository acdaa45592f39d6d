package network.applicant.gpt.actions.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import network.applicant.gpt.config.problem.Problems;
import network.applicant.gpt.config.web.ProblemResponses;

/**
 * Refuses an action whose caller lacks the scope named by {@link RequiresScope} with 403
 * and {@code WWW-Authenticate: Bearer error="insufficient_scope"} (RFC 6750 §3.1).
 * Action handlers without the annotation are refused outright: failing closed makes a
 * forgotten annotation visible in the first test instead of in production.
 */
class ScopeInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method) || !request.getRequestURI().startsWith(ActionsApi.PREFIX + "/")) {
			return true;
		}
		Object caller = request.getAttribute(CallerAuthenticationFilter.ATTRIBUTE);
		if (!(caller instanceof Caller authenticated)) {
			// a public path: nothing to check
			return true;
		}
		RequiresScope required = method.getMethodAnnotation(RequiresScope.class);
		if (required == null) {
			HttpHeaders headers = new HttpHeaders();
			ProblemResponses.write(response, Problems.create(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
					"This operation is not available."), headers);
			return false;
		}
		if (!authenticated.hasScope(required.value())) {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"applicant.network\", error=\"insufficient_scope\", scope=\""
					+ required.value().value() + "\"");
			ProblemResponses.write(response, Problems.create(HttpStatus.FORBIDDEN, "insufficient_scope",
					"Permission missing", "The connection does not allow this (" + required.value().description()
							+ "). Ask the candidate to reconnect the account and grant the '"
							+ required.value().value() + "' permission."),
					headers);
			return false;
		}
		return true;
	}

}
