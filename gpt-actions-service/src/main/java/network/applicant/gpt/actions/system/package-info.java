/**
 * Cross-cutting wiring of the actions service: caller authentication and scope checks, the
 * audit event of every Actions API call, Jdbi joined to Spring's transactions, the
 * clock, the shared configuration records it needs, and the start-up guard that refuses
 * to run the local profile together with the production profile.
 */
@NullMarked
package network.applicant.gpt.actions.system;

import org.jspecify.annotations.NullMarked;
