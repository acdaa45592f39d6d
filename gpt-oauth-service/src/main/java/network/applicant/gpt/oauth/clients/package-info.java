/**
 * OAuth clients: their registration from configuration at start-up, the scopes they
 * may ask for, and how their secrets are hashed and checked. The token endpoint
 * authenticates clients with {@link network.applicant.gpt.oauth.clients.ClientSecretHasher}.
 */
@NullMarked
package network.applicant.gpt.oauth.clients;

import org.jspecify.annotations.NullMarked;
