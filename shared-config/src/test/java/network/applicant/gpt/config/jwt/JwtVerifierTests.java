package network.applicant.gpt.config.jwt;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import network.applicant.gpt.config.testing.TestSigningKey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The verifier against a JWKS endpoint played by WireMock, as our authorization server
 * publishes it.
 */
class JwtVerifierTests {

	private static final String ISSUER = "https://applicant.test";

	private static final String AUDIENCE = "gpt-actions";

	private final WireMockServer jwksServer = new WireMockServer(wireMockConfig().dynamicPort());

	private final TestSigningKey key = TestSigningKey.es256("key-1");

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

	private final Clock clock = new Clock() {
		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return JwtVerifierTests.this.now.get();
		}
	};

	private JwtVerifier verifier;

	@BeforeEach
	void start() {
		this.jwksServer.start();
		publish(this.key);
		this.verifier = new JwtVerifier(JwtVerifier.Settings.of(ISSUER, AUDIENCE, "ES256"),
				JwksKeys.fromUrl(URI.create(this.jwksServer.baseUrl() + "/jwks.json"), Duration.ofMinutes(10),
						Duration.ZERO, Duration.ofSeconds(2)),
				this.clock);
	}

	@AfterEach
	void stop() {
		this.jwksServer.stop();
	}

	private void publish(TestSigningKey... keys) {
		this.jwksServer.stubFor(get("/jwks.json").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withHeader("Cache-Control", "max-age=600")
			.withBody(TestSigningKey.jwks(keys))));
	}

	private TestSigningKey.TokenBuilder token(TestSigningKey signer) {
		return signer.token().issuer(ISSUER).audience(AUDIENCE).subject("user_1").claim("client_id", "chatgpt")
			.claim("scope", "jobs:read");
	}

	private InvalidTokenException.Reason refusal(String token) {
		try {
			this.verifier.verify(token);
		}
		catch (InvalidTokenException ex) {
			return ex.reason();
		}
		throw new AssertionError("token was accepted");
	}

	@Test
	void verifyWhenValidThenClaims() throws Exception {
		VerifiedJwt jwt = this.verifier.verify(token(this.key).build());

		assertThat(jwt.subject()).isEqualTo("user_1");
		assertThat(jwt.issuer()).isEqualTo(ISSUER);
		assertThat(jwt.audiences()).containsExactly(AUDIENCE);
		assertThat(jwt.keyId()).isEqualTo("key-1");
		assertThat(jwt.stringClaim("client_id")).isEqualTo("chatgpt");
		assertThat(jwt.jwtId()).isNotBlank();
	}

	@Test
	void verifyWhenExpiredBeyondSkewThenExpired() {
		String token = token(this.key).issuedAt(this.now.get().minusSeconds(900))
			.expiresAt(this.now.get().minusSeconds(31))
			.build();

		assertThat(refusal(token)).isEqualTo(InvalidTokenException.Reason.EXPIRED);
	}

	@Test
	void verifyWhenExpiredWithinSkewThenAccepted() throws Exception {
		String token = token(this.key).issuedAt(this.now.get().minusSeconds(900))
			.expiresAt(this.now.get().minusSeconds(10))
			.build();

		assertThat(this.verifier.verify(token).subject()).isEqualTo("user_1");
	}

	@Test
	void verifyWhenNotYetValidThenRefused() {
		String token = token(this.key).notBefore(this.now.get().plusSeconds(120)).build();

		assertThat(refusal(token)).isEqualTo(InvalidTokenException.Reason.NOT_YET_VALID);
	}

	@Test
	void verifyWhenOtherIssuerThenWrongIssuer() {
		assertThat(refusal(token(this.key).issuer("https://evil.test").build()))
			.isEqualTo(InvalidTokenException.Reason.WRONG_ISSUER);
	}

	@Test
	void verifyWhenOtherAudienceThenWrongAudience() {
		assertThat(refusal(token(this.key).audience("someone-else").build()))
			.isEqualTo(InvalidTokenException.Reason.WRONG_AUDIENCE);
	}

	@Test
	void verifyWhenPayloadTamperedThenBadSignature() {
		String[] parts = token(this.key).build().split("\\.");
		String forged = token(this.key).subject("user_2").build().split("\\.")[1];

		assertThat(refusal(parts[0] + "." + forged + "." + parts[2])).isEqualTo(InvalidTokenException.Reason.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenSignedByUnpublishedKeyWithSameKidThenBadSignature() {
		TestSigningKey impostor = TestSigningKey.es256("key-1");

		assertThat(refusal(token(impostor).build())).isEqualTo(InvalidTokenException.Reason.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenAlgorithmNotAllowedThenRefused() {
		TestSigningKey rsa = TestSigningKey.rs256("key-1");
		publish(this.key, rsa);

		assertThat(refusal(token(rsa).build())).isIn(InvalidTokenException.Reason.BAD_SIGNATURE,
				InvalidTokenException.Reason.UNKNOWN_KEY);
	}

	@Test
	void verifyWhenUnsignedThenRefused() {
		String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
		String payload = token(this.key).build().split("\\.")[1];

		assertThat(refusal(header + "." + payload + ".")).isNotNull();
	}

	@Test
	void verifyWhenGarbageThenMalformed() {
		assertThat(refusal("not-a-token")).isEqualTo(InvalidTokenException.Reason.MALFORMED);
		assertThat(refusal("")).isEqualTo(InvalidTokenException.Reason.MALFORMED);
		assertThat(refusal("a".repeat(9000))).isEqualTo(InvalidTokenException.Reason.MALFORMED);
	}

	@Test
	void verifyWhenKeyRotatedThenUnknownKidRefreshesKeySet() throws Exception {
		this.verifier.verify(token(this.key).build());
		TestSigningKey next = TestSigningKey.es256("key-2");
		publish(this.key, next);

		VerifiedJwt jwt = this.verifier.verify(token(next).build());

		assertThat(jwt.keyId()).isEqualTo("key-2");
		assertThat(this.verifier.verify(token(this.key).build()).keyId())
			.as("tokens signed by the previous key still verify").isEqualTo("key-1");
		this.jwksServer.verify(2, getRequestedFor(urlEqualTo("/jwks.json")));
	}

	@Test
	void verifyWhenKidUnknownEvenAfterRefreshThenUnknownKey() {
		assertThat(refusal(token(TestSigningKey.es256("key-9")).build())).isEqualTo(InvalidTokenException.Reason.UNKNOWN_KEY);
	}

	@Test
	void verifyWhenSameTokenTwiceThenSignatureCheckedOnceAndCached() throws Exception {
		String token = token(this.key).build();
		this.verifier.verify(token);
		this.jwksServer.stop();

		assertThat(this.verifier.verify(token).subject()).isEqualTo("user_1");
		assertThat(this.verifier.cachedTokens()).isEqualTo(1);
	}

	@Test
	void verifyWhenCachedTokenExpiresThenRefused() throws Exception {
		String token = token(this.key).expiresAt(this.now.get().plusSeconds(60)).build();
		this.verifier.verify(token);

		this.now.set(this.now.get().plusSeconds(120));

		assertThat(refusal(token)).isEqualTo(InvalidTokenException.Reason.EXPIRED);
	}

	@Test
	void verifyWhenFailedThenNotCached() {
		refusal(token(this.key).issuer("https://evil.test").build());

		assertThat(this.verifier.cachedTokens()).isZero();
	}

	@Test
	void verifyWhenJwksUnreachableAndKeyNotCachedThenKeysUnavailable() {
		this.jwksServer.stop();

		assertThat(refusal(token(this.key).build())).isIn(InvalidTokenException.Reason.KEYS_UNAVAILABLE,
				InvalidTokenException.Reason.UNKNOWN_KEY);
	}

	@Test
	void fromPemVerifiesWithoutNetwork() throws Exception {
		TestSigningKey clerk = TestSigningKey.rs256("ins_1");
		JwtVerifier pemVerifier = new JwtVerifier(JwtVerifier.Settings.of("https://clerk.applicant.test", null, "RS256"),
				JwksKeys.fromPem(clerk.publicKeyPem()), this.clock);

		VerifiedJwt jwt = pemVerifier.verify(clerk.token().issuer("https://clerk.applicant.test").subject("user_9").build());

		assertThat(jwt.subject()).isEqualTo("user_9");
	}

}
