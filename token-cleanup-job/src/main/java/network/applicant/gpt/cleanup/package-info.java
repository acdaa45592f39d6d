/**
 * The token-cleanup job: a run-to-completion program, scheduled as a Kubernetes CronJob,
 * that deletes expired authorization codes, refresh tokens and families past their
 * lifetimes, expired confirmation tokens and delivered audit-outbox rows, in small
 * batches, and exits with a status that tells the scheduler whether it worked.
 */
@NullMarked
package network.applicant.gpt.cleanup;

import org.jspecify.annotations.NullMarked;
