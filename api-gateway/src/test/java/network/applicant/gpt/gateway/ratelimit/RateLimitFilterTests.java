package network.applicant.gpt.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import network.applicant.gpt.gateway.accesstoken.AuthenticatedCaller;
import network.applicant.gpt.gateway.ratelimit.RateLimitProperties.Budget;
import network.applicant.gpt.gateway.ratelimit.RateLimitProperties.RedisUnavailable;
import network.applicant.gpt.gateway.ratelimit.RateLimitProperties.RouteOverride;
import network.applicant.gpt.gateway.system.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The limiting filter with the real Redis token buckets, outside a Spring context: each
 * test gets its own key prefix, and time stands still unless a test moves it.
 */
class RateLimitFilterTests {

	private static final String CLIENT = "198.51.100.7";

	private final LettuceConnectionFactory connection = RedisTestSupport.connect(6379);

	private final RedisTestSupport.TestClock clock = new RedisTestSupport.TestClock();

	private final String prefix = RedisTestSupport.uniquePrefix();

	private final AtomicInteger forwarded = new AtomicInteger();

	private final io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

	private final GatewayFilterChain chain = (exchange) -> {
		this.forwarded.incrementAndGet();
		return Mono.empty();
	};

	@AfterEach
	void close() {
		this.connection.destroy();
	}

	private RateLimitProperties properties(List<String> trustedProxies, RedisUnavailable whenUnavailable) {
		return new RateLimitProperties(true, this.prefix, Duration.ofMinutes(1), "default",
				Map.of("default", new Budget(3, 2), "pro", new Budget(5, 4)), new Budget(2, 1),
				List.of(new RouteOverride("/api/v1/gpt/resume/analyze", Map.of("default", new Budget(3, 1)), null),
						new RouteOverride("/api/v1/gpt/oauth/token", Map.of(), new Budget(1, 1))),
				trustedProxies, whenUnavailable, Duration.ofSeconds(2));
	}

	private RateLimitFilter filter(RateLimitProperties properties) {
		return new RateLimitFilter(new RedisTokenBuckets(RedisTestSupport.template(this.connection), this.clock,
				properties.redisTimeout()), properties, new RateLimitMetrics(this.registry));
	}

	private RateLimitFilter filter() {
		return filter(properties(List.of(), RedisUnavailable.ALLOW));
	}

