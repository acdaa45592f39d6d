package network.applicant.gpt.gateway.devsignin;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import network.applicant.gpt.config.testing.TestSigningKey;
import network.applicant.gpt.gateway.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev sign-in through the real gateway, and the cookie it sets verified by the
 * gateway's production Clerk path.
 */
class DevSignInIntegrationTests extends GatewayTestSupport {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

	private static final String AUTHORIZE = "http://localhost:8080/api/v1/gpt/oauth/authorize?client_id=chatgpt-local&state=a%2Fb";

	/** A rendered form: its CSRF cookie nonce and hidden token. */
	private record Form(String nonce, String token) {
	}

	private Form openForm() {
		HttpResponse<String> page = get("/dev/sign-in");
		String nonce = cookie(page, DevSignInHandler.CSRF_COOKIE).split(";")[0].split("=", 2)[1];
		Matcher matcher = CSRF_FIELD.matcher(page.body());
		assertThat(matcher.find()).isTrue();
		return new Form(nonce, matcher.group(1));
	}

	private HttpResponse<String> submit(Form form, String... fields) {
		StringBuilder body = new StringBuilder("csrf=").append(encode(form.token()));
		for (int i = 0; i < fields.length; i += 2) {
			body.append('&').append(fields[i]).append('=').append(encode(fields[i + 1]));
		}
		return send("POST", "/dev/sign-in", HttpRequest.BodyPublishers.ofString(body.toString()), "Content-Type",
				"application/x-www-form-urlencoded", "Cookie", DevSignInHandler.CSRF_COOKIE + "=" + form.nonce());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
	}

	private static boolean setsSession(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().anyMatch((value) -> value.startsWith("__session="));
	}

	@Test
	void formThenAccessibleHtmlWithCspAndCsrfToken() {
		HttpResponse<String> page = get("/dev/sign-in?redirect_url=" + encode(AUTHORIZE));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'")
			.contains("default-src 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(page.body()).contains("<label for=\"email\">Email</label>")
			.contains("<label for=\"password\">Password</label>")
			.contains("id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\"")
			.contains("type=\"password\"")
			.contains("<button type=\"submit\">")
			.contains("<html lang=\"en\">")
			.contains("value=\"" + AUTHORIZE.replace("&", "&amp;") + "\"")
			.doesNotContain("<script");
		assertThat(cookie(page, DevSignInHandler.CSRF_COOKIE)).containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
	}

