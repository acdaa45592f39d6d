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
