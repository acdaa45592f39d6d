package network.applicant.gpt.gateway.devsignin;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import network.applicant.gpt.gateway.ApiGatewayApplication;
import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The dev sign-in must never run in production: the gateway refuses to start.
 */
class DevSignInProdProfileTests {

	@Test
	void startWhenDevSignInEnabledUnderProdProfileThenFailsNamingKey() {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ApiGatewayApplication.class)
			.profiles("prod")
			.properties("server.port=0", "spring.main.banner-mode=off",
					"applicant.internal.service-key=" + GatewayTestSupport.SERVICE_KEY,
					"applicant.gateway.services.oauth-uri=http://127.0.0.1:1",
					"applicant.gateway.services.actions-uri=http://127.0.0.1:2",
					"applicant.tokens.issuer=http://localhost:8080",
					"applicant.tokens.audience=http://localhost:8080/api/v1/gpt",
					"applicant.tokens.jwks-uri=http://127.0.0.1:1/jwks.json",
					"applicant.gateway.clerk.issuer=http://localhost:8080/dev/clerk",
					"applicant.gateway.clerk.jwks-uri=http://127.0.0.1:1/jwks.json")
			// an argument, because application.yml's enabled: false outranks default properties
			.run("--applicant.gateway.dev-sign-in.enabled=true")
			.close());

		assertThat(failure).isNotNull();
		StringBuilder messages = new StringBuilder();
		for (Throwable current = failure; current != null; current = current.getCause()) {
			messages.append(current.getMessage()).append('\n');
		}
		assertThat(messages.toString())
			.contains("applicant.gateway.dev-sign-in.enabled is true while the prod profile is active");
	}

}
