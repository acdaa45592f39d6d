/**
 * Cross-cutting wiring of the service: data access through Jdbi joined to Spring's
 * transactions. Features depend on what is configured here, never the other way round.
 */
@NullMarked
package network.applicant.gpt.oauth.system;

import org.jspecify.annotations.NullMarked;
