/**
 * The audit-event contract and its delivery. {@link network.applicant.gpt.config.audit.AuditEvent}
 * is what every service publishes and what the audit consumer stores;
 * {@link network.applicant.gpt.config.audit.AuditOutbox} writes events in the same
 * transaction as the change they describe and {@link network.applicant.gpt.config.audit.AuditOutboxRelay}
 * delivers them to RabbitMQ through Spring Cloud Stream once they have committed.
 */
@NullMarked
package network.applicant.gpt.config.audit;

import org.jspecify.annotations.NullMarked;
