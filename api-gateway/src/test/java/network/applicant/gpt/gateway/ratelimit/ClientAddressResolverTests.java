package network.applicant.gpt.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressResolverTests {

	private static MockServerHttpRequest request(String remote, String... forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> builder = MockServerHttpRequest.get("/x")
			.remoteAddress(new InetSocketAddress(remote, 1234));
		for (String value : forwardedFor) {
			builder.header("X-Forwarded-For", value);
		}
		return builder.build();
	}

	@Test
	void resolveWhenNoTrustedProxiesThenConnectionAddressWhateverTheHeaderSays() {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of());

		assertThat(resolver.resolve(request("203.0.113.9", "192.0.2.1"))).isEqualTo("203.0.113.9");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "10.0.0.5 | 192.0.2.1 | 192.0.2.1",
			"10.0.0.5 | 192.0.2.1, 10.0.0.9 | 192.0.2.1", "10.0.0.5 | 6.6.6.6, 192.0.2.1 | 192.0.2.1",
			"10.0.0.5 | not-an-ip | 10.0.0.5", "10.0.0.5 | 192.0.2.1, not-an-ip | 10.0.0.5",
			"203.0.113.9 | 192.0.2.1 | 203.0.113.9", "10.0.0.5 | 10.0.0.6, 10.0.0.7 | 10.0.0.6" })
	void resolveWhenBehindTrustedProxyThenRightmostUntrustedHop(String remote, String forwardedFor, String expected) {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.0/8"));

		assertThat(resolver.resolve(request(remote, forwardedFor))).isEqualTo(expected);
	}

	@Test
	void resolveWhenSeveralHeadersThenReadAsOneList() {
		ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.0/8", "::1"));

		assertThat(resolver.resolve(request("::1", "6.6.6.6", "192.0.2.1, 10.0.0.1"))).isEqualTo("192.0.2.1");
	}

	@Test
	void parseWhenRangesThenMatchByPrefix() {
		assertThat(IpRange.parse("10.0.0.0/8").contains(IpRange.parseAddress("10.255.0.1"))).isTrue();
		assertThat(IpRange.parse("10.0.0.0/8").contains(IpRange.parseAddress("11.0.0.1"))).isFalse();
		assertThat(IpRange.parse("192.168.1.128/25").contains(IpRange.parseAddress("192.168.1.200"))).isTrue();
		assertThat(IpRange.parse("192.168.1.128/25").contains(IpRange.parseAddress("192.168.1.127"))).isFalse();
		assertThat(IpRange.parse("127.0.0.1").contains(IpRange.parseAddress("127.0.0.1"))).isTrue();
		assertThat(IpRange.parse("fd00::/8").contains(IpRange.parseAddress("fd12::1"))).isTrue();
		assertThat(IpRange.parse("fd00::/8").contains(IpRange.parseAddress("10.0.0.1"))).isFalse();
	}

	@Test
	void parseWhenHostNameThenRefusedWithoutLookup() {
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("proxy.internal"));
		assertThatIllegalArgumentException().isThrownBy(() -> IpRange.parse("10.0.0.0/33"));
		assertThat(IpRange.parseAddress("example.com")).isNull();
	}

}
