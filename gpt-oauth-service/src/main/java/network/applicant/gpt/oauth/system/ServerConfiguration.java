package network.applicant.gpt.oauth.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import network.applicant.gpt.config.internal.InternalServiceProperties;

/**
 * The server-wide pieces: its properties, the internal service key that makes identity
 * headers trustworthy, the clock every lifetime is measured with, and the response
 * headers of every OAuth response.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OAuthServerProperties.class, InternalServiceProperties.class })
class ServerConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	AdminAuthorization adminAuthorization(OAuthServerProperties server) {
		return new AdminAuthorization(server.adminKey());
	}

	@Bean
	FilterRegistrationBean<OAuthResponseHeadersFilter> oauthResponseHeadersFilter() {
		FilterRegistrationBean<OAuthResponseHeadersFilter> registration = new FilterRegistrationBean<>(
				new OAuthResponseHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
