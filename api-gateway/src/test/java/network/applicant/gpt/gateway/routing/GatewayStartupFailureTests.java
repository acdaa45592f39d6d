package network.applicant.gpt.gateway.routing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import network.applicant.gpt.gateway.ApiGatewayApplication;
import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Starts the real application with a bad service URL and checks that it refuses to start
 * with a message that names the key, and never prints the internal service key.
 */
@ExtendWith(OutputCaptureExtension.class)
class GatewayStartupFailureTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "MISSING", value = {
			"oauth-uri   | MISSING              | applicant.gateway.services.oauth-uri",
			"oauth-uri   | /api                 | applicant.gateway.services.oauth-uri",
			"oauth-uri   | ftp://oauth:21       | applicant.gateway.services.oauth-uri",
			"actions-uri | MISSING              | applicant.gateway.services.actions-uri",
			"actions-uri | gpt-actions:8082     | applicant.gateway.services.actions-uri",
			"actions-uri | http://actions/v1    | applicant.gateway.services.actions-uri" })
	void startWhenServiceUriMissingOrNotAbsoluteThenFailsNamingKey(String key, String value, String expectedKey,
			CapturedOutput output) {
		List<String> properties = new ArrayList<>(List.of("server.port=0", "management.server.port=0", "spring.main.banner-mode=off",
				"applicant.internal.service-key=" + GatewayTestSupport.SERVICE_KEY,
				"applicant.gateway.services.oauth-uri=http://127.0.0.1:1",
				"applicant.gateway.services.actions-uri=http://127.0.0.1:2", "applicant.tokens.issuer=http://localhost:8080",
				"applicant.tokens.audience=http://localhost:8080/api/v1/gpt",
				"applicant.tokens.jwks-uri=http://127.0.0.1:1/jwks.json",
				"applicant.gateway.clerk.issuer=http://localhost:8080/dev/clerk",
				"applicant.gateway.clerk.jwks-uri=http://127.0.0.1:1/jwks.json"));
		properties.removeIf((property) -> property.startsWith("applicant.gateway.services." + key + "="));
		if (value != null) {
			properties.add("applicant.gateway.services." + key + "=" + value);
		}

		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ApiGatewayApplication.class)
			.properties(properties.toArray(String[]::new))
			.run()
			.close());

		assertThat(failure).isNotNull();
		assertThat(messages(failure)).contains(expectedKey);
		assertThat(output.getAll()).contains(expectedKey).doesNotContain(GatewayTestSupport.SERVICE_KEY);
	}

	private static String messages(Throwable failure) {
		StringBuilder all = new StringBuilder();
		for (Throwable current = failure; current != null; current = current.getCause()) {
			all.append(current.getMessage()).append('\n');
		}
		return all.toString();
	}

}
