package network.applicant.gpt.gateway.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Connections to the real Redis (or to a port nobody listens on), a clock tests move by
 * hand, and unique key prefixes.
 */
final class RedisTestSupport {

	private RedisTestSupport() {
	}

	/**
	 * @param port the Redis port
	 * @return a started connection factory of its own; destroy it afterwards
	 */
	static LettuceConnectionFactory connect(int port) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	static ReactiveStringRedisTemplate template(LettuceConnectionFactory factory) {
		return new ReactiveStringRedisTemplate(factory);
	}

	/** @return a key prefix no other test uses */
	static String uniquePrefix() {
		return "test:rate-limit:" + UUID.randomUUID();
	}

	/** @return a port nobody listens on */
	static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A clock that stands still until a test moves it. */
	static final class TestClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

		void advance(java.time.Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

}
