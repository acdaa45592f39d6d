package network.applicant.gpt.gateway.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIntegrationTests extends GatewayTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthWhenRedisUpThenUpWithoutDetails(String path) {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response.body())).containsEntry("status", "UP").doesNotContainKeys("components", "details");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/info", "/actuator/gateway/routes",
			"/actuator/beans", "/actuator/configprops" })
	void actuatorWhenNotHealthThenNotFoundProblem(String path) {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response.body())).containsEntry("code", "not_found");
	}

	@Test
	void healthWhenComponentRequestedThenNotShown() {
		HttpResponse<String> response = get("/actuator/health/redis");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("UP", "version", "6379");
	}

}
