package network.applicant.gpt.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import network.applicant.gpt.config.testing.TestSigningKey;

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
		properties = { "applicant.internal.service-key=" + GatewayTestSupport.SERVICE_KEY, "management.server.port=0",
				"management.tracing.sampling.probability=1.0",
				"applicant.gateway.stripped-headers=x-legacy-user-id,X-Debug-Impersonate",
				"applicant.tokens.issuer=" + GatewayTestSupport.ISSUER,
				"applicant.tokens.audience=" + GatewayTestSupport.AUDIENCE,
				"applicant.gateway.clerk.issuer=" + GatewayTestSupport.CLERK_ISSUER,
				"applicant.gateway.clerk.authorized-parties=" + GatewayTestSupport.ORIGIN,
				"applicant.gateway.clerk.jwks-refresh-reprieve=0s",
				"applicant.gateway.rate-limit.trusted-proxies=127.0.0.1,::1",
				"applicant.gateway.rate-limit.period=1h",
				"applicant.gateway.rate-limit.anonymous.reads=1000",
				"applicant.gateway.rate-limit.anonymous.writes=1000",
				"applicant.gateway.rate-limit.plans.default.reads=30",
				"applicant.gateway.rate-limit.plans.default.writes=10",
				"applicant.gateway.rate-limit.plans.tiny.reads=3",
				"applicant.gateway.rate-limit.plans.tiny.writes=2",
				"applicant.gateway.rate-limit.routes[0].path=/api/v1/gpt/oauth/token",
				"applicant.gateway.rate-limit.routes[0].anonymous.reads=3",
				"applicant.gateway.rate-limit.routes[0].anonymous.writes=2",
				"applicant.gateway.rate-limit.routes[1].path=/api/v1/gpt/resume/analyze",
				"applicant.gateway.rate-limit.routes[1].plans.default.reads=30",
				"applicant.gateway.rate-limit.routes[1].plans.default.writes=1",
				"applicant.gateway.dev-sign-in.enabled=true",
				"applicant.gateway.dev-sign-in.users[0].id=user_demo_ada",
				"applicant.gateway.dev-sign-in.users[0].email=ada@applicant.test",
				"applicant.gateway.dev-sign-in.users[0].name=Ada Lovelace",
				"applicant.gateway.dev-sign-in.users[0].password-hash=" + GatewayTestSupport.DEMO_HASH })
public abstract class GatewayTestSupport {

	/** The internal service key of the test context; no test output may contain it. */
	public static final String SERVICE_KEY = "test-internal-service-key-0123456789abcdef";

	/** The gateway's public origin, the access-token issuer and the Clerk {@code azp}. */
	public static final String ORIGIN = "http://localhost:8080";

	public static final String ISSUER = ORIGIN;

	public static final String AUDIENCE = ORIGIN + "/api/v1/gpt";

	/** The Clerk issuer: the dev sign-in's, so that its cookies verify in this context too. */
	public static final String CLERK_ISSUER = ORIGIN + "/dev/clerk";

	/** PBKDF2 hash of the demo password {@code demo}. */
	public static final String DEMO_HASH = "pbkdf2-sha256:100000:udJF7Obu8ocWQcg3T0cARg==:"
			+ "lYGJ67krJToSeE6cE5ednNP4gsCH8yNoyPrFbMdGS/Q=";

	/** Signs access tokens, as gpt-oauth-service does; published at {@link #OAUTH_JWKS_PATH}. */
	public static final TestSigningKey OAUTH_KEY = TestSigningKey.es256("oauth-key-1");

	/** Signs Clerk session tokens, as Clerk does; published at {@link #CLERK_JWKS_PATH}. */
	public static final TestSigningKey CLERK_KEY = TestSigningKey.rs256("clerk-key-1");

	public static final String OAUTH_JWKS_PATH = "/oauth/jwks.json";

	public static final String CLERK_JWKS_PATH = "/clerk/jwks.json";

	protected static final WireMockServer OAUTH = startBackend();

	protected static final WireMockServer ACTIONS = startBackend();

	/** Plays the JWKS endpoints of gpt-oauth-service and Clerk; never reset between tests. */
	protected static final WireMockServer KEYS = startKeys();

