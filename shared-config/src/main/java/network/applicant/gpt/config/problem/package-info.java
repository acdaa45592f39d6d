/**
 * The RFC 9457 problem-details model every service answers errors with: a stable
 * {@code code} member beside {@code type}, {@code title}, {@code status} and a
 * {@code detail} that is safe to show, plus the servlet wiring that renders Spring's
 * own exceptions, unknown failures and errors raised in filters the same way.
 */
@NullMarked
package network.applicant.gpt.config.problem;

import org.jspecify.annotations.NullMarked;
