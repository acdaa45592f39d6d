package network.applicant.gpt.actions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIntegrationTests extends ActionsIntegrationTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	HealthEndpointGroups groups;

	@Autowired
	HealthContributorRegistry contributors;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void healthWhenDatabaseAndBrokerRunThenUp() throws Exception {
		assertThat(get("/actuator/health")).isEqualTo(200);
	}

	@Test
	void probesWhenStartedThenLiveAndReady() throws Exception {
		assertThat(get("/actuator/health/liveness")).isEqualTo(200);
		assertThat(get("/actuator/health/readiness")).isEqualTo(200);
	}

	@Test
	void readinessGroupIncludesDatabaseAndBroker() {
		assertThat(this.contributors.getContributor("db")).isNotNull();
		assertThat(this.contributors.getContributor("rabbit")).isNotNull();
		assertThat(this.groups.get("readiness").isMember("db")).isTrue();
		assertThat(this.groups.get("readiness").isMember("rabbit")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).isFalse();
	}

	private int get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 200) {
			assertThat(response.body()).contains("\"status\":\"UP\"");
		}
		return response.statusCode();
	}

}
