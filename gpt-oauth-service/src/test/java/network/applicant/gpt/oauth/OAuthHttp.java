package network.applicant.gpt.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

/**
 * Plays ChatGPT and the gateway against the service on its random port: browser
 * requests with the identity headers and internal key the gateway adds, and token
 * requests with client credentials. Never follows redirects.
 */
public final class OAuthHttp {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private static final Pattern CONTINUE = Pattern.compile("id=\"continue\" href=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	public OAuthHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	/** @return a GET of the path, as the gateway forwards it for the candidate (or anonymously when null) */
	public HttpResponse<String> get(String pathAndQuery, String candidateId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery)).GET();
		identify(request, candidateId);
		return send(request.build());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> form, String candidateId,
			String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form)));
		identify(request, candidateId);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	/** The configured client's first redirect URI. */
	public static final String CALLBACK = "https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	/**
	 * Links the candidate to the configured test client the way ChatGPT does: authorize,
	 * approve on the consent page (unless consent is remembered), and exchange the code.
	 * @return the token response
	 */
	public JsonNode link(String candidateId, String scope) {
		String query = "/api/v1/gpt/oauth/authorize?" + form(Map.of("response_type", "code", "client_id",
				OAuthServiceIntegrationTest.CONFIGURED_CLIENT_ID, "redirect_uri", CALLBACK, "state", "link-state",
				"scope", scope));
		HttpResponse<String> page = get(query, candidateId);
		String callback;
		if (page.statusCode() == 302) {
			callback = page.headers().firstValue("Location").orElseThrow();
		}
		else {
			Map<String, String> fields = hiddenFields(page.body());
			fields.put("decision", "approve");
			callback = continueUrl(postForm("/api/v1/gpt/oauth/consent", fields, candidateId, null).body());
		}
		HttpResponse<String> tokens = postForm("/api/v1/gpt/oauth/token",
				Map.of("grant_type", "authorization_code", "code", query(callback).get("code"), "redirect_uri", CALLBACK),
				null, basic(OAuthServiceIntegrationTest.CONFIGURED_CLIENT_ID,
						OAuthServiceIntegrationTest.CONFIGURED_CLIENT_SECRET));
		if (tokens.statusCode() != 200) {
			throw new AssertionError("code exchange failed: " + tokens.body());
		}
		return json(tokens);
	}

	/** @return the configured test client's refresh request with this token */
	public HttpResponse<String> refresh(String refreshToken) {
		return postForm("/api/v1/gpt/oauth/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
				null, basic(OAuthServiceIntegrationTest.CONFIGURED_CLIENT_ID,
						OAuthServiceIntegrationTest.CONFIGURED_CLIENT_SECRET));
	}

	/** @return a request with any method, as the gateway forwards it for the candidate (anonymous when null) */
	public HttpResponse<String> send(String method, String path, String candidateId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		identify(request, candidateId);
		return send(request.build());
	}

	public HttpResponse<String> postJson(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpRequest tokenRequest(Map<String, String> form) {
		return HttpRequest.newBuilder(URI.create(this.base + "/api/v1/gpt/oauth/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form)))
			.build();
	}

	public HttpClient client() {
		return this.http;
	}

	public JsonNode json(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	public static String basic(String clientId, String secret) {
		String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(secret, StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	/** @return the hidden fields of the consent form, unescaped */
	public static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = HIDDEN.matcher(html);
		while (matcher.find()) {
			fields.put(matcher.group(1), HtmlUtils.htmlUnescape(matcher.group(2)));
		}
		return fields;
	}

	/** @return the "continue" link of the success page, unescaped */
	public static String continueUrl(String html) {
		Matcher matcher = CONTINUE.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no continue link in " + html);
		}
		return HtmlUtils.htmlUnescape(matcher.group(1));
	}

	/** @return the decoded query parameters of a URL */
	public static Map<String, String> query(String url) {
		String query = URI.create(url).getRawQuery();
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query == null) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	public static String form(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static void identify(HttpRequest.Builder request, String candidateId) {
		if (candidateId != null) {
			request.header("x-clerk-user-id", candidateId);
			request.header("x-clerk-user-email", candidateId + "@applicant.test");
			request.header("x-clerk-user-name", "Test Candidate");
			request.header("x-internal-service-key", OAuthServiceIntegrationTest.SERVICE_KEY);
		}
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
