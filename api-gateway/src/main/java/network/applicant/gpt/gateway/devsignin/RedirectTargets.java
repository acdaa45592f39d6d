package network.applicant.gpt.gateway.devsignin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides where the browser may be sent after signing in: a path on the gateway
 * ({@code /api/v1/gpt/oauth/authorize?...}) or an absolute URL on the gateway's own
 * origin. Everything else is refused, so the sign-in page is never an open redirect.
 *
 * <pre>{@code
 * new RedirectTargets(URI.create("http://localhost:8080")).check("https://evil.example/")   // empty
 * }</pre>
 */
final class RedirectTargets {

	private final URI origin;

	RedirectTargets(URI origin) {
		this.origin = origin;
	}

	/**
	 * @param redirectUrl the {@code redirect_url} parameter
	 * @return the URL to redirect to, or empty when it is not on this origin
	 */
	Optional<String> check(String redirectUrl) {
		for (int i = 0; i < redirectUrl.length(); i++) {
			char c = redirectUrl.charAt(i);
			// backslashes and control characters are read as slashes or dropped by some browsers
			if (c < 0x21 || c == 0x7f || c == '\\') {
				return Optional.empty();
			}
		}
		URI uri;
		try {
			uri = new URI(redirectUrl);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		if (!uri.isAbsolute()) {
			boolean pathOnly = uri.getRawAuthority() == null && redirectUrl.startsWith("/") && !redirectUrl.startsWith("//");
			return pathOnly ? Optional.of(redirectUrl) : Optional.empty();
		}
		boolean sameOrigin = uri.getRawUserInfo() == null && uri.getHost() != null
				&& this.origin.getScheme().equalsIgnoreCase(uri.getScheme())
				&& this.origin.getHost().toLowerCase(Locale.ROOT).equals(uri.getHost().toLowerCase(Locale.ROOT))
				&& port(this.origin) == port(uri);
		return sameOrigin ? Optional.of(redirectUrl) : Optional.empty();
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
