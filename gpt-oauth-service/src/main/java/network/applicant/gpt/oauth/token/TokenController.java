package network.applicant.gpt.oauth.token;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.oauth.clients.RegisteredClient;
import network.applicant.gpt.oauth.clients.RegisteredClients;

/**
 * The token endpoint (RFC 6749 3.2) and revocation (RFC 7009). Thin: parameters and
 * client authentication here, the grants in {@link TokenService}.
 *
 * <p>Requests are {@code application/x-www-form-urlencoded}, or JSON with the same
 * member names. Every answer is JSON with {@code Cache-Control: no-store} and
 * {@code Pragma: no-cache}; errors are RFC 6749 5.2.
 */
@RestController
class TokenController {

	static final String TOKEN_PATH = "/api/v1/gpt/oauth/token";

	static final String REVOKE_PATH = "/api/v1/gpt/oauth/revoke";

	static final String WWW_AUTHENTICATE = "Basic realm=\"applicant-oauth\", charset=\"UTF-8\"";

	private static final int MAX_JSON_BYTES = 16 * 1024;

	private final TokenService tokens;

	private final RegisteredClients clients;

	private final JsonMapper json = JsonMapper.builder().build();

	private final TokenMetrics metrics;

	TokenController(TokenService tokens, RegisteredClients clients, TokenMetrics metrics) {
		this.tokens = tokens;
		this.clients = clients;
		this.metrics = metrics;
	}

	@PostMapping(TOKEN_PATH)
	ResponseEntity<Map<String, Object>> token(HttpServletRequest request) throws IOException {
		String[] grantType = new String[1];
		try {
			ResponseEntity<Map<String, Object>> response = token(request, grantType);
			Object error = (response.getBody() != null) ? response.getBody().get("error") : null;
			this.metrics.grant(grantType[0], (error != null) ? error.toString() : null);
			return response;
		}
		catch (TokenRequestException ex) {
			this.metrics.grant(grantType[0], ex.error());
			throw ex;
		}
		catch (RuntimeException | IOException ex) {
			this.metrics.grant(grantType[0], "server_error");
			throw ex;
		}
	}

	private ResponseEntity<Map<String, Object>> token(HttpServletRequest request, @Nullable String[] grantTypeSeen)
			throws IOException {
		Map<String, String> parameters = parameters(request);
		String grantType = parameters.get("grant_type");
		grantTypeSeen[0] = grantType;
		RegisteredClient client = authenticate(request, parameters);
		if (grantType == null || grantType.isEmpty()) {
			throw TokenRequestException.invalidRequest("grant_type is required.");
		}
		GrantResult result = switch (grantType) {
			case "authorization_code" -> this.tokens.exchangeCode(client, required(parameters, "code"),
					parameters.get("redirect_uri"), parameters.get("code_verifier"));
			case "refresh_token" -> this.tokens.refresh(client, required(parameters, "refresh_token"),
					parameters.get("scope"));
			default -> throw new TokenRequestException(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"Supported grant types: authorization_code, refresh_token.");
		};
		return switch (result) {
			case GrantResult.Issued issued -> noStore(ResponseEntity.ok()).body(issued.body());
			case GrantResult.Refused refused ->
				error(new TokenRequestException(HttpStatus.BAD_REQUEST, refused.error(), refused.description()));
		};
	}

	@PostMapping(REVOKE_PATH)
	ResponseEntity<Map<String, Object>> revoke(HttpServletRequest request) throws IOException {
		Map<String, String> parameters = parameters(request);
		RegisteredClient client = authenticate(request, parameters);
		this.tokens.revoke(client, required(parameters, "token"));
		return noStore(ResponseEntity.ok()).body(Map.of());
	}

	@ExceptionHandler(TokenRequestException.class)
	ResponseEntity<Map<String, Object>> error(TokenRequestException ex) {
		ResponseEntity.BodyBuilder response = noStore(ResponseEntity.status(ex.status()));
		if (ex.status() == HttpStatus.UNAUTHORIZED) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.error());
		body.put("error_description", ex.description());
		return response.body(body);
	}

	private RegisteredClient authenticate(HttpServletRequest request, Map<String, String> parameters) {
		ClientCredentials credentials = ClientCredentials.from(request.getHeader(HttpHeaders.AUTHORIZATION),
				parameters.get("client_id"), parameters.get("client_secret"));
		return ((credentials.secret() != null) ? this.clients.authenticate(credentials.clientId(), credentials.secret())
				: this.clients.authenticatePublic(credentials.clientId()))
			.orElseThrow(TokenRequestException::invalidClient);
	}

	/*
	 * One value per name: RFC 6749 3.2 forbids repeating a parameter, and a repeated one
	 * could make two readers of the request disagree.
	 */
	private Map<String, String> parameters(HttpServletRequest request) throws IOException {
		Map<String, String> parameters = new HashMap<>();
		MediaType type = (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType())
				: MediaType.APPLICATION_FORM_URLENCODED;
		if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
			byte[] body = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
			if (body.length > MAX_JSON_BYTES) {
				throw TokenRequestException.invalidRequest("The request body is too large.");
			}
			JsonNode node;
			try {
				node = this.json.readTree(body);
			}
			catch (JacksonException ex) {
				throw TokenRequestException.invalidRequest("The request body is not valid JSON.");
			}
			if (node == null || !node.isObject()) {
				throw TokenRequestException.invalidRequest("The request body must be a JSON object.");
			}
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				JsonNode value = member.getValue();
				if (value.isString() || value.isNumber() || value.isBoolean()) {
					parameters.put(member.getKey(), value.asString());
				}
				else if (!value.isNull()) {
					throw TokenRequestException.invalidRequest(member.getKey() + " must be a string.");
				}
			}
			return parameters;
		}
		for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
			if (entry.getValue().length > 1) {
				throw TokenRequestException.invalidRequest(entry.getKey() + " is repeated.");
			}
			parameters.put(entry.getKey(), entry.getValue()[0]);
		}
		return parameters;
	}

	private static String required(Map<String, String> parameters, String name) {
		@Nullable String value = parameters.get(name);
		if (value == null || value.isEmpty()) {
			throw TokenRequestException.invalidRequest(name + " is required.");
		}
		return value;
	}

	private static ResponseEntity.BodyBuilder noStore(ResponseEntity.BodyBuilder builder) {
		return builder.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache")
			.contentType(MediaType.APPLICATION_JSON);
	}

}
