package network.applicant.gpt.gateway.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import network.applicant.gpt.config.internal.InternalServiceProperties;

/**
 * Wires the removal of identity headers that arrive from outside and the Clerk session
 * verification that adds the trusted ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ InternalServiceProperties.class, IdentityHeadersProperties.class,
		ClerkProperties.class })
class IdentityConfiguration {

	/** The Clerk user id header the gateway sets for the oauth service after verifying a session. */
	static final String CLERK_USER_ID = "x-clerk-user-id";

	/** The Clerk user id header the actions service may read. */
	static final String GPT_CLERK_USER_ID = "x-gpt-clerk-user-id";

	@Bean
	IdentityHeaderStrippingFilter identityHeaderStrippingFilter(InternalServiceProperties internal,
			IdentityHeadersProperties properties) {
		List<String> names = new ArrayList<>(List.of(CLERK_USER_ID, ClerkSessionFilter.CLERK_USER_EMAIL,
				ClerkSessionFilter.CLERK_USER_NAME, GPT_CLERK_USER_ID, internal.serviceKeyHeader()));
		names.addAll(properties.strippedHeaders());
		return new IdentityHeaderStrippingFilter(names);
	}

	@Bean
	ClerkSessionVerifier clerkSessionVerifier(ClerkProperties properties) {
		return new ClerkSessionVerifier(properties, ClerkSessionVerifier.keys(properties), Clock.systemUTC());
	}

	@Bean
	ClerkSessionFilter clerkSessionFilter(ClerkSessionVerifier verifier, InternalServiceProperties internal) {
		return new ClerkSessionFilter(verifier, internal);
	}

}
