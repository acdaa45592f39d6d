package network.applicant.gpt.gateway.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Finds the address of the client a request came from, for limits on requests without a
 * valid access token.
 *
 * <p>Without trusted proxies it is the address of the TCP connection, whatever
 * {@code X-Forwarded-For} says. With trusted proxies, and only when the connection comes
 * from one of them, {@code X-Forwarded-For} is read from the right (the entry the nearest
 * proxy added) and the first address that is not a trusted proxy is the client; entries
 * further left were written by the client and are never believed.
 */
final class ClientAddressResolver {

	static final String X_FORWARDED_FOR = "X-Forwarded-For";

	private final List<IpRange> trustedProxies;

	ClientAddressResolver(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(IpRange::parse).toList();
	}

	/**
	 * @param request a request as it arrived, before any header was removed
	 * @return the client's address as text, or {@code unknown}
	 */
	String resolve(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress current = (remote != null) ? remote.getAddress() : null;
		if (current == null) {
			return "unknown";
		}
		List<String> hops = forwardedFor(request);
		for (int i = hops.size() - 1; i >= 0 && isTrusted(current); i--) {
			InetAddress hop = IpRange.parseAddress(hops.get(i));
			if (hop == null) {
				break;
			}
			current = hop;
		}
		return current.getHostAddress();
	}

	private boolean isTrusted(InetAddress address) {
		for (IpRange range : this.trustedProxies) {
			if (range.contains(address)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> forwardedFor(ServerHttpRequest request) {
		List<String> hops = new ArrayList<>();
		for (String value : request.getHeaders().getOrEmpty(X_FORWARDED_FOR)) {
			for (String hop : value.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		return hops;
	}

}
