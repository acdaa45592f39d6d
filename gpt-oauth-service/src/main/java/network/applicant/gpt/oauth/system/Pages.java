package network.applicant.gpt.oauth.system;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

/**
 * The Content-Security-Policy of the server's pages: nothing but our own stylesheet,
 * no scripts, no framing ({@code frame-ancestors 'none'}), forms only to ourselves and,
 * for the consent form, to the origin of the client's redirect URI (browsers apply
 * {@code form-action} to the redirect that follows the post).
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * @param formTarget the origin a form on the page may end up at, besides our own
	 * @return the policy
	 */
	public static String contentSecurityPolicy(@Nullable String formTarget) {
		return "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none';"
				+ " form-action 'self'" + ((formTarget != null) ? " " + formTarget : "");
	}

	/**
	 * Widens the page's {@code form-action} to one more origin.
	 * @param response the response
	 * @param formTarget the origin, e.g. {@code https://chatgpt.com}
	 */
	public static void allowFormTarget(HttpServletResponse response, String formTarget) {
		response.setHeader("Content-Security-Policy", contentSecurityPolicy(formTarget));
	}

}
