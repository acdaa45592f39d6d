package network.applicant.gpt.gateway.ratelimit;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.lettuce.core.resource.ClientResources;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import network.applicant.gpt.gateway.GatewayTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits through the real gateway and the real Redis (whose clock the limiter uses).
 * The test context's budgets are per hour, so that the refill (one token every two
 * minutes for 30 per hour) never lets an extra request in while a test runs: plan
 * {@code default} 30 reads / 10 writes, plan {@code tiny} 3 / 2, and for requests without a
 * token to {@code /api/v1/gpt/oauth/token} 3 / 2 per client address; 127.0.0.1 is a trusted
 * proxy, so {@code X-Forwarded-For} picks the client.
 */
class RateLimitIntegrationTests extends GatewayTestSupport {

	private HttpResponse<String> post(String path, String... headers) {
		return send("POST", path, HttpRequest.BodyPublishers.ofString("x=1"), headers);
	}

	@Test
	void actionsWhenDefaultReadBudgetUsedUpThenRateLimitedProblem() {
		String[] bearer = bearer(uniqueCandidate());
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> allowed = get("/api/v1/gpt/jobs", bearer);
			assertThat(allowed.statusCode()).isEqualTo(200);
			assertThat(allowed.headers().firstValue("X-RateLimit-Limit")).hasValue("30");
		}

		HttpResponse<String> limited = get("/api/v1/gpt/jobs", bearer);

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(90L, 120L);
		assertThat(limited.headers().firstValue("X-RateLimit-Limit")).hasValue("30");
		assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
		assertThat(limited.headers().firstValue("X-RateLimit-Reset")).isPresent();
		Map<String, Object> problem = json(limited.body());
		assertThat(problem).containsEntry("status", 429)
			.containsEntry("code", "rate_limited")
			.containsEntry("request_id", limited.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(ACTIONS.findAll(anyRequestedFor(anyUrl()))).hasSize(30);

		// writes have a budget of their own
		assertThat(post("/api/v1/gpt/applications", bearer).statusCode()).isEqualTo(200);
		// another candidate is not affected
		assertThat(get("/api/v1/gpt/jobs", bearer(uniqueCandidate())).statusCode()).isEqualTo(200);
	}

	@Test
	void actionsWhenPlanClaimThenThatPlansBudget() {
		String[] tiny = { "Authorization",
				"Bearer " + accessTokenBuilder(uniqueCandidate()).claim("plan", "tiny").build() };

		for (int i = 0; i < 2; i++) {
			assertThat(post("/api/v1/gpt/applications", tiny).headers().firstValue("X-RateLimit-Limit")).hasValue("2");
		}

		HttpResponse<String> limited = post("/api/v1/gpt/applications", tiny);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("1800");
	}

	@Test
	void actionsWhenRouteOverrideThenItsBudget() {
		String[] bearer = bearer(uniqueCandidate());

		assertThat(post("/api/v1/gpt/resume/analyze", bearer).statusCode()).isEqualTo(200);
		assertThat(post("/api/v1/gpt/resume/analyze", bearer).statusCode()).isEqualTo(429);
		assertThat(post("/api/v1/gpt/applications", bearer).statusCode()).isEqualTo(200);
	}

	@Test
	void tokenEndpointWithoutAccessTokenThenLimitedPerForwardedClientAddress() {
		String client = "192.0.2." + (1 + (int) (Math.random() * 250));
		String otherClient = "2001:db8::" + Integer.toHexString((int) (Math.random() * 65000));

		assertThat(post("/api/v1/gpt/oauth/token", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
		assertThat(post("/api/v1/gpt/oauth/token", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
		HttpResponse<String> limited = post("/api/v1/gpt/oauth/token", "X-Forwarded-For", client);

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(json(limited.body())).containsEntry("code", "rate_limited");
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("1800");
		assertThat(post("/api/v1/gpt/oauth/token", "X-Forwarded-For", otherClient).statusCode()).isEqualTo(200);
		assertThat(OAUTH.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
		// the forwarded header itself never reaches the service
		assertThat(OAUTH.findAll(anyRequestedFor(anyUrl())).get(0).containsHeader("X-Forwarded-For")).isFalse();
	}

	@Test
	void redisCommandsAreNotTracedOneByOne(@Autowired ClientResources redisClientResources) {
		// one span per limiter call would cost every request, and Lettuce's tracing throws when
		// the limiter's timeout cancels a command
		assertThat(redisClientResources.tracing().isEnabled()).isFalse();
	}

}
