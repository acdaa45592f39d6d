package network.applicant.gpt.gateway.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * The rate limits: budgets per plan for candidates with a verified access token, a budget
 * per client address for everyone else, and per-route overrides.
 *
 * <p>A budget is a number of reads ({@code GET}, {@code HEAD}) and a number of writes
 * (every other method) per {@code period}, kept as two token buckets that refill
 * continuously: a candidate who used up the budget gets one more request every
 * {@code period / budget}.
 *
 * @param enabled whether requests are limited at all
 * @param keyPrefix prefix of every Redis key the limiter writes
 * @param period the time in which a full budget is used up and refilled
 * @param defaultPlan the plan of tokens without a {@code plan} claim, or with one not in {@code plans}
 * @param plans budget per plan name; when empty, the default plan gets 30 reads and 10 writes
 * @param anonymous the budget per client address for requests without a valid access token
 * @param routes overrides for some paths, first match wins; a matching request is counted in
 * a bucket of its own (per path pattern), not in the general one
 * @param trustedProxies addresses or CIDR ranges of proxies in front of the gateway whose
 * {@code X-Forwarded-For} is believed; empty means the connection's address is the client
 * @param whenRedisUnavailable what happens to a request when Redis cannot answer in time:
 * {@code allow} (fail open, the default) or {@code refuse} (503)
 * @param redisTimeout how long one limiter call to Redis may take before Redis counts as unavailable
 */
@Validated
@ConfigurationProperties(RateLimitProperties.PREFIX)
record RateLimitProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("applicant:gateway:rate-limit") @NotBlank String keyPrefix,
		@DefaultValue("1m") @NotNull Duration period, @DefaultValue("default") @NotBlank String defaultPlan,
		@DefaultValue @NotNull Map<String, @Valid @NotNull Budget> plans, @DefaultValue @Valid @NotNull Budget anonymous,
		@DefaultValue @NotNull List<@Valid @NotNull RouteOverride> routes,
		@DefaultValue @NotNull List<@NotNull String> trustedProxies,
		@DefaultValue("allow") @NotNull RedisUnavailable whenRedisUnavailable,
		@DefaultValue("250ms") @NotNull Duration redisTimeout) {

	static final String PREFIX = "applicant.gateway.rate-limit";

	RateLimitProperties {
		if (period != null && (period.compareTo(Duration.ofSeconds(1)) < 0 || period.compareTo(Duration.ofDays(1)) > 0)) {
			throw new IllegalArgumentException(PREFIX + ".period must be between 1s and 1d");
		}
		if (redisTimeout != null && (redisTimeout.isNegative() || redisTimeout.isZero())) {
			throw new IllegalArgumentException(PREFIX + ".redis-timeout must be positive");
		}
		if (plans != null && defaultPlan != null) {
			if (plans.isEmpty()) {
				plans = Map.of(defaultPlan, Budget.DEFAULT);
			}
			else if (!plans.containsKey(defaultPlan)) {
				throw new IllegalArgumentException(PREFIX + ".default-plan '" + defaultPlan + "' is not one of "
						+ PREFIX + ".plans " + plans.keySet());
			}
			plans = Map.copyOf(new LinkedHashMap<>(plans));
		}
		if (routes != null) {
			for (int i = 0; i < routes.size(); i++) {
				RouteOverride route = routes.get(i);
				String key = PREFIX + ".routes[" + i + "]";
				if (route == null) {
					continue;
				}
				try {
					PathPatternParser.defaultInstance.parse(route.path());
				}
				catch (PatternParseException ex) {
					throw new IllegalArgumentException(key + ".path is not a valid path pattern: '" + route.path() + "'");
				}
				if (plans != null) {
					for (String plan : route.plans().keySet()) {
						if (!plans.containsKey(plan)) {
							throw new IllegalArgumentException(key + ".plans names plan '" + plan + "', which is not one"
									+ " of " + PREFIX + ".plans " + plans.keySet());
						}
					}
				}
			}
			routes = List.copyOf(routes);
		}
		if (trustedProxies != null) {
			for (int i = 0; i < trustedProxies.size(); i++) {
				try {
					IpRange.parse(trustedProxies.get(i));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException(PREFIX + ".trusted-proxies[" + i + "] must be an IP address or"
							+ " CIDR range, for example 10.0.0.0/8, but was '" + trustedProxies.get(i) + "'");
				}
			}
			trustedProxies = List.copyOf(trustedProxies);
		}
	}

	/**
	 * @param plan a token's {@code plan} claim, or {@code null}
	 * @return the name of the plan whose budget applies
	 */
	String planOf(@Nullable String plan) {
		return (plan != null && this.plans.containsKey(plan)) ? plan : this.defaultPlan;
	}

	/**
	 * A budget per {@link RateLimitProperties#period()}.
	 *
	 * @param reads how many {@code GET}/{@code HEAD} requests
	 * @param writes how many requests with any other method
	 */
	record Budget(@DefaultValue("30") @Min(1) @Max(1_000_000) int reads,
			@DefaultValue("10") @Min(1) @Max(1_000_000) int writes) {

		static final Budget DEFAULT = new Budget(30, 10);

		/**
		 * @param read whether the request is a read
		 * @return the budget for that kind of request
		 */
		int forRequest(boolean read) {
			return read ? this.reads : this.writes;
		}

	}

	/**
	 * Other budgets for the requests to some paths.
	 *
	 * @param path a path pattern, for example {@code /api/v1/gpt/resume/analyze} or {@code /api/v1/gpt/oauth/**}
	 * @param plans budgets per plan name for candidates; plans not listed use the general budget
	 * @param anonymous the budget per client address for requests without a valid token; when
	 * unset, those use the general anonymous budget
	 */
	record RouteOverride(@NotBlank String path, @DefaultValue @NotNull Map<String, @Valid @NotNull Budget> plans,
			@Valid @Nullable Budget anonymous) {

	}

	/** What to do with a request while Redis cannot be asked. */
	enum RedisUnavailable {

		/** Fail open: let it through, unlimited. */
		ALLOW,
		/** Fail closed: answer 503. */
		REFUSE

	}

}
