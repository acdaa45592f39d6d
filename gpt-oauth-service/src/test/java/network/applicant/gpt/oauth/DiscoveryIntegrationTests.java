package network.applicant.gpt.oauth;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import network.applicant.gpt.config.jwt.AccessToken;
import network.applicant.gpt.config.jwt.AccessTokenVerifier;
import network.applicant.gpt.config.jwt.JwksKeys;
import network.applicant.gpt.config.jwt.JwtVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata and the JWKS as clients and verifiers read them, and key rotation seen
 * through shared-config's verifier.
 */
class DiscoveryIntegrationTests extends OAuthServiceIntegrationTest {

	@LocalServerPort
	private int port;

	private AccessTokenVerifier verifier() {
		return new AccessTokenVerifier(new JwtVerifier(
				JwtVerifier.Settings.of("http://localhost:8080", "http://localhost:8080/api/v1/gpt", "ES256"),
				JwksKeys.fromUrl(URI.create("http://localhost:" + this.port + "/api/v1/gpt/oauth/jwks.json"),
						Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(5)),
				Clock.systemUTC()));
	}

	@Test
	void metadataListsExactlyWhatWorks() {
		OAuthHttp http = new OAuthHttp(this.port);
		HttpResponse<String> response = http.get("/.well-known/oauth-authorization-server", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode metadata = http.json(response);
		assertThat(metadata.propertyNames()).containsExactlyInAnyOrder("issuer", "authorization_endpoint",
				"token_endpoint", "revocation_endpoint", "jwks_uri", "scopes_supported", "response_types_supported",
				"response_modes_supported", "grant_types_supported", "token_endpoint_auth_methods_supported",
				"revocation_endpoint_auth_methods_supported", "code_challenge_methods_supported");
		assertThat(metadata.get("issuer").asString()).isEqualTo("http://localhost:8080");
		assertThat(metadata.get("authorization_endpoint").asString())
			.isEqualTo("http://localhost:8080/api/v1/gpt/oauth/authorize");
		assertThat(metadata.get("token_endpoint").asString()).isEqualTo("http://localhost:8080/api/v1/gpt/oauth/token");
		assertThat(metadata.get("revocation_endpoint").asString())
			.isEqualTo("http://localhost:8080/api/v1/gpt/oauth/revoke");
		assertThat(metadata.get("jwks_uri").asString()).isEqualTo("http://localhost:8080/api/v1/gpt/oauth/jwks.json");
		assertThat(strings(metadata.get("grant_types_supported"))).containsExactly("authorization_code", "refresh_token");
		assertThat(strings(metadata.get("token_endpoint_auth_methods_supported")))
			.containsExactlyInAnyOrder("client_secret_basic", "client_secret_post");
		assertThat(strings(metadata.get("scopes_supported"))).containsExactly("jobs:read", "applications:read",
				"applications:write", "resume:read");
		assertThat(strings(metadata.get("code_challenge_methods_supported"))).containsExactly("S256");
		assertThat(strings(metadata.get("response_types_supported"))).containsExactly("code");
	}

	@Test
	void jwksPublishesEveryConfiguredKeyWithoutPrivateParts() {
		OAuthHttp http = new OAuthHttp(this.port);
		HttpResponse<String> response = http.get("/api/v1/gpt/oauth/jwks.json", null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode keys = http.json(response).get("keys");
		assertThat(keys.valueStream().map((key) -> key.get("kid").asString()).toList())
			.containsExactlyInAnyOrder(PREVIOUS_KEY_ID, ACTIVE_KEY_ID);
		assertThat(keys.valueStream().toList()).allSatisfy((key) -> {
			assertThat(key.get("kty").asString()).isEqualTo("EC");
			assertThat(key.get("crv").asString()).isEqualTo("P-256");
			assertThat(key.get("alg").asString()).isEqualTo("ES256");
			assertThat(key.get("use").asString()).isEqualTo("sig");
			assertThat(key.has("d")).isFalse();
		});
	}

	@Test
	void tokenSignedByThePreviousKeyStillVerifies() throws Exception {
		JwtClaims claims = new JwtClaims();
		claims.setIssuer("http://localhost:8080");
		claims.setAudience("http://localhost:8080/api/v1/gpt");
		claims.setSubject("user_demo_ada");
		claims.setClaim("client_id", CONFIGURED_CLIENT_ID);
		claims.setClaim("scope", "jobs:read");
		claims.setIssuedAt(NumericDate.now());
		claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plusSeconds(300).getEpochSecond()));
		claims.setJwtId(UUID.randomUUID().toString());
		JsonWebSignature jws = new JsonWebSignature();
		jws.setPayload(claims.toJson());
		jws.setAlgorithmHeaderValue("ES256");
		jws.setKeyIdHeaderValue(PREVIOUS_KEY_ID);
		jws.setKey(privateKey(PREVIOUS_KEY_PEM));

		AccessToken token = verifier().verify(jws.getCompactSerialization());

		assertThat(token.candidateId()).isEqualTo("user_demo_ada");
	}

	@Test
	void issuedAccessTokenVerifiesWithTheActiveKeyAndCarriesTheContractClaims() throws Exception {
		OAuthHttp http = new OAuthHttp(this.port);
		String candidate = "user_it_" + UUID.randomUUID().toString().substring(0, 8);
		try {
			HttpResponse<String> page = http.get("/api/v1/gpt/oauth/authorize?response_type=code&client_id="
					+ CONFIGURED_CLIENT_ID + "&redirect_uri=" + OAuthFlowIntegrationTests.CHATGPT_CALLBACK
					+ "&state=s&scope=jobs:read", candidate);
			Map<String, String> form = OAuthHttp.hiddenFields(page.body());
			form.put("decision", "approve");
			String code = OAuthHttp.query(OAuthHttp.continueUrl(
					http.postForm("/api/v1/gpt/oauth/consent", form, candidate, null).body())).get("code");
			JsonNode tokens = http.json(http.postForm("/api/v1/gpt/oauth/token",
					Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
							OAuthFlowIntegrationTests.CHATGPT_CALLBACK),
					null, OAuthHttp.basic(CONFIGURED_CLIENT_ID, CONFIGURED_CLIENT_SECRET)));
			String jwt = tokens.get("access_token").asString();

			AccessToken token = verifier().verify(jwt);

			assertThat(token.candidateId()).isEqualTo(candidate);
			assertThat(token.clientId()).isEqualTo(CONFIGURED_CLIENT_ID);
			assertThat(token.scopes()).containsExactly("jobs:read");
			JsonWebSignature parsed = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(jwt);
			assertThat(parsed.getKeyIdHeaderValue()).isEqualTo(ACTIVE_KEY_ID);
			assertThat(parsed.getAlgorithmHeaderValue()).isEqualTo("ES256");
			JwtClaims claims = JwtClaims.parse(parsed.getUnverifiedPayload());
			assertThat(claims.getClaimsMap().keySet()).contains("iss", "sub", "aud", "client_id", "scope", "iat", "exp",
					"jti");
			assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(900);
		}
		finally {
			org.springframework.jdbc.core.JdbcTemplate jdbc = this.jdbc;
			jdbc.update("DELETE FROM oauth.refresh_token_families WHERE candidate_id = ?", candidate);
			jdbc.update("DELETE FROM oauth.authorization_codes WHERE candidate_id = ?", candidate);
			jdbc.update("DELETE FROM oauth.consents WHERE candidate_id = ?", candidate);
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static PrivateKey privateKey(String pem) throws Exception {
		String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
		return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
	}

}
