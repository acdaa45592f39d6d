/**
 * Bearer access tokens on the actions API. Every request routed to the actions service,
 * except a few public documents, must carry a valid access token from our authorization
 * server; the gateway verifies it, records who the caller is for the rate limits, and
 * forwards the {@code Authorization} header unchanged for the actions service to verify
 * again. Callers are never identified from {@code openai-*} headers.
 */
@NullMarked
package network.applicant.gpt.gateway.accesstoken;

import org.jspecify.annotations.NullMarked;
