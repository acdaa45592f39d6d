package network.applicant.gpt.oauth.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the headers every response of the authorization server carries: never stored by
 * a cache (RFC 6749 5.1), never framed, no MIME sniffing, no referrer, and a strict
 * Content-Security-Policy. A page that posts a form widens {@code form-action} for its
 * own response ({@link Pages}); the JWKS replaces the cache headers with a short public
 * lifetime, because verifiers are meant to cache it.
 */
class OAuthResponseHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!request.getRequestURI().endsWith("/jwks.json")) {
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("Pragma", "no-cache");
		}
		response.setHeader("Content-Security-Policy", Pages.contentSecurityPolicy(null));
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/actuator/") || path.endsWith("/oauth/assets/pages.css");
	}

}
