package network.applicant.gpt.gateway.accesstoken;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import network.applicant.gpt.config.jwt.AccessToken;
import network.applicant.gpt.config.jwt.AccessTokenVerifier;
import network.applicant.gpt.config.jwt.InvalidTokenException;
import network.applicant.gpt.config.web.RequestIds;

/**
 * Verifies the bearer access token of every request to a protected route (the actions
 * API) and records the outcome on the exchange: an {@link AuthenticatedCaller} when the
 * token verified, otherwise a {@link Rejection}.
 *
 * <p>It does not refuse anything itself: the rate limiter runs next and counts a request
 * without a valid token against its client address, and only then
 * {@link AccessTokenRejectionFilter} answers it with 401. That order is what stops a flood
 * of made-up tokens from going unlimited.
 *
 * <p>The {@code Authorization} header is forwarded unchanged. The caller is never taken
 * from any other header ({@code openai-*} included).
 */
final class AccessTokenFilter implements GlobalFilter, Ordered {

	/** After the identity filters, before the rate limiter. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	/** The exchange attribute holding the {@link Rejection} of a request that may not pass. */
	static final String REJECTION = AccessTokenFilter.class.getName() + ".rejection";

	/**
	 * Counter of refused access tokens, tagged {@code reason} ({@code missing}, {@code invalid},
	 * {@code keys_unavailable}: the JWKS could not be fetched).
	 */
	static final String REJECTIONS = "gateway.access_token.rejections";

	private static final Logger log = LoggerFactory.getLogger(AccessTokenFilter.class);

	private static final String BEARER = "Bearer ";

	private final AccessTokenVerifier verifier;

	private final List<String> routeIds;

	private final List<PathPattern> publicPaths;

	private final MeterRegistry registry;

	AccessTokenFilter(AccessTokenVerifier verifier, AccessTokenGatewayProperties properties, MeterRegistry registry) {
		this.verifier = verifier;
		this.registry = registry;
		this.routeIds = properties.routeIds();
		this.publicPaths = properties.publicPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!isProtected(exchange)) {
			return chain.filter(exchange);
		}
		List<String> authorization = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION);
		if (authorization.isEmpty()) {
			return reject(exchange, chain, Rejection.MISSING, null);
		}
		String token = bearerToken(authorization);
		if (token == null) {
			return reject(exchange, chain, Rejection.INVALID, null);
		}
		/*
		 * Verification is CPU-light once the key set is cached, but a cache miss or an
		 * unknown key id fetches the JWKS with blocking HTTP (jose4j). shared-config's
		 * verifier offers no way to ask "would this block?", so every verification runs on
		 * the bounded-elastic scheduler; the hop costs microseconds and never stalls the
		 * event loop.
		 */
		return Mono.fromCallable(() -> verify(token))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((caller) -> {
				exchange.getAttributes().put(AuthenticatedCaller.ATTRIBUTE, caller);
				return chain.filter(exchange);
			})
			.onErrorResume(InvalidTokenException.class, (ex) -> reject(exchange, chain,
					(ex.reason() == InvalidTokenException.Reason.KEYS_UNAVAILABLE) ? Rejection.KEYS_UNAVAILABLE
							: Rejection.INVALID,
					ex));
	}

	private AuthenticatedCaller verify(String token) throws InvalidTokenException {
		AccessToken accessToken = this.verifier.verify(token);
		// the verified claims are cached by the verifier, so this second call is a cache hit
		String plan = this.verifier.jwtVerifier().verify(token).stringClaim("plan");
		return new AuthenticatedCaller(accessToken.candidateId(), plan);
	}

	private Mono<Void> reject(ServerWebExchange exchange, GatewayFilterChain chain, Rejection rejection,
			@Nullable InvalidTokenException cause) {
		log.atDebug()
			.addKeyValue(RequestIds.MDC_KEY, exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER))
			.addKeyValue("rejection", rejection)
			.addKeyValue("reason", (cause != null) ? cause.reason() : null)
			.setMessage("Access token refused")
			.log();
		Counter.builder(REJECTIONS)
			.description("Requests to protected routes whose access token was missing, invalid or unverifiable")
			.tag("reason", rejection.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
		exchange.getAttributes().put(REJECTION, rejection);
		return chain.filter(exchange);
	}

	private boolean isProtected(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (route == null || !this.routeIds.contains(route.getId())) {
			return false;
		}
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		for (PathPattern pattern : this.publicPaths) {
			if (pattern.matches(path)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param authorization every {@code Authorization} header value of the request
	 * @return the token of a single {@code Bearer} credential, or {@code null}
	 */
	static @Nullable String bearerToken(List<String> authorization) {
		if (authorization.size() != 1) {
			return null;
		}
		String value = authorization.get(0);
		if (!value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		String token = value.substring(BEARER.length()).strip();
		return token.isEmpty() || token.contains(" ") ? null : token;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/** Why a request to a protected route may not pass. */
	enum Rejection {

		/** No {@code Authorization} header at all. */
		MISSING,
		/** A header that is not one valid bearer access token. */
		INVALID,
		/** The authorization server's keys could not be fetched. */
		KEYS_UNAVAILABLE

	}

}
