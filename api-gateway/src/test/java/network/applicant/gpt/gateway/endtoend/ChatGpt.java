package network.applicant.gpt.gateway.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays ChatGPT (the OAuth client, from its servers) and the candidate's browser against the
 * platform's public base URL, with the JDK's HTTP client: redirects are never followed
 * automatically, so every hop is checked; each {@link Browser} has a cookie jar of its own.
 */
final class ChatGpt {

	static final String OPENAI_CALLBACK = "https://chat.openai.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	static final String CHATGPT_CALLBACK = "https://chatgpt.com/aip/g-0123456789abcdef0123456789abcdef01234567/oauth/callback";

	static final String TOKEN_PATH = "/api/v1/gpt/oauth/token";

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern FORM_ACTION = Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]*)\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern META_REFRESH = Pattern
		.compile("<meta\\s+http-equiv=\"refresh\"\\s+content=\"\\d+;url=([^\"]+)\"", Pattern.CASE_INSENSITIVE);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RunningPlatform platform;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	ChatGpt(RunningPlatform platform) {
		this.platform = platform;
	}

	Browser browser() {
		return new Browser();
	}

	/**
	 * Posts to the token (or revocation) endpoint through the gateway.
	 * @param path the endpoint path
	 * @param form the parameters
	 * @param basic whether the client authenticates with HTTP Basic ({@code client_secret_basic}); otherwise
	 * its id and secret go in the body ({@code client_secret_post})
	 * @return the response
	 */
	HttpResponse<String> post(String path, Map<String, String> form, boolean basic) {
		Map<String, String> body = new LinkedHashMap<>(form);
		HttpRequest.Builder request = HttpRequest.newBuilder(this.platform.gateway(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json");
		if (basic) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((RunningPlatform.CLIENT_ID + ":" + RunningPlatform.CLIENT_SECRET)
					.getBytes(StandardCharsets.UTF_8)));
		}
		else {
			body.put("client_id", RunningPlatform.CLIENT_ID);
			body.put("client_secret", RunningPlatform.CLIENT_SECRET);
		}
		return send(this.http, request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build());
	}

	/**
	 * Links a demo candidate the whole way (authorize, dev sign-in, consent with the client's
	 * default scopes, code exchange with Basic) and returns the access token.
	 * @param email the candidate's email
	 * @param state the authorization request's state
	 * @return the access token
	 */
	String accessToken(String email, String state) {
		Callback callback = browser().authorize("response_type=code&client_id=chatgpt-local&redirect_uri="
				+ encode(CHATGPT_CALLBACK) + "&scope=&state=" + encode(state), email);
		return json(exchange(callback.code(), CHATGPT_CALLBACK, null, true)).path("access_token").asString();
	}

	HttpResponse<String> exchange(String code, String redirectUri, String verifier, boolean basic) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", redirectUri);
		if (verifier != null) {
			form.put("code_verifier", verifier);
		}
		return post(TOKEN_PATH, form, basic);
	}

	HttpResponse<String> refresh(String refreshToken, boolean basic) {
		return post(TOKEN_PATH, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), basic);
	}

	HttpResponse<String> revoke(String refreshToken) {
		return post("/api/v1/gpt/oauth/revoke",
				Map.of("token", refreshToken, "token_type_hint", "refresh_token"), false);
	}

	/**
	 * Calls an action through the gateway.
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param accessToken the bearer token, or {@code null} for none
	 * @param jsonBody the body, or {@code null}
	 * @return the response
	 */
	HttpResponse<String> action(String method, String path, String accessToken, String jsonBody) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.platform.gateway(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (accessToken != null) {
			request.header("Authorization", "Bearer " + accessToken);
		}
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody)
				: HttpRequest.BodyPublishers.noBody());
		return send(this.http, request.build());
	}

	JsonNode json(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	/** @return a PKCE code verifier: 43 characters of base64url */
	static String newVerifier() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256Hex(String value) {
		try {
			return java.util.HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String form(Map<String, String> parameters) {
		StringJoiner joined = new StringJoiner("&");
		parameters.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
		return joined.toString();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * @param query a raw query string
	 * @return its parameters, decoded (the last one wins)
	 */
	static Map<String, String> parameters(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Where the browser ended up: ChatGPT's callback with the code (or an error) and the state. */
	record Callback(URI uri, Map<String, String> parameters, boolean consentShown, boolean signInShown) {

		String code() {
			return this.parameters.get("code");
		}

		String state() {
			return this.parameters.get("state");
		}

		/** @return the callback without its query: what must equal the redirect URI */
		String target() {
			String text = this.uri.toString();
			int query = text.indexOf('?');
			return (query < 0) ? text : text.substring(0, query);
		}
	}

	/** A candidate's browser: a cookie jar, no automatic redirects. */
	final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		HttpResponse<String> get(URI uri) {
			return send(this.http, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
				.header("Accept", "text/html")
				.GET()
				.build());
		}

		HttpResponse<String> postForm(URI uri, Map<String, String> form) {
			return send(this.http, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form(form)))
				.build());
		}

		/**
		 * Opens ChatGPT's authorize link and does what a candidate does until the browser is sent
		 * to ChatGPT's callback: signs in on the dev page when asked, allows on the consent page
		 * when shown, and follows the success page's refresh.
		 * @param query the authorize request's raw query string
		 * @param email the demo candidate who signs in if asked
		 * @return the callback reached
		 */
		Callback authorize(String query, String email) {
			URI authorize = ChatGpt.this.platform.gateway("/api/v1/gpt/oauth/authorize?" + query);
			HttpResponse<String> response = get(authorize);
			boolean signInShown = false;
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() == 302 && location.startsWith(ChatGpt.this.platform.publicBaseUrl() + "/dev/sign-in?")) {
				signInShown = true;
				// the oauth service hands over with the public URL of this very request
				assertThat(parameters(URI.create(location).getRawQuery()).get("redirect_url"))
					.isEqualTo(authorize.toString());
				HttpResponse<String> page = get(URI.create(location));
				assertThat(page.statusCode()).as("dev sign-in page").isEqualTo(200);
				Map<String, String> fields = hiddenInputs(page.body());
				assertThat(fields).containsKeys("csrf", "redirect_url");
				fields.put("email", email);
				fields.put("password", "demo");
				HttpResponse<String> signedIn = postForm(ChatGpt.this.platform.gateway("/dev/sign-in"), fields);
				assertThat(signedIn.statusCode()).as("dev sign-in answer").isEqualTo(303);
				assertThat(signedIn.headers().firstValue("Location")).contains(authorize.toString());
				response = get(authorize);
				location = response.headers().firstValue("Location").orElse("");
			}
			boolean consentShown = false;
			if (response.statusCode() == 200) {
				consentShown = true;
				Matcher action = FORM_ACTION.matcher(response.body());
				assertThat(action.find()).as("consent form in %s", response.body()).isTrue();
				Map<String, String> fields = hiddenInputs(response.body());
				fields.put("decision", "approve");
				HttpResponse<String> success = postForm(
						ChatGpt.this.platform.gateway(HtmlUtils.htmlUnescape(action.group(1))), fields);
				assertThat(success.statusCode()).as("consent answer: %s", success.body()).isEqualTo(200);
				Matcher refresh = META_REFRESH.matcher(success.body());
				assertThat(refresh.find()).as("success page refresh in %s", success.body()).isTrue();
				location = HtmlUtils.htmlUnescape(refresh.group(1));
			}
			else {
				assertThat(response.statusCode()).as("authorize answer: %s", response.body()).isEqualTo(302);
			}
			URI callback = URI.create(location);
			return new Callback(callback, parameters(callback.getRawQuery()), consentShown, signInShown);
		}

		private static Map<String, String> hiddenInputs(String html) {
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher input = INPUT.matcher(html);
			while (input.find()) {
				String tag = input.group();
				if (!tag.contains("type=\"hidden\"")) {
					continue;
				}
				String name = attribute(tag, "name");
				if (name != null) {
					String value = attribute(tag, "value");
					fields.put(HtmlUtils.htmlUnescape(name), (value != null) ? HtmlUtils.htmlUnescape(value) : "");
				}
			}
			return fields;
		}

		private static String attribute(String tag, String name) {
			Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
			return matcher.find() ? matcher.group(1) : null;
		}

	}

}
