/**
 * Per-candidate rate limits on Redis. A request with a verified access token is counted
 * against its candidate (the token's subject) and plan, reads and writes in separate
 * token buckets; a request without one is counted against its client address. The
 * buckets live in Redis and are updated by one Lua script, so every gateway replica
 * draws from the same budget and concurrent requests never admit more than it.
 */
@NullMarked
package network.applicant.gpt.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