	@Test
	void signInWhenRightPasswordThenSessionCookieAndRedirectBack() throws Exception {
		HttpResponse<String> response = submit(openForm(), "email", "Ada@Applicant.test", "password", "demo",
				"redirect_url", AUTHORIZE);

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue(AUTHORIZE);
		String cookie = cookie(response, "__session");
		assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Path=/").contains("Max-Age=3600");
		String token = cookie.split(";")[0].substring("__session=".length());

		HttpResponse<String> jwks = get("/dev/clerk/.well-known/jwks.json");
		assertThat(jwks.statusCode()).isEqualTo(200);
		JwtClaims claims = new JwtConsumerBuilder().setExpectedIssuer(CLERK_ISSUER)
			.setRequireSubject()
			.setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks.body()).getJsonWebKeys()))
			.build()
			.processToClaims(token);
		assertThat(claims.getSubject()).isEqualTo("user_demo_ada");
		assertThat(claims.getStringClaimValue("azp")).isEqualTo(ORIGIN);
		assertThat(claims.getStringClaimValue("email")).isEqualTo("ada@applicant.test");
		assertThat(claims.getStringClaimValue("name")).isEqualTo("Ada Lovelace");
		assertThat(claims.getStringClaimValue("sid")).startsWith("sess_");
		assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(3600);
		assertThat(claims.getNotBefore()).isNotNull();
		assertThat(jwks.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
	}

	@Test
	void signInCookieThenVerifiedByTheGatewaysClerkPathOnAuthorize() {
		String token = cookie(submit(openForm(), "email", "ada@applicant.test", "password", "demo"), "__session")
			.split(";")[0]
			.substring("__session=".length());
		publishClerkKeys(KEYS, withDevKey(get("/dev/clerk/.well-known/jwks.json").body()));
		try {
			get("/api/v1/gpt/oauth/authorize?state=s", "Cookie", "__session=" + token);

			var received = onlyRequest(OAUTH);
			assertThat(received.getHeader("x-clerk-user-id")).isEqualTo("user_demo_ada");
			assertThat(received.getHeader("x-clerk-user-name")).isEqualTo("Ada Lovelace");
			assertThat(received.getHeader("x-internal-service-key")).isEqualTo(SERVICE_KEY);
		}
		finally {
			publishClerkKeys(KEYS, TestSigningKey.jwks(CLERK_KEY));
		}
	}

	@SuppressWarnings("unchecked")
	private static String withDevKey(String devJwks) {
		List<Object> keys = new ArrayList<>((List<Object>) json(TestSigningKey.jwks(CLERK_KEY)).get("keys"));
		keys.addAll((List<Object>) json(devJwks).get("keys"));
		return JSON.writeValueAsString(Map.of("keys", keys));
	}

	@Test
	void signInWhenNoRedirectThenSignedInPage() {
		HttpResponse<String> response = submit(openForm(), "email", "ada@applicant.test", "password", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Ada Lovelace");
		assertThat(setsSession(response)).isTrue();
	}

	@Test
	void signInWhenRelativeRedirectThenRedirectedThere() {
		HttpResponse<String> response = submit(openForm(), "email", "ada@applicant.test", "password", "demo",
				"redirect_url", "/api/v1/gpt/oauth/consent?x=1");

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/gpt/oauth/consent?x=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "wrong", "", "Demo", "demo " })
	void signInWhenWrongPasswordThenFormAgainWithErrorAndNoSession(String password) {
		HttpResponse<String> response = submit(openForm(), "email", "ada@applicant.test", "password", password,
				"redirect_url", AUTHORIZE);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("role=\"alert\"")
			.contains("The email or password is not right")
			.contains("value=\"ada@applicant.test\"")
			.contains("name=\"csrf\"");
		assertThat(setsSession(response)).isFalse();
	}

	@Test
	void signInWhenUnknownEmailThenSameAnswerAsWrongPassword() {
		HttpResponse<String> response = submit(openForm(), "email", "nobody@applicant.test", "password", "demo");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains(DevSignInHandler.WRONG_CREDENTIALS);
		assertThat(setsSession(response)).isFalse();
	}

	@Test
	void signInWhenCsrfTokenMissingOrForeignThenForbiddenAndNoSession() {
		Form form = openForm();
		Form other = openForm();

		HttpResponse<String> mixed = submit(new Form(form.nonce(), other.token()), "email", "ada@applicant.test",
				"password", "demo");
		HttpResponse<String> forged = submit(new Form(form.nonce(), "forged-token"), "email", "ada@applicant.test",
				"password", "demo");
		HttpResponse<String> noCookie = send("POST", "/dev/sign-in",
				HttpRequest.BodyPublishers.ofString("email=ada%40applicant.test&password=demo&csrf=" + form.token()),
				"Content-Type", "application/x-www-form-urlencoded");

		for (HttpResponse<String> response : List.of(mixed, forged, noCookie)) {
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(setsSession(response)).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/steal", "//evil.example/x", "http://localhost:8081/x",
			"https://localhost:8080/x", "http://localhost:8080@evil.example/", "/\\evil.example", "javascript:alert(1)",
			"http://localhost.evil.example:8080/" })
	void signInWhenRedirectLeavesTheOriginThenRefusedWithoutSession(String redirect) {
		HttpResponse<String> response = submit(openForm(), "email", "ada@applicant.test", "password", "demo",
				"redirect_url", redirect);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(setsSession(response)).isFalse();
	}

	@Test
	void formWhenRedirectLeavesTheOriginThenRefused() {
		HttpResponse<String> response = get("/dev/sign-in?redirect_url=" + encode("https://evil.example/"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("evil.example");
	}

	@Test
	void signOutThenSessionCookieCleared() {
		HttpResponse<String> response = get("/dev/sign-out");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(cookie(response, "__session")).contains("Max-Age=0").contains("Path=/");
	}

}
