/**
 * Reading the audit log: the non-public admin query {@code GET /admin/audit-events}, which
 * lists one candidate's events newest first with keyset pagination, guarded by the admin
 * key ({@code Authorization: Bearer <applicant.audit.admin-key>}). The gateway never routes
 * {@code /admin/**}; the endpoint is reached inside the cluster only.
 */
@NullMarked
package network.applicant.gpt.audit.admin;

import org.jspecify.annotations.NullMarked;
