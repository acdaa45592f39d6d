package network.applicant.gpt.gateway.accesstoken;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenFilterTests {

	@Test
	void bearerTokenWhenOneBearerCredentialThenToken() {
		assertThat(AccessTokenFilter.bearerToken(List.of("Bearer abc.def.ghi"))).isEqualTo("abc.def.ghi");
		assertThat(AccessTokenFilter.bearerToken(List.of("bearer abc.def.ghi"))).isEqualTo("abc.def.ghi");
	}

	@Test
	void bearerTokenWhenNotExactlyOneBearerTokenThenNull() {
		assertThat(AccessTokenFilter.bearerToken(List.of())).isNull();
		assertThat(AccessTokenFilter.bearerToken(List.of("Bearer a", "Bearer b"))).isNull();
		assertThat(AccessTokenFilter.bearerToken(List.of("Basic dXNlcjpwYXNz"))).isNull();
		assertThat(AccessTokenFilter.bearerToken(List.of("Bearer "))).isNull();
		assertThat(AccessTokenFilter.bearerToken(List.of("Bearer a b"))).isNull();
		assertThat(AccessTokenFilter.bearerToken(List.of("Bearerabc"))).isNull();
	}

}
