package network.applicant.gpt.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Wires the Redis token buckets, the client-address resolution and the limiting filter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	@Bean
	RedisTokenBuckets redisTokenBuckets(ReactiveStringRedisTemplate redis, RateLimitProperties properties) {
		// null clock: the Redis server's TIME, one clock for every replica
		return new RedisTokenBuckets(redis, null, properties.redisTimeout());
	}

	@Bean
	ClientAddressWebFilter clientAddressWebFilter(RateLimitProperties properties) {
		return new ClientAddressWebFilter(new ClientAddressResolver(properties.trustedProxies()));
	}

	@Bean
	RateLimitFilter rateLimitFilter(RedisTokenBuckets buckets, RateLimitProperties properties,
			MeterRegistry registry) {
		return new RateLimitFilter(buckets, properties, new RateLimitMetrics(registry));
	}

}
