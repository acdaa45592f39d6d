package network.applicant.gpt.oauth.authorize;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Builds the redirects back to a client: the registered redirect URI with the response
 * parameters added to its query (RFC 6749 4.1.2). Values are percent-encoded in full
 * (a space as {@code %20}, never {@code +}), so {@code state} comes back unchanged
 * whatever characters it holds.
 */
final class Redirects {

	private Redirects() {
	}

	static String withCode(String redirectUri, String code, String state) {
		return redirectUri + separator(redirectUri) + "code=" + encode(code) + "&state=" + encode(state);
	}

	static String withError(String redirectUri, String error, String description, @Nullable String state) {
		String url = redirectUri + separator(redirectUri) + "error=" + encode(error) + "&error_description="
				+ encode(description);
		return (state != null) ? url + "&state=" + encode(state) : url;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String separator(String uri) {
		return uri.contains("?") ? "&" : "?";
	}

}
