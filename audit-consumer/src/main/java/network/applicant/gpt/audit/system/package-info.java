/**
 * Cross-cutting wiring of the audit consumer: the Spring-transaction-aware Jdbi
 * instance that the feature DAOs are created from.
 */
@NullMarked
package network.applicant.gpt.audit.system;

import org.jspecify.annotations.NullMarked;
