package network.applicant.gpt.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.internal.ThreadExecutorMap;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import network.applicant.gpt.gateway.accesstoken.AuthenticatedCaller;
import network.applicant.gpt.gateway.ratelimit.RateLimitProperties.Budget;
import network.applicant.gpt.gateway.ratelimit.RateLimitProperties.RouteOverride;
import network.applicant.gpt.gateway.ratelimit.RedisTokenBuckets.Decision;
import network.applicant.gpt.gateway.system.ProblemException;

/**
 * Counts every routed request against a budget and answers 429 when it is used up.
 *
 * <p>The key is the candidate of a verified access token ({@link AuthenticatedCaller},
 * recorded by the access-token filter, never a header a client can set) or, for requests
 * without one, the client address. Reads ({@code GET}, {@code HEAD}) and writes are counted
 * in separate buckets; the budget comes from the token's plan and any matching route
 * override. Allowed responses carry {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining}
 * and {@code X-RateLimit-Reset} (seconds until the budget is full again); a 429 carries
 * them too, plus {@code Retry-After}.
 */
final class RateLimitFilter implements GlobalFilter, Ordered {

	/** After access-token verification, before a refused token is answered. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

	static final String LIMIT = "X-RateLimit-Limit";

	static final String REMAINING = "X-RateLimit-Remaining";

	static final String RESET = "X-RateLimit-Reset";

	/*
	 * Why fail open by default when Redis is unavailable: the limits protect the services
	 * from a noisy or runaway client; they are not what keeps data safe. Tokens are still
	 * verified here and again by the actions service, so letting requests through while
	 * Redis is down costs only the protection, for as long as the outage lasts, while
	 * failing closed would turn a cache outage into a full API outage for every candidate.
	 * Each limiter call is bounded by redis-timeout so that a hanging Redis adds at most
	 * that much latency. Operators who prefer the other trade-off set
	 * when-redis-unavailable: refuse.
	 */
	private final RedisTokenBuckets buckets;

	private final RateLimitProperties properties;

	private final List<CompiledOverride> overrides;

	private final RateLimitMetrics metrics;

	RateLimitFilter(RedisTokenBuckets buckets, RateLimitProperties properties, RateLimitMetrics metrics) {
		this.buckets = buckets;
		this.properties = properties;
		this.metrics = metrics;
		this.overrides = properties.routes()
			.stream()
			.map((route) -> new CompiledOverride(PathPatternParser.defaultInstance.parse(route.path()), route))
			.toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!this.properties.enabled()) {
			return chain.filter(exchange);
		}
		Bucket bucket = bucketFor(exchange);
		return onRequestLoop(this.buckets.take(bucket.key(), bucket.capacity(), this.properties.period()))
			.flatMap((decision) -> switch (decision.outcome()) {
				case ALLOWED -> {
					this.metrics.record(RateLimitMetrics.Result.ALLOWED, bucket.read(), bucket.subject());
					exchange.getResponse().getHeaders().addAll(headers(decision));
					yield chain.filter(exchange);
				}
				case LIMITED -> {
					this.metrics.record(RateLimitMetrics.Result.REJECTED, bucket.read(), bucket.subject());
					yield Mono.error(limited(decision, bucket.read()));
				}
				case UNAVAILABLE -> {
					this.metrics.record(RateLimitMetrics.Result.REDIS_UNAVAILABLE, bucket.read(), bucket.subject());
					yield (this.properties.whenRedisUnavailable() == RateLimitProperties.RedisUnavailable.ALLOW)
							? chain.filter(exchange) : Mono.error(unavailable());
				}
			});
	}

	/*
	 * Redis answers on the Redis client's single event-loop thread. Left there, the rest of
	 * the chain (routing, the call to the service) of every request would run on that one
	 * thread, and the pooled connection to the service would come from an arbitrary
	 * event loop, costing a thread hop per direction. Back on the event loop the filter was
	 * called on (the request's own), the HTTP client picks a connection on that same loop
	 * (Reactor Netty colocates them). Netty's ThreadExecutorMap names that loop; off an event
	 * loop (unit tests) there is none and nothing moves.
	 */
	private static Mono<Decision> onRequestLoop(Mono<Decision> decision) {
		EventExecutor loop = ThreadExecutorMap.currentExecutor();
		return (loop != null) ? decision.publishOn(Schedulers.fromExecutor(loop)) : decision;
	}

	/**
	 * @param exchange a routed request
	 * @return the bucket it is counted in
	 */
	Bucket bucketFor(ServerWebExchange exchange) {
		HttpMethod method = exchange.getRequest().getMethod();
		boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
		AuthenticatedCaller caller = AuthenticatedCaller.of(exchange).orElse(null);
		String plan = (caller != null) ? this.properties.planOf(caller.plan()) : null;
		String identity = (caller != null) ? "sub:" + caller.subject() : "ip:" + clientAddress(exchange);

		String scope = "all";
		Budget budget = (plan != null) ? this.properties.plans().get(plan) : this.properties.anonymous();
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		for (CompiledOverride override : this.overrides) {
			if (!override.pattern().matches(path)) {
				continue;
			}
			Budget overriding = (plan != null) ? override.route().plans().get(plan) : override.route().anonymous();
			if (overriding != null) {
				scope = "route:" + override.pattern().getPatternString();
				budget = overriding;
				break;
			}
		}
		String key = this.properties.keyPrefix() + ":" + scope + ":" + identity + ":" + (read ? "read" : "write");
		return new Bucket(key, budget.forRequest(read), read, caller != null);
	}

	private static String clientAddress(ServerWebExchange exchange) {
		String address = exchange.getAttribute(ClientAddressWebFilter.ATTRIBUTE);
		return (address != null) ? address : "unknown";
	}

	private static HttpHeaders headers(Decision decision) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(LIMIT, Long.toString(decision.limit()));
		headers.set(REMAINING, Long.toString(decision.remaining()));
		headers.set(RESET, Long.toString(ceilSeconds(decision.reset())));
		return headers;
	}

	private static ProblemException limited(Decision decision, boolean read) {
		HttpHeaders headers = headers(decision);
		long retryAfter = Math.max(1, ceilSeconds(decision.retryAfter()));
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		String kind = read ? "reads" : "writes";
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Too many requests",
				"The limit of " + decision.limit() + " " + kind + " per period is used up. Try again in " + retryAfter
						+ " seconds.",
				headers);
	}

	private static ProblemException unavailable() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "5");
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable", "Service unavailable",
				"Request limits cannot be checked right now. Try again shortly.", headers);
	}

	private static long ceilSeconds(Duration duration) {
		return (duration.toMillis() + 999) / 1000;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/**
	 * @param key the Redis key
	 * @param capacity its budget per period
	 * @param read whether it counts reads
	 * @param subject whether it counts a verified candidate's requests (rather than an address's)
	 */
	record Bucket(String key, int capacity, boolean read, boolean subject) {

	}

	private record CompiledOverride(PathPattern pattern, RouteOverride route) {

	}

}
