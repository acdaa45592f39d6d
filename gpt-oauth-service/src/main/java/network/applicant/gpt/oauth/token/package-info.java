/**
 * The token endpoint and revocation: client authentication, the authorization-code
 * grant with PKCE and replay handling, refresh-token rotation with a retry grace period
 * and replay detection, and RFC 7009 revocation of whole token families.
 */
@NullMarked
package network.applicant.gpt.oauth.token;

import org.jspecify.annotations.NullMarked;
