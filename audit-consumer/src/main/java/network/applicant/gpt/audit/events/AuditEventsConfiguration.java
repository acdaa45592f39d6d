package network.applicant.gpt.audit.events;

import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
	AuditEventReceiver auditEventReceiver(AuditEventCodec codec, AuditEventDao dao,
			AuditConsumerProperties properties) {
		return new AuditEventReceiver(codec, dao, properties);
	}

	/*
	 * The input type is Message<byte[]>, not AuditEvent, so that Stream's content-type
	 * conversion (Jackson-based) never touches the body: the shared codec is the one
	 * definition of the wire format, and a body it refuses must surface as
	 * MalformedAuditEventException (not retried, dead-lettered) rather than as a
	 * conversion error inside the framework.
	 */
	@Bean
	Consumer<Message<byte[]>> auditEvents(AuditEventReceiver receiver) {
		return receiver::receive;
	}

	@Bean
	@ServiceActivator(inputChannel = IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME)
	MessageHandler deadLetterLog() {
		return new DeadLetterLog();
	}

}
