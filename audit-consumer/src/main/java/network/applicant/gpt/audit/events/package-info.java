/**
 * Storing audit events: the Spring Cloud Stream consumer bound to {@code auditEvents-in-0},
 * the idempotent insert into {@code audit.audit_events}, and the warning logged for each
 * message that goes to the dead-letter queue. Events are decoded with the shared
 * {@link network.applicant.gpt.config.audit.AuditEventCodec}, so the stored columns are
 * exactly the members of the {@link network.applicant.gpt.config.audit.AuditEvent} contract.
 */
@NullMarked
package network.applicant.gpt.audit.events;

import org.jspecify.annotations.NullMarked;
