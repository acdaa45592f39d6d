package network.applicant.gpt.actions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny HTTP client for integration tests: GET and POST with an access token, JSON bodies
 * parsed.
 */
public final class ActionsHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public ActionsHttp(int port) {
		this.port = port;
	}

	/** A response with its body as text and, when it is JSON, parsed. */
	public record Response(int status, String body, java.net.http.HttpHeaders headers) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	public Response get(String pathAndQuery, String authorization) {
		return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", authorization).GET().build());
	}

	public Response post(String path, String authorization, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public Response getPublic(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.port + pathAndQuery);
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
