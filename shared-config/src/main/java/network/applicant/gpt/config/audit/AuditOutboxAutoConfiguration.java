package network.applicant.gpt.config.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the audit outbox and its relay in services that set
 * {@code applicant.audit.outbox.enabled=true}.
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
			AuditEventSender sender, AuditProperties properties) {
		return new AuditOutboxRelay(jdbc, transactionManager, sender, properties.outbox());
	}

	@Bean
	AuditOutbox auditOutbox(JdbcTemplate jdbc, AuditEventCodec codec, AuditProperties properties,
			AuditOutboxRelay relay) {
		return new AuditOutbox(jdbc, codec, properties.outbox().table(), relay::nudge);
	}

}
