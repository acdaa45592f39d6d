package network.applicant.gpt.actions.system;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import network.applicant.gpt.config.internal.InternalServiceProperties;
import network.applicant.gpt.config.jwt.AccessTokenProperties;
import network.applicant.gpt.config.jwt.AccessTokenVerifier;

/**
 * Authentication and scope checks for the Actions API.
 *
 * <p>The verifier is built here from {@link AccessTokenProperties}, bound unconditionally,
 * so that a deployment without {@code applicant.tokens.*} fails at start-up naming the
 * key instead of answering 401 to every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessTokenProperties.class)
class SecurityConfiguration implements WebMvcConfigurer {

	/** Paths under the API prefix that need no caller (documents ChatGPT fetches without a token). */
	static final List<String> PUBLIC_PATHS = List.of(ActionsApi.PREFIX + "/openapi.yaml",
			ActionsApi.PREFIX + "/privacy");

	@Bean
	AccessTokenVerifier accessTokenVerifier(AccessTokenProperties properties) {
		return AccessTokenVerifier.from(properties);
	}

	@Bean
	FilterRegistrationBean<CallerAuthenticationFilter> callerAuthenticationFilter(AccessTokenVerifier verifier,
			InternalServiceProperties internal) {
		FilterRegistrationBean<CallerAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new CallerAuthenticationFilter(verifier, internal, PUBLIC_PATHS));
		// after the request-id filter, before anything that reads the body
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ScopeInterceptor()).addPathPatterns(ActionsApi.PREFIX + "/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArgumentResolver());
	}

}
