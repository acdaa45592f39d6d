package network.applicant.gpt.oauth.discovery;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.config.jwt.Scope;
import network.applicant.gpt.oauth.keys.SigningKeys;
import network.applicant.gpt.oauth.system.OAuthServerProperties;

/**
 * What clients and verifiers discover about the server: the RFC 8414 metadata (only what
 * works) and the JWKS with every published signing key.
 */
@RestController
class DiscoveryController {

	static final String JWKS_PATH = "/api/v1/gpt/oauth/jwks.json";

	private final SigningKeys keys;

	private final Map<String, Object> metadata;

	DiscoveryController(SigningKeys keys, OAuthServerProperties server) {
		this.keys = keys;
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("issuer", server.issuerId());
		metadata.put("authorization_endpoint", server.publicUrl("/api/v1/gpt/oauth/authorize"));
		metadata.put("token_endpoint", server.publicUrl("/api/v1/gpt/oauth/token"));
		metadata.put("revocation_endpoint", server.publicUrl("/api/v1/gpt/oauth/revoke"));
		metadata.put("jwks_uri", server.publicUrl(JWKS_PATH));
		metadata.put("scopes_supported", List.copyOf(Scope.allValues()));
		metadata.put("response_types_supported", List.of("code"));
		metadata.put("response_modes_supported", List.of("query"));
		metadata.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
		metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		metadata.put("revocation_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		metadata.put("code_challenge_methods_supported", List.of("S256"));
		this.metadata = Map.copyOf(metadata);
	}

	@GetMapping(path = "/.well-known/oauth-authorization-server", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> metadata() {
		return this.metadata;
	}

	/*
	 * The one response that is cacheable: verifiers are meant to cache the key set, and
	 * they refetch on an unknown kid anyway, which is how a new key reaches them.
	 */
	@GetMapping(path = JWKS_PATH, produces = { "application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.keys.jwksJson());
	}

}
