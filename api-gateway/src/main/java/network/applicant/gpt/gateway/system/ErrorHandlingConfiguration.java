package network.applicant.gpt.gateway.system;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the problem-details error handler, which makes Boot's default
 * {@code ErrorWebExceptionHandler} back off.
 */
@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

	@Bean
	ProblemExceptionHandler problemExceptionHandler(JsonMapper jsonMapper) {
		return new ProblemExceptionHandler(jsonMapper);
	}

}
