/**
 * Access-token signing: the configured (or, locally, generated) ES256 keys, the issuer
 * that signs tokens with the active key, and the JWKS that publishes every key so that
 * tokens signed before a rotation keep verifying until they expire.
 */
@NullMarked
package network.applicant.gpt.oauth.keys;

import org.jspecify.annotations.NullMarked;
