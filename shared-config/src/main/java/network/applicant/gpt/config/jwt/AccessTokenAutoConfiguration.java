package network.applicant.gpt.config.jwt;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * An {@link AccessTokenVerifier} for services that set {@code applicant.tokens.jwks-uri}.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = AccessTokenProperties.PREFIX, name = "jwks-uri")
@EnableConfigurationProperties(AccessTokenProperties.class)
class AccessTokenAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AccessTokenVerifier accessTokenVerifier(AccessTokenProperties properties) {
		return AccessTokenVerifier.from(properties);
	}

}