	protected static final HttpClient HTTP = HttpClient.newHttpClient();

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	/** The actuator's own port (9080 in production; random here). */
	@LocalManagementPort
	protected int managementPort;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("applicant.gateway.services.oauth-uri", OAUTH::baseUrl);
		registry.add("applicant.gateway.services.actions-uri", ACTIONS::baseUrl);
		registry.add("applicant.tokens.jwks-uri", () -> KEYS.baseUrl() + OAUTH_JWKS_PATH);
		registry.add("applicant.gateway.clerk.jwks-uri", () -> KEYS.baseUrl() + CLERK_JWKS_PATH);
		// a fresh prefix per test run, so budgets never carry over between runs
		registry.add("applicant.gateway.rate-limit.key-prefix", () -> "test:gateway:" + UUID.randomUUID());
	}

	private static WireMockServer startKeys() {
		WireMockServer server = startBackend();
		publishClerkKeys(server, TestSigningKey.jwks(CLERK_KEY));
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(OAUTH_JWKS_PATH)
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withHeader("Cache-Control", "max-age=600")
				.withBody(TestSigningKey.jwks(OAUTH_KEY))));
		return server;
	}

	/**
	 * Replaces the Clerk JWKS document.
	 * @param server the keys server
	 * @param jwks the JWKS JSON
	 */
	protected static void publishClerkKeys(WireMockServer server, String jwks) {
		server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(CLERK_JWKS_PATH)
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withHeader("Cache-Control", "max-age=600")
				.withBody(jwks)));
	}

	/**
	 * @param subject the candidate id
	 * @return a valid access token for it, as gpt-oauth-service issues them
	 */
	public static String accessToken(String subject) {
		return accessTokenBuilder(subject).build();
	}

	/**
	 * @param subject the candidate id
	 * @return a builder for a valid access token, to change what a test needs
	 */
	public static TestSigningKey.TokenBuilder accessTokenBuilder(String subject) {
		return OAUTH_KEY.token()
			.issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(subject)
			.claim("client_id", "chatgpt-local")
			.claim("scope", "jobs:read applications:read applications:write resume:read");
	}

	/**
	 * @param userId the Clerk user id
	 * @return a builder for a valid Clerk session token
	 */
	public static TestSigningKey.TokenBuilder sessionTokenBuilder(String userId) {
		java.time.Instant now = java.time.Instant.now();
		return CLERK_KEY.token()
			.issuer(CLERK_ISSUER)
			.subject(userId)
			.claim("sid", "sess_" + UUID.randomUUID())
			.claim("azp", ORIGIN)
			.notBefore(now.minusSeconds(1));
	}

	/**
	 * @return a candidate id no other test uses, so that rate-limit budgets are its own
	 */
	public static String uniqueCandidate() {
		return "user_test_" + UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * @param subject the candidate id
	 * @return {@code Authorization}, {@code Bearer <valid token>}, for {@link #get}
	 */
	protected static String[] bearer(String subject) {
		return new String[] { "Authorization", "Bearer " + accessToken(subject) };
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
		return send("GET", pathAndQuery, HttpRequest.BodyPublishers.noBody(), headers);
	}

	/**
	 * Sends a request to the gateway.
	 * @param method the method
	 * @param pathAndQuery the raw path and query, sent byte for byte
	 * @param body the body
	 * @param headers name, value, name, value, ...
	 * @return the response
	 */
	protected HttpResponse<String> send(String method, String pathAndQuery, HttpRequest.BodyPublisher body,
			String... headers) {
		return send(this.port, method, pathAndQuery, body, headers);
	}

	/**
	 * Sends a GET to the gateway's management (actuator) port.
	 * @param path the path
	 * @return the response
	 */
	protected HttpResponse<String> getManagement(String path) {
		return send(this.managementPort, "GET", path, HttpRequest.BodyPublishers.noBody());
	}

	private HttpResponse<String> send(int port, String method, String pathAndQuery, HttpRequest.BodyPublisher body,
			String... headers) {
		// a gateway that never answers must fail the test, not hang the build
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
			.timeout(java.time.Duration.ofSeconds(30))
			.method(method, body);
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
