/**
 * Discovery: the RFC 8414 authorization-server metadata and the JWKS of the signing keys.
 */
@NullMarked
package network.applicant.gpt.oauth.discovery;

import org.jspecify.annotations.NullMarked;
