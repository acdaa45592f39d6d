package network.applicant.gpt.actions.system;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.audit.AuditProperties;

/**
 * The audit event of every Actions API call ({@link ActionExecutionAuditFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ActionAuditConfiguration {

	/*
	 * After the request-id filter (the event carries the id) and before the caller
	 * authentication filter, so that it sees the caller that filter establishes and the
	 * status of everything behind it, refusals included.
	 */
	@Bean
	FilterRegistrationBean<ActionExecutionAuditFilter> actionExecutionAuditFilter(AuditOutbox outbox,
			AuditProperties audit, Clock clock) {
		FilterRegistrationBean<ActionExecutionAuditFilter> registration = new FilterRegistrationBean<>(
				new ActionExecutionAuditFilter(ActionOperations.CONTRACT, outbox, audit.source(),
						SecurityConfiguration.PUBLIC_PATHS, clock));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
