package network.applicant.gpt.gateway.accesstoken;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import network.applicant.gpt.config.jwt.AccessTokenProperties;
import network.applicant.gpt.config.jwt.AccessTokenVerifier;
import network.applicant.gpt.config.jwt.JwksKeys;
import network.applicant.gpt.config.jwt.JwtVerifier;

/**
 * Wires access-token verification on the actions routes. The verifier is declared here
 * rather than left to shared-config's auto-configuration (which only appears when
 * {@code applicant.tokens.jwks-uri} is set) so that a gateway without token settings fails
 * at start-up, naming the missing {@code applicant.tokens.*} key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccessTokenProperties.class, AccessTokenGatewayProperties.class })
class AccessTokenConfiguration {

	@Bean
	AccessTokenVerifier accessTokenVerifier(AccessTokenProperties properties) {
		return new AccessTokenVerifier(new JwtVerifier(properties.verifierSettings(),
				JwksKeys.fromUrl(properties.jwksUri(), properties.jwksCacheDuration(),
						properties.jwksRefreshReprieve(), properties.jwksTimeout()),
				Clock.systemUTC()));
	}

	@Bean
	AccessTokenFilter accessTokenFilter(AccessTokenVerifier verifier, AccessTokenGatewayProperties properties,
			MeterRegistry registry) {
		return new AccessTokenFilter(verifier, properties, registry);
	}

	@Bean
	AccessTokenRejectionFilter accessTokenRejectionFilter() {
		return new AccessTokenRejectionFilter();
	}

}
