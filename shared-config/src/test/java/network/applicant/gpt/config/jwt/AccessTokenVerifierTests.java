package network.applicant.gpt.config.jwt;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.config.testing.TestSigningKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccessTokenVerifierTests {

	private final TestSigningKey key = TestSigningKey.es256("k1");

	private final AccessTokenVerifier verifier = new AccessTokenVerifier(
			new JwtVerifier(JwtVerifier.Settings.of("https://applicant.test", "gpt-actions", "ES256"),
					JwksKeys.fromPem(this.key.publicKeyPem()), Clock.systemUTC()));

	private TestSigningKey.TokenBuilder token() {
		return this.key.token().issuer("https://applicant.test").audience("gpt-actions").subject("user_demo_ada")
			.claim("client_id", "chatgpt-local").claim("scope", "jobs:read applications:read");
	}

	@Test
	void verifyWhenCompleteThenCandidateClientAndScopes() throws Exception {
		AccessToken token = this.verifier.verify(token().build());

		assertThat(token.candidateId()).isEqualTo("user_demo_ada");
		assertThat(token.clientId()).isEqualTo("chatgpt-local");
		assertThat(token.scopes()).containsExactlyInAnyOrder("jobs:read", "applications:read");
		assertThat(token.hasScope(Scope.JOBS_READ)).isTrue();
		assertThat(token.hasScope(Scope.APPLICATIONS_WRITE)).isFalse();
	}

	@Test
	void verifyWhenScopeMissingThenMissingClaim() {
		assertThatExceptionOfType(InvalidTokenException.class)
			.isThrownBy(() -> this.verifier.verify(token().withoutClaim("scope").build()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(InvalidTokenException.Reason.MISSING_CLAIM));
	}

	@Test
	void verifyWhenClientIdMissingThenMissingClaim() {
		assertThatExceptionOfType(InvalidTokenException.class)
			.isThrownBy(() -> this.verifier.verify(token().withoutClaim("client_id").build()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(InvalidTokenException.Reason.MISSING_CLAIM));
	}

	@Test
	void verifyWhenNoKeyIdHeaderThenMissingClaim() {
		assertThatExceptionOfType(InvalidTokenException.class)
			.isThrownBy(() -> this.verifier.verify(token().withoutKeyId().build()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(InvalidTokenException.Reason.MISSING_CLAIM));
	}

	@Test
	void scopeValuesAreTheContract() {
		assertThat(Scope.allValues()).containsExactly("jobs:read", "applications:read", "applications:write",
				"resume:read");
		assertThat(Scope.of("resume:read")).contains(Scope.RESUME_READ);
		assertThat(Scope.of("admin")).isEmpty();
	}

}
