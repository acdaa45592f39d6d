/**
 * The GPT actions service. Its feature packages hold the platform data it reads and writes
 * on a candidate's behalf; {@code system} holds the cross-cutting wiring (Jdbi, clock,
 * start-up guards) and {@code demo} the local-profile demo data.
 */
@NullMarked
package network.applicant.gpt.actions;

import org.jspecify.annotations.NullMarked;
