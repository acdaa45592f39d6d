/**
 * Submitting an application on a candidate's behalf ({@code submitApplication}) with the
 * two-step confirmation: a first call validates everything and answers with a summary and
 * a single-use confirmation token stored hashed in PostgreSQL; only a second call that
 * presents the token with {@code confirmed: true} writes the application, its answers,
 * its first status-history row and the audit event, in one transaction.
 */
@NullMarked
package network.applicant.gpt.actions.applying;

import org.jspecify.annotations.NullMarked;
