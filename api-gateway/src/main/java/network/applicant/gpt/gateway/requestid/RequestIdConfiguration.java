package network.applicant.gpt.gateway.requestid;

import org.springframework.boot.webflux.autoconfigure.WebHttpHandlerBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the gateway's HTTP handler so that every request, routed or not, gets a request id
 * and an access-log line.
 */
@Configuration(proxyBeanMethods = false)
class RequestIdConfiguration {

	@Bean
	WebHttpHandlerBuilderCustomizer requestIdHttpHandlerCustomizer() {
		return (builder) -> builder.httpHandlerDecorator(RequestIdHttpHandler.decorator());
	}

	@Bean
	TraceIdWebFilter traceIdWebFilter() {
		return new TraceIdWebFilter();
	}

}
