/**
 * The gateway application. Its feature packages are {@code routing} (where each public
 * path goes), {@code identity} (which headers a caller may not set), {@code requestid}
 * (request ids and the access log) and {@code system} (error handling and other
 * cross-cutting wiring).
 */
@NullMarked
package network.applicant.gpt.gateway;

import org.jspecify.annotations.NullMarked;
