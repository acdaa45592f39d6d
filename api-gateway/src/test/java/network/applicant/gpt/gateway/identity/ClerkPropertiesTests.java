package network.applicant.gpt.gateway.identity;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.config.testing.TestSigningKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClerkPropertiesTests {

	private static final URI JWKS = URI.create("https://clerk.applicant.test/.well-known/jwks.json");

	private static ClerkProperties create(String issuer, URI jwksUri, String pem, Duration skew) {
		return new ClerkProperties(issuer, jwksUri, pem, null, skew, Duration.ofMinutes(10), Duration.ofSeconds(30),
				Duration.ofSeconds(2));
	}

	@Test
	void createWhenJwksUriThenAcceptedWithEmptyParties() {
		ClerkProperties properties = create("https://clerk.applicant.test", JWKS, null, Duration.ofSeconds(5));

		assertThat(properties.authorizedParties()).isEmpty();
	}

	@Test
	void createWhenPemThenAccepted() {
		String pem = TestSigningKey.rs256("k").publicKeyPem();

		assertThat(create("https://clerk.applicant.test", null, pem, Duration.ofSeconds(5)).publicKeyPem())
			.isEqualTo(pem);
	}

	@Test
	void createWhenIssuerMissingThenMessageNamesKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> create(" ", JWKS, null, Duration.ofSeconds(5)))
			.withMessageStartingWith("applicant.gateway.clerk.issuer is not set");
	}

	@Test
	void createWhenBothOrNeitherKeySourceThenMessageNamesBothKeys() {
		String pem = TestSigningKey.rs256("k").publicKeyPem();

		assertThatIllegalArgumentException().isThrownBy(() -> create("https://i", JWKS, pem, Duration.ofSeconds(5)))
			.withMessage("set exactly one of applicant.gateway.clerk.jwks-uri and applicant.gateway.clerk.public-key-pem");
		assertThatIllegalArgumentException().isThrownBy(() -> create("https://i", null, null, Duration.ofSeconds(5)))
			.withMessage("set exactly one of applicant.gateway.clerk.jwks-uri and applicant.gateway.clerk.public-key-pem");
	}

	@Test
	void createWhenPemNotAKeyThenMessageNamesKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create("https://i", null, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
					Duration.ofSeconds(5)))
			.withMessageStartingWith("applicant.gateway.clerk.public-key-pem is not a PEM RSA public key");
	}

	@Test
	void createWhenJwksUriRelativeThenMessageNamesKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> create("https://i", URI.create("/jwks.json"), null, Duration.ofSeconds(5)))
			.withMessageStartingWith("applicant.gateway.clerk.jwks-uri must be an absolute http(s) URL");
	}

	@Test
	void createWhenClockSkewTooLargeThenMessageNamesKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> create("https://i", JWKS, null, Duration.ofMinutes(2)))
			.withMessageStartingWith("applicant.gateway.clerk.clock-skew");
	}

	@Test
	void createWhenAuthorizedPartiesGivenThenKept() {
		ClerkProperties properties = new ClerkProperties("https://i", JWKS, null, List.of("https://app"),
				Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(2));

		assertThat(properties.authorizedParties()).containsExactly("https://app");
	}

}
