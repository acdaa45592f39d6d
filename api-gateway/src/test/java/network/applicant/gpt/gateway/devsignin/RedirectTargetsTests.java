package network.applicant.gpt.gateway.devsignin;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedirectTargetsTests {

	private final RedirectTargets targets = new RedirectTargets(URI.create("http://localhost:8080"));

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/gpt/oauth/authorize?client_id=chatgpt-local&state=a%2Fb", "/",
			"http://localhost:8080/api/v1/gpt/oauth/authorize?x=1", "HTTP://LOCALHOST:8080/x", "http://localhost:8080" })
	void checkWhenOnTheGatewaysOriginThenAllowed(String target) {
		assertThat(this.targets.check(target)).hasValue(target);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example/", "///evil.example", "/\\evil.example",
			"\\\\evil.example", "http://localhost:8080@evil.example/", "http://user@localhost:8080/",
			"https://localhost:8080/", "http://localhost/", "http://localhost:80/", "javascript:alert(1)",
			"data:text/html,x", "relative/path", "/x\ny", " /x", "http://localhost:8080.evil.example/" })
	void checkWhenAnywhereElseThenRefused(String target) {
		assertThat(this.targets.check(target)).isEmpty();
	}

}
