/**
 * Who the caller is, as far as the oauth service is told. Services trust
 * {@code x-clerk-user-id} (with {@code x-clerk-user-email}, {@code x-clerk-user-name}) and
 * the internal service key only because the gateway removes them from every incoming
 * request before routing; {@link network.applicant.gpt.gateway.identity.ClerkSessionFilter}
 * then adds them, after verifying a Clerk session, on the few oauth-service paths that act
 * for a signed-in candidate and nowhere else.
 */
@NullMarked
package network.applicant.gpt.gateway.identity;

import org.jspecify.annotations.NullMarked;
