package network.applicant.gpt.oauth.token;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The client credentials of a token or revocation request: HTTP Basic
 * ({@code client_secret_basic}, RFC 6749 2.3.1, id and secret form-encoded before
 * Base64) or {@code client_id} and {@code client_secret} in the body
 * ({@code client_secret_post}). Using both at once is an error (RFC 6749 2.3).
 *
 * @param clientId the client id
 * @param secret the secret, or {@code null} for a public client that sends only its id
 */
record ClientCredentials(String clientId, @Nullable String secret) {

	/**
	 * @param authorization the {@code Authorization} header, if any
	 * @param bodyClientId {@code client_id} from the body, if any
	 * @param bodySecret {@code client_secret} from the body, if any
	 * @return the credentials
	 * @throws TokenRequestException {@code invalid_request} for two methods at once, {@code invalid_client}
	 * for none or a malformed header
	 */
	static ClientCredentials from(@Nullable String authorization, @Nullable String bodyClientId,
			@Nullable String bodySecret) {
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			if (bodySecret != null) {
				throw TokenRequestException.invalidRequest("Use one client authentication method, not two.");
			}
			String decoded;
			try {
				decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw TokenRequestException.invalidClient();
			}
			int colon = decoded.indexOf(':');
			if (colon < 1) {
				throw TokenRequestException.invalidClient();
			}
			String clientId = formDecode(decoded.substring(0, colon));
			if (bodyClientId != null && !bodyClientId.equals(clientId)) {
				throw TokenRequestException.invalidRequest("client_id differs from the authenticated client.");
			}
			return new ClientCredentials(clientId, formDecode(decoded.substring(colon + 1)));
		}
		if (authorization != null && !authorization.isBlank()
				&& !authorization.toLowerCase(Locale.ROOT).startsWith("basic")) {
			throw TokenRequestException.invalidClient();
		}
		if (bodyClientId == null || bodyClientId.isEmpty()) {
			throw TokenRequestException.invalidClient();
		}
		return new ClientCredentials(bodyClientId, bodySecret);
	}

	private static String formDecode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw TokenRequestException.invalidClient();
		}
	}

	@Override
	public String toString() {
		return "ClientCredentials[clientId=" + this.clientId + ", secret=<redacted>]";
	}

}
