package network.applicant.gpt.gateway.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import network.applicant.gpt.config.internal.InternalServiceProperties;
import network.applicant.gpt.config.jwt.InvalidTokenException;
import network.applicant.gpt.config.web.RequestIds;

/**
 * On the oauth-service paths that need a signed-in candidate, verifies the Clerk session
 * and, when it is valid, adds the trusted identity headers: {@code x-clerk-user-id},
 * {@code x-clerk-user-email} and {@code x-clerk-user-name} (when the token has those
 * claims) and the internal service key.
 *
 * <p>Not an access check: a missing or invalid session is forwarded without identity
 * headers, and the oauth service decides whether to send the browser to sign in or to
 * answer 401. On every other path it does nothing, so identity never reaches a service
 * that did not ask for it. It runs after {@link IdentityHeaderStrippingFilter}, so the
 * only identity headers a service sees are the ones set here.
 *
 * <p>The session comes from the {@value #SESSION_COOKIE} cookie or, on the connections API
 * only, from {@code Authorization: Bearer} (which wins when both are present, as in Clerk's
 * own SDKs).
 */
final class ClerkSessionFilter implements GlobalFilter, Ordered {

	/** After the stripping filter, before access-token verification and rate limiting. */
	static final int ORDER = IdentityHeaderStrippingFilter.ORDER + 10;

	/** Clerk's session cookie. */
	static final String SESSION_COOKIE = "__session";

	static final String CLERK_USER_EMAIL = "x-clerk-user-email";

	static final String CLERK_USER_NAME = "x-clerk-user-name";

	private static final Logger log = LoggerFactory.getLogger(ClerkSessionFilter.class);

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	/** The pages and APIs of the oauth service that act for a signed-in candidate. */
	static final List<PathPattern> SESSION_PATHS = List.of(PARSER.parse("/api/v1/gpt/oauth/authorize"),
			PARSER.parse("/api/v1/gpt/oauth/consent"), PARSER.parse("/api/v1/gpt/oauth/connections/**"),
			PARSER.parse("/api/v1/gpt/connections/**"));

	/** Where a bearer session token is accepted as well as the cookie. */
	private static final PathPattern CONNECTIONS_API = PARSER.parse("/api/v1/gpt/connections/**");

	private final ClerkSessionVerifier verifier;

	private final InternalServiceProperties internal;

	ClerkSessionFilter(ClerkSessionVerifier verifier, InternalServiceProperties internal) {
		this.verifier = verifier;
		this.internal = internal;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		if (!isSessionPath(path)) {
			return chain.filter(exchange);
		}
		String token = sessionToken(exchange, CONNECTIONS_API.matches(path));
		if (token == null) {
			return chain.filter(exchange);
		}
		// verification may fetch Clerk's key set over blocking HTTP: keep it off the event loop
		return Mono.fromCallable(() -> this.verifier.verify(token))
			.subscribeOn(Schedulers.boundedElastic())
			.map((session) -> withIdentity(exchange, session))
			.onErrorResume(InvalidTokenException.class, (ex) -> {
				log.atDebug()
					.addKeyValue(RequestIds.MDC_KEY, exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER))
					.addKeyValue("reason", ex.reason())
					.setMessage("Clerk session refused")
					.log();
				return Mono.just(exchange);
			})
			.flatMap(chain::filter);
	}

	static boolean isSessionPath(PathContainer path) {
		for (PathPattern pattern : SESSION_PATHS) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String sessionToken(ServerWebExchange exchange, boolean bearerAllowed) {
		if (bearerAllowed) {
			List<String> authorization = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION);
			if (authorization.size() == 1) {
				String value = authorization.get(0);
				if (value.regionMatches(true, 0, "Bearer ", 0, 7) && value.length() > 7) {
					return value.substring(7).strip();
				}
			}
		}
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(SESSION_COOKIE);
		return (cookie != null && !cookie.getValue().isBlank()) ? cookie.getValue() : null;
	}

	private ServerWebExchange withIdentity(ServerWebExchange exchange, ClerkSession session) {
		return exchange.mutate().request((request) -> request.headers((headers) -> {
			headers.set(IdentityConfiguration.CLERK_USER_ID, session.userId());
			setIfSafe(headers, CLERK_USER_EMAIL, session.email());
			setIfSafe(headers, CLERK_USER_NAME, session.name());
			headers.set(this.internal.serviceKeyHeader(), this.internal.serviceKey());
		})).build();
	}

	/*
	 * Header values travel as ISO-8859-1 bytes: a claim with control characters could split
	 * the header, and one with characters beyond ASCII would arrive mangled. Such a value is
	 * left out (email and name are optional for the services) rather than altered.
	 */
	private static void setIfSafe(HttpHeaders headers, String name, @Nullable String value) {
		if (value != null && isPrintableAscii(value)) {
			headers.set(name, value);
		}
	}

	static boolean isPrintableAscii(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7e) {
				return false;
			}
		}
		return !value.isEmpty();
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
