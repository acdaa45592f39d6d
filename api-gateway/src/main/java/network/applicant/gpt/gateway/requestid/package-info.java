/**
 * Request ids and the access log. Every request gets an {@code X-Request-Id} (a valid one
 * from the caller is kept) that is forwarded to the services and returned to the caller,
 * and every request produces one structured access-log line that carries it.
 */
@NullMarked
package network.applicant.gpt.gateway.requestid;

import org.jspecify.annotations.NullMarked;
