/**
 * The OpenAPI 3.0.1 document of the Actions API that ChatGPT imports, served at
 * {@code /api/v1/gpt/openapi.yaml} with the configured public base URL; tests keep it in
 * step with the handlers and their scopes.
 */
@NullMarked
package network.applicant.gpt.actions.openapi;

import org.jspecify.annotations.NullMarked;
