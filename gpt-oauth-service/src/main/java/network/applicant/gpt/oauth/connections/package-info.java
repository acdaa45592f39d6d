/**
 * Connected apps: the candidate's own view of the clients linked to their account (an
 * HTML page and a JSON API, identified by the gateway from the Clerk session), and the
 * removal of a connection: every refresh-token family of that candidate and client
 * revoked at once, the consent and any unredeemed codes deleted. Account deletion
 * (Clerk's {@code user.deleted} webhook) removes every connection the same way.
 */
@NullMarked
package network.applicant.gpt.oauth.connections;

import org.jspecify.annotations.NullMarked;
