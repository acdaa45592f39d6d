/**
 * The authorization endpoint and what the candidate sees: request validation (client,
 * exact redirect URI, scopes, PKCE), the sign-in hand-off, the consent page with its
 * signed form, remembered consents, code issuing, and the error, success and learn-more
 * pages.
 */
@NullMarked
package network.applicant.gpt.oauth.authorize;

import org.jspecify.annotations.NullMarked;
