/**
 * Verification of the JSON Web Tokens the services accept: our own ES256 access tokens
 * (verified by the gateway and again by the actions service) and, through the same
 * {@link network.applicant.gpt.config.jwt.JwtVerifier}, Clerk's RS256 session tokens.
 * Keys come from a JWKS endpoint, cached and refreshed when an unknown key id appears,
 * or from a configured public key; verified claims are cached until the token expires.
 */
@NullMarked
package network.applicant.gpt.config.jwt;

import org.jspecify.annotations.NullMarked;
