/**
 * Configuration shared by the Applicant.Network GPT services: typed, validated
 * properties records, the audit-event contract and its outbox, the RFC 9457 problem
 * model and request-id propagation. Holds configuration and auto-configuration only,
 * never domain code.
 */
@NullMarked
package network.applicant.gpt.config;

import org.jspecify.annotations.NullMarked;
