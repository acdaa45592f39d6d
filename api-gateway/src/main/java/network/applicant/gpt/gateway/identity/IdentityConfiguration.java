package network.applicant.gpt.gateway.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import network.applicant.gpt.config.internal.InternalServiceProperties;

/**
 * Wires the removal of identity headers that arrive from outside.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ InternalServiceProperties.class, IdentityHeadersProperties.class })
class IdentityConfiguration {

	/** The Clerk user id header the gateway sets for the oauth service after verifying a session. */
	static final String CLERK_USER_ID = "x-clerk-user-id";

	/** The Clerk user id header the actions service may read. */
	static final String GPT_CLERK_USER_ID = "x-gpt-clerk-user-id";

	@Bean
	IdentityHeaderStrippingFilter identityHeaderStrippingFilter(InternalServiceProperties internal,
			IdentityHeadersProperties properties) {
		List<String> names = new ArrayList<>(List.of(CLERK_USER_ID, GPT_CLERK_USER_ID, internal.serviceKeyHeader()));
		names.addAll(properties.strippedHeaders());
		return new IdentityHeaderStrippingFilter(names);
	}

}
