package network.applicant.gpt.config.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the audit outbox and its relay in services that set
 * {@code applicant.audit.outbox.enabled=true}. Where Micrometer is present the relay
 * publishes the {@code audit.outbox.*} meters, and where Micrometer Tracing is present
 * recorded events get the current trace id.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.springframework.cloud.stream.config.BindingServiceConfiguration" })
@ConditionalOnClass({ JdbcTemplate.class, StreamBridge.class })
@ConditionalOnProperty(prefix = "applicant.audit.outbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(AuditProperties.class)
class AuditOutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AuditEventCodec auditEventCodec() {
		return new AuditEventCodec();
	}

	@Bean
	@ConditionalOnMissingBean
	AuditEventSender auditEventSender(ObjectProvider<StreamBridge> bridge, AuditProperties properties) {
		return new StreamBridgeAuditEventSender(bridge.getObject(), properties.outbox().binding(),
				properties.outbox().sendTimeout());
	}

	@Bean
	AuditOutboxRelay auditOutboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			AuditEventSender sender, AuditProperties properties, ObjectProvider<AuditOutboxRelay.Listener> listener) {
		return new AuditOutboxRelay(jdbc, transactionManager, sender, properties.outbox(),
				listener.getIfAvailable(() -> AuditOutboxRelay.Listener.NONE));
	}

	@Bean
	AuditOutbox auditOutbox(JdbcTemplate jdbc, AuditEventCodec codec, AuditProperties properties,
			AuditOutboxRelay relay, ObjectProvider<AuditEventContext> context) {
		return new AuditOutbox(jdbc, codec, properties.outbox().table(), relay::nudge,
				context.getIfAvailable(AuditEventContext::mdc));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class OutboxMetricsConfiguration {

		/*
		 * The meters are registered once every singleton exists, not when the relay is
		 * created: a servlet filter that records audit events makes the relay one of the
		 * first beans, before the meter registry can be had, and the gauges then never
		 * appeared. Until then (start-up) the relay reports to no one.
		 */
		@Bean
		@ConditionalOnMissingBean(AuditOutboxRelay.Listener.class)
		DeferredOutboxMetrics auditOutboxMetrics(ObjectProvider<MeterRegistry> registry, AuditProperties properties) {
			return new DeferredOutboxMetrics(registry, properties.source());
		}

	}

	/** Relay listener that starts publishing meters once the application's singletons exist. */
	static final class DeferredOutboxMetrics implements AuditOutboxRelay.Listener, SmartInitializingSingleton {

		private final ObjectProvider<MeterRegistry> registry;

		private final String source;

		private volatile AuditOutboxRelay.Listener delegate = AuditOutboxRelay.Listener.NONE;

		DeferredOutboxMetrics(ObjectProvider<MeterRegistry> registry, String source) {
			this.registry = registry;
			this.source = source;
		}

		@Override
		public void afterSingletonsInstantiated() {
			MeterRegistry meters = this.registry.getIfAvailable();
			if (meters != null) {
				this.delegate = new MicrometerAuditOutboxMetrics(meters, this.source);
			}
		}

		@Override
		public void delivered() {
			this.delegate.delivered();
		}

		@Override
		public void failed(String reason) {
			this.delegate.failed(reason);
		}

		@Override
		public void backlog(long pending, java.time.Duration oldestAge) {
			this.delegate.backlog(pending, oldestAge);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tracer.class)
	static class TracingContextConfiguration {

		@Bean
		@ConditionalOnMissingBean(AuditEventContext.class)
		AuditEventContext auditEventContext(ObjectProvider<Tracer> tracer) {
			return new TracerAuditEventContext(tracer);
		}

	}

}
