package network.applicant.gpt.gateway.routing;

import java.net.http.HttpResponse;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import network.applicant.gpt.gateway.GatewayTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingIntegrationTests extends GatewayTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/gpt/oauth/authorize", "/api/v1/gpt/oauth/token", "/api/v1/gpt/webhooks/clerk",
			"/api/v1/gpt/connections", "/api/v1/gpt/connections/chatgpt-local",
			"/.well-known/oauth-authorization-server", "/.well-known/jwks.json" })
	void routeWhenOauthPrefixThenOauthService(String path) {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("oauth");
		assertThat(onlyRequest(OAUTH).getUrl()).isEqualTo(path);
		assertThat(ACTIONS.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/gpt/jobs", "/api/v1/gpt/jobs/42", "/api/v1/gpt/applications",
			"/api/v1/gpt/resume/analyze", "/api/v1/gpt/openapi.yaml", "/api/v1/gpt/oauthentic",
			"/api/v1/gpt/webhooksx/y" })
	void routeWhenOtherGptPathThenActionsService(String path) {
		HttpResponse<String> response = get(path, bearer(uniqueCandidate()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("actions");
		assertThat(onlyRequest(ACTIONS).getUrl()).isEqualTo(path);
		assertThat(OAUTH.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void routeWhenQueryStringThenForwardedOnceUnchanged() {
		String pathAndQuery = "/api/v1/gpt/jobs?a=1&b=2";

		get(pathAndQuery, bearer(uniqueCandidate()));

		LoggedRequest received = onlyRequest(ACTIONS);
		assertThat(received.getUrl()).isEqualTo(pathAndQuery);
		assertThat(received.queryParameter("a").values()).containsExactly("1");
		assertThat(received.queryParameter("b").values()).containsExactly("2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/gpt/jobs/a%2Fb%20c+d?keywords=java%20developer+remote&location=S%C3%A3o%20Paulo",
			"/api/v1/gpt/jobs?keywords=c%2B%2B&cursor=abc%3D%3D",
			"/api/v1/gpt/jobs?keywords=a+b&location=x%2520y",
			"/api/v1/gpt/jobs/%7Bid%7D?empty=&flag" })
	void routeWhenPercentEncodedThenForwardedByteIdentical(String pathAndQuery) {
		get(pathAndQuery, bearer(uniqueCandidate()));

		assertThat(onlyRequest(ACTIONS).getUrl()).isEqualTo(pathAndQuery);
	}

	@Test
	void routeWhenOauthStateFullOfSpecialCharactersThenForwardedByteIdentical() {
		String state = "a%2Fb%3Fc%3Dd%26e%23f%25g%2Bh+i%20j%3A%40%21%24%27%28%29%2A%2C%3B~-._";
		String pathAndQuery = "/api/v1/gpt/oauth/authorize?response_type=code&client_id=chatgpt-local"
				+ "&redirect_uri=https%3A%2F%2Fchatgpt.com%2Faip%2Fg-0123456789abcdef0123456789abcdef01234567%2Foauth%2Fcallback"
				+ "&state=" + state + "&scope=jobs%3Aread%20applications%3Aread";

		get(pathAndQuery);

		LoggedRequest received = onlyRequest(OAUTH);
		assertThat(received.getUrl()).isEqualTo(pathAndQuery);
		assertThat(received.queryParameter("state").firstValue()).isEqualTo("a/b?c=d&e#f%g+h i j:@!$'()*,;~-._");
	}

	@Test
	void routeWhenUnreservedQueryThenNotEncoded() {
		// nothing percent-encoded, so the gateway must not add encoding of its own either
		String pathAndQuery = "/api/v1/gpt/jobs?keywords=java&limit=10&cursor=abc.def_ghi-jkl~mno";

		get(pathAndQuery, bearer(uniqueCandidate()));

		assertThat(onlyRequest(ACTIONS).getUrl()).isEqualTo(pathAndQuery);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/nope", "/api/v2/x", "/api/v1/other", "/api/v1/gptx", "/", "/.well-knownx" })
	void routeWhenUnknownPathThenNotFoundProblem(String path) {
		HttpResponse<String> response = get(path + "?code=secret");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		Map<String, Object> problem = json(response.body());
		assertThat(problem).containsEntry("status", 404)
			.containsEntry("code", "not_found")
			.containsEntry("type", "https://applicant.network/problems/not_found")
			.containsEntry("instance", path)
			.containsEntry("request_id", response.headers().firstValue("X-Request-Id").orElseThrow())
			.containsKeys("title", "detail");
		assertThat(response.body()).doesNotContain("trace", "Exception", "secret");
		assertThat(OAUTH.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		assertThat(ACTIONS.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void routeWhenBackendAnswersErrorThenPassedThroughUnchanged() {
		ACTIONS.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/gpt/jobs/404")
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
				.withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"code\":\"job_not_found\"}")));

		HttpResponse<String> response = get("/api/v1/gpt/jobs/404", bearer(uniqueCandidate()));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo("{\"code\":\"job_not_found\"}");
	}

}
