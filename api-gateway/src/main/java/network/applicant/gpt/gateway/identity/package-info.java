/**
 * Which identity headers a caller from outside may not set. Services trust
 * {@code x-clerk-user-id} and the internal service key only because the gateway removes
 * them from every incoming request before routing; a filter that verifies a session and
 * adds trusted identity headers belongs here and must run after
 * {@link network.applicant.gpt.gateway.identity.IdentityHeaderStrippingFilter#ORDER}.
 */
@NullMarked
package network.applicant.gpt.gateway.identity;

import org.jspecify.annotations.NullMarked;
