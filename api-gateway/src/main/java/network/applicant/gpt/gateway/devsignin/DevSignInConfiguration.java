package network.applicant.gpt.gateway.devsignin;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the dev sign-in when {@code applicant.gateway.dev-sign-in.enabled} is true, and
 * refuses to start at all if that happens under the {@code prod} profile.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(DevSignInProperties.PREFIX + ".enabled")
@EnableConfigurationProperties(DevSignInProperties.class)
class DevSignInConfiguration {

	/*
	 * A bean-factory post-processor runs before any ordinary bean exists, so the refusal
	 * happens before a server, a Redis connection or Reactor Netty's shared event loops are
	 * created (closing those on the way out would disturb other applications in the JVM).
	 */
	@Bean
	static BeanFactoryPostProcessor devSignInProductionGuard(Environment environment) {
		return (beanFactory) -> {
			if (environment.matchesProfiles("prod")) {
				throw new IllegalStateException(DevSignInProperties.PREFIX + ".enabled is true while the prod profile"
						+ " is active; the dev sign-in issues sessions for anyone who knows a demo password and must never"
						+ " run in production");
			}
		};
	}

	@Bean
	DevSessionIssuer devSessionIssuer(DevSignInProperties properties) {
		return new DevSessionIssuer(properties.issuer(), properties.origin().toString(), properties.sessionLifetime(),
				Clock.systemUTC());
	}

	@Bean
	RouterFunction<ServerResponse> devSignInRoutes(DevSessionIssuer issuer, DevSignInProperties properties) {
		return new DevSignInHandler(issuer, new CsrfTokens(), new RedirectTargets(properties.origin()),
				properties.users(), properties.secureCookie())
			.routes();
	}

}
