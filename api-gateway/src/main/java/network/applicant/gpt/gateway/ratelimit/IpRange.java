package network.applicant.gpt.gateway.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An IP address or CIDR range, for matching trusted proxies.
 *
 * <pre>{@code
 * IpRange.parse("10.0.0.0/8").contains(IpRange.parseAddress("10.1.2.3"))   // true
 * }</pre>
 */
final class IpRange {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final byte[] network;

	private final int prefixBits;

	private IpRange(byte[] network, int prefixBits) {
		this.network = network;
		this.prefixBits = prefixBits;
	}

	/**
	 * @param text an address ({@code 10.0.0.1}, {@code ::1}) or range ({@code 10.0.0.0/8})
	 * @return the range
	 * @throws IllegalArgumentException when it is neither
	 */
	static IpRange parse(String text) {
		String trimmed = text.strip();
		int slash = trimmed.indexOf('/');
		InetAddress address = parseAddress((slash < 0) ? trimmed : trimmed.substring(0, slash));
		if (address == null) {
			throw new IllegalArgumentException("not an IP address");
		}
		int max = address.getAddress().length * 8;
		int bits = max;
		if (slash >= 0) {
			try {
				bits = Integer.parseInt(trimmed.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("not a prefix length");
			}
			if (bits < 0 || bits > max) {
				throw new IllegalArgumentException("prefix length out of range");
			}
		}
		return new IpRange(address.getAddress(), bits);
	}

	/**
	 * Parses an IP literal without ever asking DNS.
	 * @param text the text
	 * @return the address, or {@code null} when the text is not an IP literal
	 */
	static @Nullable InetAddress parseAddress(String text) {
		String candidate = text.strip();
		if (candidate.startsWith("[") && candidate.endsWith("]")) {
			candidate = candidate.substring(1, candidate.length() - 1);
		}
		if (candidate.isEmpty() || !(IPV4.matcher(candidate).matches() || IPV6.matcher(candidate).matches())) {
			return null;
		}
		try {
			// a literal never causes a lookup
			return InetAddress.getByName(candidate);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	/**
	 * @param address an address
	 * @return whether it lies in this range
	 */
	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != this.network.length) {
			return false;
		}
		int full = this.prefixBits / 8;
		for (int i = 0; i < full; i++) {
			if (bytes[i] != this.network[i]) {
				return false;
			}
		}
		int rest = this.prefixBits % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xff << (8 - rest)) & 0xff;
		return (bytes[full] & mask) == (this.network[full] & mask);
	}

}
