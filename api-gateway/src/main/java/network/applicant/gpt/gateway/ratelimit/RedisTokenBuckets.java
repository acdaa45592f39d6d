package network.applicant.gpt.gateway.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Token buckets in Redis, one per key, each taken from by a single Lua script call so that
 * any number of gateway replicas and concurrent requests share one exact budget.
 *
 * <p>Not a fixed window: a bucket holds at most its capacity and refills continuously
 * ({@code capacity} tokens per period), so a caller who used everything gets one request
 * back every {@code period / capacity} instead of a burst at a window edge.
 *
 * <p>Time comes from the Redis server ({@code TIME}), one clock for all replicas, unless
 * a {@link Clock} is given (tests pass a fixed one and never sleep). A Redis error or a
 * call slower than the timeout yields {@link Outcome#UNAVAILABLE}; the caller decides what
 * that means. Thread-safe.
 *
 * <pre>{@code
 * buckets.take("applicant:gateway:rate-limit:all:sub:user_1:r", 30, Duration.ofMinutes(1))
 *     .map(Decision::outcome);   // ALLOWED, LIMITED or UNAVAILABLE
 * }</pre>
 */
final class RedisTokenBuckets {

	private static final Logger log = LoggerFactory.getLogger(RedisTokenBuckets.class);

	/*
	 * Read once, as text: a script made from a classpath Resource asks on every call whether
	 * the file changed, and inside a jar that check throws (and fills in) an exception per
	 * request.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final RedisScript<List<Long>> SCRIPT = (RedisScript) RedisScript.of(script(), List.class);

	private final ReactiveStringRedisTemplate redis;

	private final @Nullable Clock clock;

	private final Duration timeout;

	/**
	 * @param redis the Redis connection
	 * @param clock the time to use, or {@code null} for the Redis server's clock
	 * @param timeout how long one call may take before Redis counts as unavailable
	 */
	RedisTokenBuckets(ReactiveStringRedisTemplate redis, @Nullable Clock clock, Duration timeout) {
		this.redis = redis;
		this.clock = clock;
		this.timeout = timeout;
	}

	private static String script() {
		try (InputStream in = new ClassPathResource("ratelimit/token-bucket.lua").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("ratelimit/token-bucket.lua is missing from the classpath", ex);
		}
	}

	/**
	 * Takes one token from a bucket.
	 * @param key the bucket's Redis key
	 * @param capacity the budget per period, at least 1
	 * @param period the refill period
	 * @return the decision; never an error
	 */
	Mono<Decision> take(String key, int capacity, Duration period) {
		List<String> args = List.of(Integer.toString(capacity), Long.toString(period.toMillis()),
				Long.toString((this.clock != null) ? this.clock.millis() : -1));
		return this.redis.execute(SCRIPT, List.of(key), args)
			.reduce(new ArrayList<Long>(), (all, part) -> {
				all.addAll(part);
				return all;
			})
			.timeout(this.timeout)
			.map((result) -> new Decision((result.get(0) == 1L) ? Outcome.ALLOWED : Outcome.LIMITED, capacity,
					result.get(1), Duration.ofMillis(result.get(2)), Duration.ofMillis(result.get(3))))
			.onErrorResume((ex) -> {
				log.atWarn()
					.addKeyValue("error_type", ex.getClass().getName())
					.setMessage("Rate limiter could not reach Redis")
					.log();
				return Mono.just(Decision.UNAVAILABLE);
			});
	}

	/** What became of one request. */
	enum Outcome {

		/** A token was taken. */
		ALLOWED,
		/** The bucket is empty. */
		LIMITED,
		/** Redis did not answer (in time). */
		UNAVAILABLE

	}

	/**
	 * @param outcome what became of the request
	 * @param limit the bucket's capacity
	 * @param remaining whole tokens left after this request
	 * @param retryAfter when {@link Outcome#LIMITED}, how long until one token is back
	 * @param reset how long until the bucket is full again
	 */
	record Decision(Outcome outcome, long limit, long remaining, Duration retryAfter, Duration reset) {

		static final Decision UNAVAILABLE = new Decision(Outcome.UNAVAILABLE, 0, 0, Duration.ZERO, Duration.ZERO);

	}

}
