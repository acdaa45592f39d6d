/**
 * A local stand-in for Clerk's sign-in, enabled only with
 * {@code applicant.gateway.dev-sign-in.enabled} and never under the {@code prod} profile.
 * It checks the configured demo candidates' email and password, then sets the
 * {@code __session} cookie to a Clerk-shaped RS256 session token signed by a key made at
 * start-up, whose JWKS it publishes, so the gateway's production verification path is
 * the one that runs locally.
 */
@NullMarked
package network.applicant.gpt.gateway.devsignin;

import org.jspecify.annotations.NullMarked;
