package network.applicant.gpt.actions.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import network.applicant.gpt.config.internal.InternalServiceProperties;
import network.applicant.gpt.config.jwt.AccessToken;
import network.applicant.gpt.config.jwt.AccessTokenVerifier;
import network.applicant.gpt.config.jwt.InvalidTokenException;
import network.applicant.gpt.config.jwt.Scope;
import network.applicant.gpt.config.problem.Problems;
import network.applicant.gpt.config.web.ProblemResponses;
import network.applicant.gpt.config.web.RequestIdFilter;
import network.applicant.gpt.config.web.RequestIds;

/**
 * Establishes the {@link Caller} of every action request, or answers 401.
 *
 * <p>Two ways in: an access token ({@code Authorization: Bearer}), verified here again
 * although the gateway verified it already (signature, issuer, audience, expiry), or the
 * gateway's trusted header {@value #TRUSTED_CANDIDATE_HEADER} for platform-internal
 * callers, accepted only together with the internal service key. A request with a bearer
 * token is judged by the token alone, so a bad token cannot be rescued by headers.
 */
class CallerAuthenticationFilter extends OncePerRequestFilter {

	/** The candidate header for platform-internal callers. */
	static final String TRUSTED_CANDIDATE_HEADER = "x-gpt-clerk-user-id";

	static final String ATTRIBUTE = Caller.class.getName();

	private static final Logger log = LoggerFactory.getLogger(CallerAuthenticationFilter.class);

	private final AccessTokenVerifier verifier;

	private final InternalServiceProperties internal;

	private final List<String> publicPaths;

	CallerAuthenticationFilter(AccessTokenVerifier verifier, InternalServiceProperties internal,
			List<String> publicPaths) {
		this.verifier = verifier;
		this.internal = internal;
		this.publicPaths = List.copyOf(publicPaths);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith(ActionsApi.PREFIX + "/") || this.publicPaths.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = requestId(request);
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null) {
			if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() == 7) {
				unauthorized(response, "invalid_request", "The Authorization header must be 'Bearer <token>'.");
				return;
			}
			try {
				AccessToken token = this.verifier.verify(authorization.substring(7).strip());
				request.setAttribute(ATTRIBUTE,
						new Caller(token.candidateId(), token.clientId(), token.scopes(), requestId));
			}
			catch (InvalidTokenException ex) {
				log.atInfo().addKeyValue("reason", ex.reason()).log("Access token refused");
				unauthorized(response, "invalid_token",
						"The access token is invalid or expired. Reconnect the account or refresh the token.");
				return;
			}
		}
		else {
			String candidate = request.getHeader(TRUSTED_CANDIDATE_HEADER);
			if (candidate == null || candidate.isBlank()
					|| !this.internal.isServiceKey(request.getHeader(this.internal.serviceKeyHeader()))) {
				unauthorized(response, null,
						"Sign in is required: connect your Applicant.Network account to use this action.");
				return;
			}
			request.setAttribute(ATTRIBUTE, new Caller(candidate.strip(), null, Scope.allValues(), requestId));
		}
		chain.doFilter(request, response);
	}

	private static String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		return (id instanceof String value) ? value : RequestIds.generate();
	}

	private static void unauthorized(HttpServletResponse response, String error, String detail) throws IOException {
		String challenge = "Bearer realm=\"applicant.network\"";
		if (error != null) {
			challenge += ", error=\"" + error + "\"";
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		String code = (error != null) ? error : "unauthorized";
		ProblemResponses.write(response,
				Problems.create(HttpStatus.UNAUTHORIZED, code, "Authentication required", detail), headers);
	}

}
