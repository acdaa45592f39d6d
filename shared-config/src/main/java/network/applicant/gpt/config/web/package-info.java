/**
 * Servlet wiring shared by the services: request-id propagation into logs and
 * responses, and problem-details answers for errors that never reach a controller.
 */
@NullMarked
package network.applicant.gpt.config.web;

import org.jspecify.annotations.NullMarked;
