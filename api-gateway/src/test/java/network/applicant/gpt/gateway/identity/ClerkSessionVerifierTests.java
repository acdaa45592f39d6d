package network.applicant.gpt.gateway.identity;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import network.applicant.gpt.config.jwt.InvalidTokenException;
import network.applicant.gpt.config.jwt.InvalidTokenException.Reason;
import network.applicant.gpt.config.testing.TestSigningKey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Clerk session verification against a JWKS endpoint played by WireMock, at a fixed time.
 */
class ClerkSessionVerifierTests {

	private static final String ISSUER = "https://clerk.applicant.test";

	private static final String APP = "https://app.applicant.test";

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private static final TestSigningKey KEY = TestSigningKey.rs256("clerk-1");

	private final WireMockServer clerk = new WireMockServer(wireMockConfig().dynamicPort());

	private ClerkSessionVerifier verifier;

	@BeforeEach
	void start() {
		this.clerk.start();
		publish(KEY);
		this.verifier = verifier(List.of(APP));
	}

	@AfterEach
	void stop() {
		this.clerk.stop();
	}

	private ClerkSessionVerifier verifier(List<String> authorizedParties) {
		ClerkProperties properties = new ClerkProperties(ISSUER, URI.create(this.clerk.baseUrl() + "/.well-known/jwks.json"),
				null, authorizedParties, Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ZERO,
				Duration.ofSeconds(2));
		return new ClerkSessionVerifier(properties, ClerkSessionVerifier.keys(properties),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private void publish(TestSigningKey... keys) {
		this.clerk.stubFor(get("/.well-known/jwks.json").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withHeader("Cache-Control", "max-age=600")
			.withBody(TestSigningKey.jwks(keys))));
	}

	private static TestSigningKey.TokenBuilder session(TestSigningKey key) {
		return key.token()
			.issuer(ISSUER)
			.subject("user_demo_ada")
			.claim("sid", "sess_1")
			.claim("azp", APP)
			.issuedAt(NOW.minusSeconds(30))
			.notBefore(NOW.minusSeconds(30))
			.expiresAt(NOW.plusSeconds(30));
	}

	private void assertRefused(String token, Reason reason) {
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> this.verifier.verify(token))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	@Test
	void verifyWhenValidThenSessionWithEmailAndName() throws Exception {
		ClerkSession session = this.verifier.verify(session(KEY).claim("email", "ada@applicant.test")
			.claim("name", "Ada Lovelace")
			.build());

		assertThat(session).isEqualTo(new ClerkSession("user_demo_ada", "ada@applicant.test", "Ada Lovelace"));
	}

	@Test
	void verifyWhenNoEmailOrNameClaimsThenOnlyUserId() throws Exception {
		assertThat(this.verifier.verify(session(KEY).build())).isEqualTo(new ClerkSession("user_demo_ada", null, null));
	}

	@Test
	void verifyWhenExpiredBeyondLeewayThenRefused() {
		assertRefused(session(KEY).expiresAt(NOW.minusSeconds(6)).build(), Reason.EXPIRED);
	}

	@Test
	void verifyWhenExpiredWithinLeewayThenAccepted() throws Exception {
		assertThat(this.verifier.verify(session(KEY).expiresAt(NOW.minusSeconds(3)).build()).userId())
			.isEqualTo("user_demo_ada");
	}

	@Test
	void verifyWhenNotYetValidThenRefused() {
		// shared-config reports this reason as MALFORMED today; what matters here is the refusal
		assertThatExceptionOfType(InvalidTokenException.class)
			.isThrownBy(() -> this.verifier.verify(session(KEY).notBefore(NOW.plusSeconds(60)).build()));
	}

	@Test
	void verifyWhenNotBeforeWithinLeewayThenAccepted() throws Exception {
		assertThat(this.verifier.verify(session(KEY).notBefore(NOW.plusSeconds(3)).build()).userId())
			.isEqualTo("user_demo_ada");
	}

	@Test
	void verifyWhenWrongIssuerThenRefused() {
		assertRefused(session(KEY).issuer("https://clerk.evil.example").build(), Reason.WRONG_ISSUER);
	}

	@Test
	void verifyWhenWrongAuthorizedPartyThenRefused() {
		assertRefused(session(KEY).claim("azp", "https://evil.example").build(), Reason.REJECTED);
	}

	@Test
	void verifyWhenAuthorizedPartyMissingAndPartiesConfiguredThenRefused() {
		assertRefused(session(KEY).withoutClaim("azp").build(), Reason.REJECTED);
	}

	@Test
	void verifyWhenNoPartiesConfiguredThenAnyAzpAccepted() throws Exception {
		ClerkSessionVerifier lenient = verifier(List.of());

		assertThat(lenient.verify(session(KEY).claim("azp", "https://elsewhere.example").build()).userId())
			.isEqualTo("user_demo_ada");
	}

	@Test
	void verifyWhenUnknownKeyIdThenRefused() {
		assertRefused(session(TestSigningKey.rs256("clerk-unknown")).build(), Reason.UNKNOWN_KEY);
	}

	@Test
	void verifyWhenPayloadTamperedThenRefused() {
		String[] parts = session(KEY).build().split("\\.");
		String forged = session(KEY).subject("user_demo_grace").build().split("\\.")[1];

		assertRefused(parts[0] + "." + forged + "." + parts[2], Reason.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenSignedWithAnotherKeyUnderTheKnownKeyIdThenRefused() {
		TestSigningKey impostor = TestSigningKey.rs256(KEY.keyId());

		assertRefused(session(impostor).build(), Reason.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenNotRs256ThenRefused() {
		TestSigningKey ec = TestSigningKey.es256("clerk-ec");
		publish(KEY, ec);

		assertRefused(session(ec).build(), Reason.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenKeysRotateThenNewKeyIdFetchedOnRefresh() throws Exception {
		this.verifier.verify(session(KEY).build());
		TestSigningKey next = TestSigningKey.rs256("clerk-2");
		publish(KEY, next);

		assertThat(this.verifier.verify(session(next).subject("user_demo_grace").build()).userId())
			.isEqualTo("user_demo_grace");
		this.clerk.verify(2, getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
	}

	@Test
	void verifyWhenPemKeyConfiguredThenVerifiesWithoutNetwork() throws Exception {
		this.clerk.stop();
		ClerkProperties properties = new ClerkProperties(ISSUER, null, KEY.publicKeyPem(), List.of(APP),
				Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ZERO, Duration.ofSeconds(2));
		ClerkSessionVerifier networkless = new ClerkSessionVerifier(properties, ClerkSessionVerifier.keys(properties),
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(networkless.verify(session(KEY).build()).userId()).isEqualTo("user_demo_ada");
		assertThatExceptionOfType(InvalidTokenException.class)
			.isThrownBy(() -> networkless.verify(session(TestSigningKey.rs256("other")).build()));
	}

}
