package network.applicant.gpt.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import network.applicant.gpt.gateway.ratelimit.RedisTokenBuckets.Decision;
import network.applicant.gpt.gateway.ratelimit.RedisTokenBuckets.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lua token bucket against the real Redis, with a clock the tests move.
 */
class RedisTokenBucketsTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final LettuceConnectionFactory first = RedisTestSupport.connect(6379);

	private final LettuceConnectionFactory second = RedisTestSupport.connect(6379);

	private final RedisTestSupport.TestClock clock = new RedisTestSupport.TestClock();

	private final String key = RedisTestSupport.uniquePrefix() + ":bucket";

	@AfterEach
	void close() {
		RedisTestSupport.template(this.first).delete(this.key).block();
		this.first.destroy();
		this.second.destroy();
	}

	private RedisTokenBuckets buckets(LettuceConnectionFactory factory) {
		return new RedisTokenBuckets(RedisTestSupport.template(factory), this.clock, Duration.ofSeconds(2));
	}

	@Test
	void takeWhenBudgetUsedUpThenLimitedWithRetryAfter() {
		RedisTokenBuckets buckets = buckets(this.first);

		List<Decision> decisions = IntStream.range(0, 4).mapToObj((i) -> buckets.take(this.key, 3, MINUTE).block()).toList();

		assertThat(decisions).extracting(Decision::outcome)
			.containsExactly(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.LIMITED);
		assertThat(decisions).extracting(Decision::remaining).containsExactly(2L, 1L, 0L, 0L);
		// one token comes back every 20 s; the bucket is full again after a minute
		assertThat(decisions.get(3).retryAfter()).isEqualTo(Duration.ofSeconds(20));
		assertThat(decisions.get(3).reset()).isEqualTo(MINUTE);
		assertThat(decisions.get(3).limit()).isEqualTo(3);
	}

	@Test
	void takeWhenTimePassesThenRefilledContinuouslyUpToCapacity() {
		RedisTokenBuckets buckets = buckets(this.first);
		for (int i = 0; i < 3; i++) {
			buckets.take(this.key, 3, MINUTE).block();
		}

		this.clock.advance(Duration.ofSeconds(19));
		assertThat(buckets.take(this.key, 3, MINUTE).block().outcome()).isEqualTo(Outcome.LIMITED);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(buckets.take(this.key, 3, MINUTE).block().outcome()).isEqualTo(Outcome.ALLOWED);

		this.clock.advance(Duration.ofHours(1));
		assertThat(buckets.take(this.key, 3, MINUTE).block().remaining()).isEqualTo(2);
	}

	@Test
	void takeWhenTwoInstancesOnSeparateConnectionsRaceThenExactlyTheBudgetIsAdmitted() {
		RedisTokenBuckets one = buckets(this.first);
		RedisTokenBuckets two = buckets(this.second);

		List<Decision> decisions = Flux.range(0, 200)
			.flatMap((i) -> ((i % 2 == 0) ? one : two).take(this.key, 25, MINUTE).subscribeOn(Schedulers.parallel()),
					64)
			.collectList()
			.block();

		assertThat(decisions).hasSize(200);
		assertThat(decisions).filteredOn((decision) -> decision.outcome() == Outcome.ALLOWED).hasSize(25);
		assertThat(decisions).filteredOn((decision) -> decision.outcome() == Outcome.LIMITED).hasSize(175);
	}

	@Test
	void takeWithRedisClockThenBudgetHolds() {
		RedisTokenBuckets buckets = new RedisTokenBuckets(RedisTestSupport.template(this.first), null,
				Duration.ofSeconds(2));

		// with Redis TIME the refill is real but tiny: 2 per day never adds a token within the test
		assertThat(buckets.take(this.key, 2, Duration.ofDays(1)).block().outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(buckets.take(this.key, 2, Duration.ofDays(1)).block().outcome()).isEqualTo(Outcome.ALLOWED);
		assertThat(buckets.take(this.key, 2, Duration.ofDays(1)).block().outcome()).isEqualTo(Outcome.LIMITED);
	}

	@Test
	void takeWhenRedisDownThenUnavailableNotError() {
		LettuceConnectionFactory down = RedisTestSupport.connect(RedisTestSupport.closedPort());
		try {
			RedisTokenBuckets buckets = new RedisTokenBuckets(RedisTestSupport.template(down), this.clock,
					Duration.ofSeconds(2));

			assertThat(buckets.take(this.key, 3, MINUTE).block()).isEqualTo(Decision.UNAVAILABLE);
		}
		finally {
			down.destroy();
		}
	}

}