	private static ServerWebExchange candidate(HttpMethod method, String path, String subject, String plan) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.method(method, path).remoteAddress(new InetSocketAddress(CLIENT, 40000)));
		exchange.getAttributes().put(AuthenticatedCaller.ATTRIBUTE, new AuthenticatedCaller(subject, plan));
		return exchange;
	}

	private static ServerWebExchange candidate(HttpMethod method, String subject) {
		return candidate(method, "/api/v1/gpt/jobs", subject, null);
	}

	/** Runs the client-address web filter and then the limiter, as the gateway does. */
	private Mono<Void> anonymous(RateLimitFilter filter, List<String> trustedProxies, String remote,
			String... forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/gpt/oauth/authorize")
			.remoteAddress(new InetSocketAddress(remote, 40000));
		for (String value : forwardedFor) {
			request.header("X-Forwarded-For", value);
		}
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		return new ClientAddressWebFilter(new ClientAddressResolver(trustedProxies))
			.filter(exchange, (filtered) -> filter.filter(filtered, this.chain));
	}

	@Test
	void filterWhenBudgetUsedUpThenRateLimitedProblemWithRetryAfter() {
		RateLimitFilter filter = filter();
		for (int i = 0; i < 3; i++) {
			ServerWebExchange exchange = candidate(HttpMethod.GET, "user_a");
			filter.filter(exchange, this.chain).block();
			assertThat(exchange.getResponse().getHeaders().getFirst("X-RateLimit-Remaining"))
				.isEqualTo(Integer.toString(2 - i));
			assertThat(exchange.getResponse().getHeaders().getFirst("X-RateLimit-Limit")).isEqualTo("3");
		}

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> filter.filter(candidate(HttpMethod.GET, "user_a"), this.chain).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
				assertThat(ex.getBody().getProperties()).containsEntry("code", "rate_limited");
				assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("20");
				assertThat(ex.getHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
				assertThat(ex.getHeaders().getFirst("X-RateLimit-Reset")).isEqualTo("60");
			});
		assertThat(this.forwarded).hasValue(3);
		assertThat(decisions("allowed", "read", "subject")).isEqualTo(3);
		assertThat(decisions("rejected", "read", "subject")).isEqualTo(1);
		assertThat(this.registry.find(RateLimitMetrics.REQUESTS).meters())
			.allSatisfy((meter) -> assertThat(meter.getId().getTags()).extracting(io.micrometer.core.instrument.Tag::getKey)
				.containsExactlyInAnyOrder("result", "kind", "identity"));
	}

	private double decisions(String result, String kind, String identity) {
		io.micrometer.core.instrument.Counter counter = this.registry.find(RateLimitMetrics.REQUESTS)
			.tag("result", result)
			.tag("kind", kind)
			.tag("identity", identity)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void filterWhenReadsUsedUpThenWritesStillHaveTheirOwnBudget() {
		RateLimitFilter filter = filter();
		for (int i = 0; i < 3; i++) {
			filter.filter(candidate(HttpMethod.GET, "user_b"), this.chain).block();
		}

		filter.filter(candidate(HttpMethod.POST, "user_b"), this.chain).block();
		filter.filter(candidate(HttpMethod.DELETE, "user_b"), this.chain).block();
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> filter.filter(candidate(HttpMethod.PUT, "user_b"), this.chain).block());
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> filter.filter(candidate(HttpMethod.HEAD, "user_b"), this.chain).block());
		assertThat(this.forwarded).hasValue(5);
	}

	@Test
	void filterWhenOneCandidateUsedUpThenAnotherIsNotAffected() {
		RateLimitFilter filter = filter();
		for (int i = 0; i < 3; i++) {
			filter.filter(candidate(HttpMethod.GET, "user_c"), this.chain).block();
		}

		filter.filter(candidate(HttpMethod.GET, "user_d"), this.chain).block();

		assertThat(this.forwarded).hasValue(4);
	}

	@Test
	void filterWhenPlanClaimThenThatPlansBudgetAndUnknownPlanGetsDefault() {
		RateLimitFilter filter = filter();

		for (int i = 0; i < 5; i++) {
			filter.filter(candidate(HttpMethod.GET, "/api/v1/gpt/jobs", "user_pro", "pro"), this.chain).block();
		}
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> filter
			.filter(candidate(HttpMethod.GET, "/api/v1/gpt/jobs", "user_pro", "pro"), this.chain)
			.block());

		ServerWebExchange unknownPlan = candidate(HttpMethod.GET, "/api/v1/gpt/jobs", "user_gold", "gold");
		filter.filter(unknownPlan, this.chain).block();
		assertThat(unknownPlan.getResponse().getHeaders().getFirst("X-RateLimit-Limit")).isEqualTo("3");
	}

	@Test
	void filterWhenRouteOverrideThenItsOwnBudgetApartFromTheGeneralOne() {
		RateLimitFilter filter = filter();

		filter.filter(candidate(HttpMethod.POST, "/api/v1/gpt/resume/analyze", "user_e", null), this.chain).block();
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> filter
			.filter(candidate(HttpMethod.POST, "/api/v1/gpt/resume/analyze", "user_e", null), this.chain)
			.block());

		// the general write budget (2) is untouched by the override's bucket
		filter.filter(candidate(HttpMethod.POST, "/api/v1/gpt/applications", "user_e", null), this.chain).block();
		filter.filter(candidate(HttpMethod.POST, "/api/v1/gpt/applications", "user_e", null), this.chain).block();
		assertThat(this.forwarded).hasValue(3);
	}

	@Test
	void filterWhenNoTokenThenLimitedPerConnectionAddressIgnoringForwardedForWithoutTrustedProxy() {
		RateLimitFilter filter = filter();

		anonymous(filter, List.of(), "203.0.113.10", "192.0.2.1").block();
		anonymous(filter, List.of(), "203.0.113.10", "192.0.2.2").block();

		// a different X-Forwarded-For does not buy a new budget: only the connection counts
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> anonymous(filter, List.of(), "203.0.113.10", "192.0.2.3").block());
		anonymous(filter, List.of(), "203.0.113.11").block();
		assertThat(this.forwarded).hasValue(3);
		assertThat(decisions("allowed", "read", "ip")).isEqualTo(3);
		assertThat(decisions("rejected", "read", "ip")).isEqualTo(1);
	}

	@Test
	void filterWhenNoTokenBehindTrustedProxyThenLimitedPerForwardedClient() {
		List<String> proxies = List.of("10.0.0.0/8");
		RateLimitFilter filter = filter(properties(proxies, RedisUnavailable.ALLOW));

		anonymous(filter, proxies, "10.1.2.3", "192.0.2.50").block();
		anonymous(filter, proxies, "10.9.9.9", "192.0.2.50").block();
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> anonymous(filter, proxies, "10.1.2.3", "192.0.2.50").block());

		// another client behind the same proxy has its own budget, even if it forges an entry
		anonymous(filter, proxies, "10.1.2.3", "192.0.2.50, 192.0.2.51").block();
		assertThat(this.forwarded).hasValue(3);
	}

	@Test
	void filterWhenRedisDownAndAllowThenRequestPassesWithoutLimitHeaders() {
		LettuceConnectionFactory down = RedisTestSupport.connect(RedisTestSupport.closedPort());
		try {
			RateLimitProperties properties = properties(List.of(), RedisUnavailable.ALLOW);
			RateLimitFilter filter = new RateLimitFilter(
					new RedisTokenBuckets(RedisTestSupport.template(down), this.clock, properties.redisTimeout()),
					properties, new RateLimitMetrics(this.registry));
			ServerWebExchange exchange = candidate(HttpMethod.GET, "user_f");

			filter.filter(exchange, this.chain).block();

			assertThat(this.forwarded).hasValue(1);
			assertThat(exchange.getResponse().getHeaders().containsHeader("X-RateLimit-Limit")).isFalse();
			assertThat(decisions("redis_unavailable", "read", "subject")).isEqualTo(1);
		}
		finally {
			down.destroy();
		}
	}

	@Test
	void filterWhenRedisDownAndRefuseThenServiceUnavailableProblem() {
		LettuceConnectionFactory down = RedisTestSupport.connect(RedisTestSupport.closedPort());
		try {
			RateLimitProperties properties = properties(List.of(), RedisUnavailable.REFUSE);
			RateLimitFilter filter = new RateLimitFilter(
					new RedisTokenBuckets(RedisTestSupport.template(down), this.clock, properties.redisTimeout()),
					properties, new RateLimitMetrics(this.registry));

			assertThatExceptionOfType(ProblemException.class)
				.isThrownBy(() -> filter.filter(candidate(HttpMethod.GET, "user_g"), this.chain).block())
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
					assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("5");
				});
			assertThat(this.forwarded).hasValue(0);
		}
		finally {
			down.destroy();
		}
	}

	@Test
	void bucketForWhenSubjectLooksLikeAnAddressThenKeysStillDiffer() {
		RateLimitFilter filter = filter();

		String byToken = filter.bucketFor(candidate(HttpMethod.GET, "127.0.0.1")).key();
		MockServerWebExchange anonymous = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/gpt/jobs"));
		anonymous.getAttributes().put(ClientAddressWebFilter.ATTRIBUTE, "127.0.0.1");

		assertThat(byToken).isNotEqualTo(filter.bucketFor(anonymous).key()).endsWith(":sub:127.0.0.1:read");
	}

}
