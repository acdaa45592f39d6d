package network.applicant.gpt.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.gateway.ratelimit.RateLimitProperties.Budget;
import network.applicant.gpt.gateway.ratelimit.RateLimitProperties.RedisUnavailable;
import network.applicant.gpt.gateway.ratelimit.RateLimitProperties.RouteOverride;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitPropertiesTests {

	private static RateLimitProperties create(String defaultPlan, Map<String, Budget> plans,
			List<RouteOverride> routes, List<String> proxies, Duration period) {
		return new RateLimitProperties(true, "p", period, defaultPlan, plans, new Budget(60, 20), routes, proxies,
				RedisUnavailable.ALLOW, Duration.ofMillis(250));
	}

	@Test
	void createWhenNoPlansThenDefaultPlanHas30ReadsAnd10Writes() {
		RateLimitProperties properties = create("default", Map.of(), List.of(), List.of(), Duration.ofMinutes(1));

		assertThat(properties.plans()).containsEntry("default", new Budget(30, 10));
		assertThat(properties.planOf(null)).isEqualTo("default");
		assertThat(properties.planOf("unknown")).isEqualTo("default");
	}

	@Test
	void createWhenDefaultPlanNotAmongPlansThenMessageNamesKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create("free", Map.of("pro", new Budget(1, 1)), List.of(), List.of(),
					Duration.ofMinutes(1)))
			.withMessageStartingWith("applicant.gateway.rate-limit.default-plan 'free' is not one of");
	}

	@Test
	void createWhenRouteNamesUnknownPlanThenMessageNamesKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create("default", Map.of("default", new Budget(1, 1)),
					List.of(new RouteOverride("/api/**", Map.of("gold", new Budget(1, 1)), null)), List.of(),
					Duration.ofMinutes(1)))
			.withMessageStartingWith("applicant.gateway.rate-limit.routes[0].plans names plan 'gold'");
	}

	@Test
	void createWhenBadPathPatternThenMessageNamesKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create("default", Map.of(), List.of(new RouteOverride("/api/{", Map.of(), null)),
					List.of(), Duration.ofMinutes(1)))
			.withMessageStartingWith("applicant.gateway.rate-limit.routes[0].path");
	}

	@Test
	void createWhenTrustedProxyNotAnAddressThenMessageNamesKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create("default", Map.of(), List.of(), List.of("10.0.0.0/8", "lb.internal"),
					Duration.ofMinutes(1)))
			.withMessageStartingWith("applicant.gateway.rate-limit.trusted-proxies[1]");
	}

	@Test
	void createWhenPeriodTooShortThenMessageNamesKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create("default", Map.of(), List.of(), List.of(), Duration.ofMillis(10)))
			.withMessageStartingWith("applicant.gateway.rate-limit.period");
	}

}
