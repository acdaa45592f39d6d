/**
 * Job import for operators: {@code POST /admin/jobs/import} (outside the public API, not
 * routed by the gateway, guarded by the admin key) takes schema.org {@code JobPosting}
 * JSON, as an array or as one object per line, maps each posting to a job and upserts it
 * by its identifier, each posting in its own transaction, and reports a result per
 * posting.
 */
@NullMarked
package network.applicant.gpt.actions.importing;

import org.jspecify.annotations.NullMarked;
