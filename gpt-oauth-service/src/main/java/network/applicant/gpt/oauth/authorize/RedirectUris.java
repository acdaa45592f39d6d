package network.applicant.gpt.oauth.authorize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches a requested {@code redirect_uri} against a client's registered URIs exactly,
 * after parsing both (RFC 9700 2.1): same scheme and host (case-insensitive), same
 * effective port, and the same path and query, character for character.
 *
 * <p>Not a prefix or pattern match: {@code https://chatgpt.com.evil.example/...},
 * {@code http://chatgpt.com/...} and another path are all different URIs. A URI that
 * does not parse, or has user info or a fragment, matches nothing.
 *
 * <pre>{@code
 * RedirectUris.match("https://ChatGPT.com:443/aip/g-1/oauth/callback", registered); // Optional[registered one]
 * }</pre>
 */
final class RedirectUris {

	private RedirectUris() {
	}

	/**
	 * @param requested the requested redirect URI
	 * @param registered the client's registered URIs
	 * @return the registered URI it matches, which is where the client is then sent
	 */
	static Optional<String> match(String requested, List<String> registered) {
		Optional<Parts> parts = Parts.parse(requested);
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return registered.stream().filter((each) -> Parts.parse(each).equals(parts)).findFirst();
	}

	/**
	 * @param redirectUri an absolute redirect URI
	 * @return its origin, e.g. {@code https://chatgpt.com}
	 */
	static String origin(String redirectUri) {
		URI uri = URI.create(redirectUri);
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
	}

	private record Parts(String scheme, String host, int port, String path, String query) {

		static Optional<Parts> parse(String value) {
			if (value.length() > 2000) {
				return Optional.empty();
			}
			try {
				URI uri = new URI(value);
				if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getRawUserInfo() != null
						|| uri.getRawFragment() != null) {
					return Optional.empty();
				}
				String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
				int port = uri.getPort();
				if (port == -1) {
					port = switch (scheme) {
						case "https" -> 443;
						case "http" -> 80;
						default -> -1;
					};
				}
				String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
				return Optional.of(new Parts(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path,
						Objects.requireNonNullElse(uri.getRawQuery(), "")));
			}
			catch (URISyntaxException ex) {
				return Optional.empty();
			}
		}

	}

}
