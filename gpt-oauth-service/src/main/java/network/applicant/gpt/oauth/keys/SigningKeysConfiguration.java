package network.applicant.gpt.oauth.keys;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import network.applicant.gpt.oauth.system.OAuthServerProperties;

/**
 * Loads the signing keys at start-up (a bad key stops the service) and builds the
 * access-token issuer on the active one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningKeyProperties.class)
class SigningKeysConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SigningKeysConfiguration.class);

	@Bean
	SigningKeys signingKeys(SigningKeyProperties properties, Environment environment) {
		SigningKeys keys = SigningKeys.load(properties, environment.acceptsProfiles(Profiles.of("prod")));
		log.atInfo()
			.addKeyValue("active_key_id", keys.activeKeyId())
			.addKeyValue("published_key_ids", keys.keyIds())
			.log("Access tokens are signed with key {}; JWKS publishes {}", keys.activeKeyId(), keys.keyIds());
		return keys;
	}

	@Bean
	AccessTokenIssuer accessTokenIssuer(SigningKeys keys, OAuthServerProperties server, Clock clock) {
		return new AccessTokenIssuer(keys, server.issuerId(), server.audience(), server.lifetimes().accessToken(),
				clock);
	}

}
