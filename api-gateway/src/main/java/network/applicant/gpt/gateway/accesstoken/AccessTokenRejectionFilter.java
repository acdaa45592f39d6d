package network.applicant.gpt.gateway.accesstoken;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import network.applicant.gpt.gateway.system.ProblemException;

/**
 * Answers a request that {@link AccessTokenFilter} refused, after the rate limiter has
 * counted it: 401 {@code invalid_token} with the RFC 6750 {@code WWW-Authenticate}
 * challenge, or 503 when the authorization server's keys cannot be fetched.
 */
final class AccessTokenRejectionFilter implements GlobalFilter, Ordered {

	/** After the rate limiter (which runs at {@code HIGHEST_PRECEDENCE + 30}). */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

	/** The challenge for a request without credentials: RFC 6750 §3.1 gives no error code then. */
	static final String CHALLENGE_MISSING = "Bearer realm=\"applicant-gpt\"";

	static final String CHALLENGE_INVALID = "Bearer error=\"invalid_token\"";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		AccessTokenFilter.Rejection rejection = exchange.getAttribute(AccessTokenFilter.REJECTION);
		if (rejection == null) {
			return chain.filter(exchange);
		}
		HttpHeaders headers = new HttpHeaders();
		return Mono.error(switch (rejection) {
			case MISSING -> {
				headers.set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE_MISSING);
				yield new ProblemException(HttpStatus.UNAUTHORIZED, "invalid_token", "Invalid token",
						"This API needs an access token: send Authorization: Bearer <token>.", headers);
			}
			case INVALID -> {
				headers.set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE_INVALID);
				yield new ProblemException(HttpStatus.UNAUTHORIZED, "invalid_token", "Invalid token",
						"The access token is malformed, expired, revoked or not meant for this API. Get a new one"
								+ " by refreshing or signing in again.",
						headers);
			}
			case KEYS_UNAVAILABLE -> {
				headers.set(HttpHeaders.RETRY_AFTER, "5");
				yield new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable",
						"Service unavailable", "Access tokens cannot be checked right now. Try again shortly.",
						headers);
			}
		});
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
