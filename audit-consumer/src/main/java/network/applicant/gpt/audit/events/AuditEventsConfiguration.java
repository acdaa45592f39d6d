package network.applicant.gpt.audit.events;

import java.time.Clock;
import java.util.function.Consumer;


import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.annotation.StreamRetryTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;

import network.applicant.gpt.config.audit.AuditEventCodec;

/**
 * Wires the {@code auditEvents} consumer that Spring Cloud Stream binds as
 * {@code auditEvents-in-0}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditConsumerProperties.class)
class AuditEventsConfiguration {

	@Bean
	AuditEventCodec auditEventCodec() {
		return new AuditEventCodec();
	}

	@Bean
	AuditEventDao auditEventDao(Jdbi jdbi) {
		return jdbi.onDemand(AuditEventDao.class);
	}

	@Bean
	AuditConsumerMetrics auditConsumerMetrics() {
		return new AuditConsumerMetrics(Clock.systemUTC());
	}

	@Bean
	AuditEventReceiver auditEventReceiver(AuditEventCodec codec, AuditEventDao dao,
			AuditConsumerProperties properties, AuditConsumerMetrics metrics) {
		return new AuditEventReceiver(codec, dao, properties, metrics);
	}

	/*
	 * The input type is Message<byte[]>, not AuditEvent, so that Stream's content-type
	 * conversion (Jackson-based) never touches the body: the shared codec is the one
	 * definition of the wire format, and a body it refuses must surface as
	 * RejectedAuditMessageException (not retried, dead-lettered) rather than as a
	 * conversion error inside the framework.
	 */
	@Bean
	Consumer<Message<byte[]>> auditEvents(AuditEventReceiver receiver) {
		return receiver::receive;
	}

	/*
	 * Bound through consumer.retry-template-name. The binding's own retry keys
	 * (max-attempts, back-off-*) cannot express "never retry this exception": their
	 * retryable-exceptions map is keyed by class name, and with Boot 4 every class name
	 * (upper-case letters, '$') is refused as a configuration property name.
	 * Causes are traversed, so the exception is found inside the binder's wrapper.
	 */
	@StreamRetryTemplate
	RetryTemplate auditEventsRetryTemplate(AuditConsumerProperties properties) {
		AuditConsumerProperties.Retry retry = properties.retry();
		return new RetryTemplate(RetryPolicy.builder()
			.maxRetries(retry.maxAttempts() - 1L)
			.delay(retry.initialBackoff())
			.multiplier(retry.multiplier())
			.maxDelay(retry.maxBackoff())
			.excludes(RejectedAuditMessageException.class)
			.build());
	}

	@Bean
	@ServiceActivator(inputChannel = IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME)
	MessageHandler deadLetterLog(AuditConsumerMetrics metrics) {
		return new DeadLetterLog(metrics::deadLettered);
	}

}
