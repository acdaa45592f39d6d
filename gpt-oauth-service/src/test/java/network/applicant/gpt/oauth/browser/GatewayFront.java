package network.applicant.gpt.oauth.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import network.applicant.gpt.oauth.OAuthServiceIntegrationTest;

/**
 * Plays the gateway in front of the service for a real browser: a sign-in page that
 * stands in for Clerk's (any email, password {@code demo}; the candidate id is the
 * email's local part) and sets a session cookie, and a reverse proxy that strips
 * identity headers from the browser and, for a signed-in browser, adds
 * {@code x-clerk-user-id}, email, name and the internal service key, as the gateway does
 * after verifying the Clerk session.
 *
 * <p>The service's public base URL in the tests is {@code http://localhost:8080}; like any
 * reverse proxy the front rewrites that prefix in {@code Location} headers (and in the
 * sign-in {@code redirect_url}) to its own address.
 */
final class GatewayFront implements AutoCloseable {

	static final String PUBLIC_BASE = "http://localhost:8080";

	private static final String COOKIE = "__session";

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String service;

	private final Map<String, String> sessions = new ConcurrentHashMap<>();

	GatewayFront(int servicePort) {
		this.service = "http://localhost:" + servicePort;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/dev/sign-in", this::signIn);
		this.server.createContext("/", this::proxy);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/** @return the front's base URL, e.g. {@code http://localhost:41234} */
	String base() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	private String rewrite(String url) {
		return url.startsWith(PUBLIC_BASE) ? base() + url.substring(PUBLIC_BASE.length()) : url;
	}

	private void signIn(HttpExchange exchange) throws IOException {
		Map<String, String> query = parse(nullToEmpty(exchange.getRequestURI().getRawQuery()));
		String returnTo = rewrite(query.getOrDefault("redirect_url", base() + "/"));
		if ("POST".equals(exchange.getRequestMethod())) {
			Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			String email = form.getOrDefault("email", "");
			if (!"demo".equals(form.get("password")) || !email.matches("[a-z0-9_]+@applicant\\.test")) {
				respond(exchange, 401, "text/html; charset=utf-8", page("Wrong email or password.", returnTo));
				return;
			}
			String session = UUID.randomUUID().toString();
			this.sessions.put(session, email);
			exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax");
			exchange.getResponseHeaders().add("Location", returnTo);
			respond(exchange, 303, null, "");
			return;
		}
		respond(exchange, 200, "text/html; charset=utf-8", page(null, returnTo));
	}

	private static String page(String error, String returnTo) {
		String action = "/dev/sign-in?redirect_url=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in</title></head><body>"
				+ "<main><h1>Sign in to Applicant.Network</h1>"
				+ ((error != null) ? "<p role=\"alert\">" + error + "</p>" : "")
				+ "<form method=\"post\" action=\"" + action.replace("&", "&amp;") + "\">"
				+ "<p><label for=\"email\">Email</label> <input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\"></p>"
				+ "<p><label for=\"password\">Password</label> <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"></p>"
				+ "<p><button type=\"submit\">Sign in</button></p></form></main></body></html>";
	}

	private void proxy(HttpExchange exchange) throws IOException {
		URI uri = exchange.getRequestURI();
		String target = this.service + uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		byte[] body = exchange.getRequestBody().readAllBytes();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
			.method(exchange.getRequestMethod(), (body.length == 0) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		for (String name : List.of("Content-Type", "Accept", "Accept-Language")) {
			String value = exchange.getRequestHeaders().getFirst(name);
			if (value != null) {
				request.header(name, value);
			}
		}
		String email = session(exchange.getRequestHeaders().getFirst("Cookie"));
		if (email != null) {
			request.header("x-clerk-user-id", email.substring(0, email.indexOf('@')));
			request.header("x-clerk-user-email", email);
			request.header("x-clerk-user-name", "Browser Candidate");
			request.header("x-internal-service-key", OAuthServiceIntegrationTest.SERVICE_KEY);
		}
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		response.headers().map().forEach((name, values) -> {
			if (!List.of("content-length", "transfer-encoding", "connection", "date", "keep-alive")
				.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				values.forEach((value) -> exchange.getResponseHeaders()
					.add(name, "location".equalsIgnoreCase(name) ? rewrite(value) : value));
			}
		});
		byte[] payload = response.body();
		exchange.sendResponseHeaders(response.statusCode(), (payload.length == 0) ? -1 : payload.length);
		if (payload.length > 0) {
			exchange.getResponseBody().write(payload);
		}
		exchange.close();
	}

	private String session(String cookies) {
		if (cookies == null) {
			return null;
		}
		for (String cookie : cookies.split(";")) {
			String[] pair = cookie.strip().split("=", 2);
			if (pair.length == 2 && COOKIE.equals(pair[0])) {
				return this.sessions.get(pair[1]);
			}
		}
		return null;
	}

	private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (type != null) {
			exchange.getResponseHeaders().add("Content-Type", type);
		}
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static Map<String, String> parse(String encoded) {
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		for (String pair : encoded.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
