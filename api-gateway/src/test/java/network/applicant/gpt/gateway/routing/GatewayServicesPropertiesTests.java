package network.applicant.gpt.gateway.routing;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GatewayServicesPropertiesTests {

	private static final URI ACTIONS = URI.create("http://gpt-actions-service:8082");

	@Test
	void createWhenAbsoluteHttpUrisThenAccepted() {
		GatewayServicesProperties properties = new GatewayServicesProperties(URI.create("https://oauth.internal/"),
				ACTIONS);

		assertThat(properties.actionsUri()).isEqualTo(ACTIONS);
	}

	@Test
	void createWhenOauthUriMissingThenMessageNamesKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GatewayServicesProperties(null, ACTIONS))
			.withMessageStartingWith("applicant.gateway.services.oauth-uri is not set");
	}

	@Test
	void createWhenActionsUriMissingThenMessageNamesKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GatewayServicesProperties(URI.create("http://oauth:8081"), null))
			.withMessageStartingWith("applicant.gateway.services.actions-uri is not set");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/relative", "oauth:8081", "ftp://oauth:21", "http:///no-host", "127.0.0.1" })
	void createWhenNotAbsoluteHttpThenMessageNamesKey(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GatewayServicesProperties(URI.create(value), ACTIONS))
			.withMessageStartingWith("applicant.gateway.services.oauth-uri must be an absolute http or https URL");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://oauth:8081/base", "http://oauth:8081?x=1", "http://oauth:8081#f" })
	void createWhenPathQueryOrFragmentThenRefused(String value) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GatewayServicesProperties(URI.create(value), ACTIONS))
			.withMessageStartingWith("applicant.gateway.services.oauth-uri must be a base URL");
	}

	@Test
	void createWhenUserInfoThenRefusedWithoutEchoingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GatewayServicesProperties(URI.create("http://user:hunter2@oauth:8081"), ACTIONS))
			.withMessageStartingWith("applicant.gateway.services.oauth-uri must not carry user info")
			.withMessageNotContaining("hunter2");
	}

}
