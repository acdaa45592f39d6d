/**
 * The key that guards a service's non-public admin endpoints ({@code /admin/**}, never
 * routed by the gateway), and the servlet interceptor that checks it.
 */
@NullMarked
package network.applicant.gpt.config.admin;

import org.jspecify.annotations.NullMarked;
