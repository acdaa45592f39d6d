package network.applicant.gpt.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The one gateway context the integration tests share: the real gateway on a random port,
 * real Redis, and the oauth and actions services played by WireMock on dynamic ports.
 *
 * <p>Requests are sent with the JDK's HTTP client, which puts the path and query of a
 * {@link URI} on the wire exactly as written, so tests control every byte.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "applicant.internal.service-key=" + GatewayTestSupport.SERVICE_KEY,
				"applicant.gateway.stripped-headers=x-legacy-user-id,X-Debug-Impersonate" })
public abstract class GatewayTestSupport {

	/** The internal service key of the test context; no test output may contain it. */
	public static final String SERVICE_KEY = "test-internal-service-key-0123456789abcdef";

	protected static final WireMockServer OAUTH = startBackend();

	protected static final WireMockServer ACTIONS = startBackend();

	protected static final HttpClient HTTP = HttpClient.newHttpClient();

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("applicant.gateway.services.oauth-uri", OAUTH::baseUrl);
		registry.add("applicant.gateway.services.actions-uri", ACTIONS::baseUrl);
	}

	private static WireMockServer startBackend() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		return server;
	}

	@BeforeEach
	void resetBackends() {
		for (WireMockServer backend : List.of(OAUTH, ACTIONS)) {
			backend.resetAll();
			String name = (backend == OAUTH) ? "oauth" : "actions";
			backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/plain")
				.withBody(name)));
		}
	}

	/**
	 * Sends a GET to the gateway.
	 * @param pathAndQuery the raw path and query, sent byte for byte
	 * @param headers name, value, name, value, ...
	 * @return the response
	 */
	protected HttpResponse<String> get(String pathAndQuery, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param backend a WireMock backend
	 * @return the only request it received
	 */
	protected static LoggedRequest onlyRequest(WireMockServer backend) {
		List<LoggedRequest> requests = backend.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.anyRequestedFor(anyUrl()));
		if (requests.size() != 1) {
			throw new AssertionError("expected one request at the backend, got " + requests.size());
		}
		return requests.get(0);
	}

	/**
	 * @param body a JSON object
	 * @return its members
	 */
	@SuppressWarnings("unchecked")
	protected static Map<String, Object> json(String body) {
		return JSON.readValue(body, Map.class);
	}

}
