/**
 * The gateway application. Its feature packages are {@code routing} (where each public
 * path goes), {@code identity} (which headers a caller may not set, and the Clerk session
 * that sets the trusted ones), {@code accesstoken} (bearer tokens on the actions API),
 * {@code ratelimit} (per-candidate budgets in Redis), {@code devsignin} (the local stand-in
 * for Clerk), {@code requestid} (request ids and the access log) and {@code system} (error
 * handling and other cross-cutting wiring).
 */
@NullMarked
package network.applicant.gpt.gateway;

import org.jspecify.annotations.NullMarked;
