package network.applicant.gpt.gateway.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;

import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIntegrationTests extends GatewayTestSupport {

	@Autowired
	HealthEndpointGroups groups;

	@Autowired
	ReactiveHealthContributorRegistry contributors;

	@Test
	void redisContributorThenChecksTheRealRedis() {
		ReactiveHealthIndicator redis = (ReactiveHealthIndicator) this.contributors.getContributor("redis");

		assertThat(redis.health().block().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void readinessThenIncludesRedisAndLivenessDoesNot() {
		assertThat(this.groups.get("readiness").isMember("redis")).isTrue();
		assertThat(this.groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(this.groups.get("liveness").isMember("redis")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthWhenRedisUpThenUpWithoutDetailsOnManagementPort(String path) {
		HttpResponse<String> response = getManagement(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response.body())).containsEntry("status", "UP").doesNotContainKeys("components", "details");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/livez", "/readyz" })
	void probesOnPublicPortWhenRedisUpThenUpWithoutDetails(String path) {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response.body())).containsEntry("status", "UP").doesNotContainKeys("components", "details");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/info", "/actuator/gateway/routes",
			"/actuator/beans", "/actuator/configprops", "/actuator/prometheus", "/actuator/health",
			"/actuator/health/readiness", "/actuator/metrics" })
	void actuatorOnPublicPortThenNotFoundProblem(String path) {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response.body())).containsEntry("code", "not_found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/info", "/actuator/gateway/routes", "/actuator/beans",
			"/actuator/configprops", "/actuator/metrics" })
	void actuatorOnManagementPortWhenNotHealthOrPrometheusThenNotFound(String path) {
		assertThat(getManagement(path).statusCode()).isEqualTo(404);
	}

	@Test
	void healthWhenComponentRequestedThenNotShown() {
		HttpResponse<String> response = getManagement("/actuator/health/redis");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("UP", "version", "6379");
	}

}
