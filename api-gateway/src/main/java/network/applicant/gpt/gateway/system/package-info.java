/**
 * Cross-cutting wiring: the RFC 9457 problem responses for errors raised anywhere in the
 * reactive pipeline (unknown paths, unreachable services, timeouts).
 */
@NullMarked
package network.applicant.gpt.gateway.system;

import org.jspecify.annotations.NullMarked;
