package network.applicant.gpt.audit.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/audit-events}: one candidate's audit events, newest first, a page at a
 * time. Non-public: guarded by the admin key ({@link AdminKeyInterceptor}) and never routed
 * by the gateway.
 *
 * <pre>
 * curl -s -H 'Authorization: Bearer local-admin-key' \
 *   'localhost:8083/admin/audit-events?candidate_id=user_demo_ada&amp;type=oauth.token.issued&amp;limit=20'
 * </pre>
 */
@RestController
class AuditEventQueryController {

	static final String PATH = "/admin/audit-events";

	private final AuditEventQueries queries;

	AuditEventQueryController(AuditEventQueries queries) {
		this.queries = queries;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> list(@RequestParam(name = "candidate_id", required = false) @Nullable String candidateId,
			@RequestParam(name = "type", required = false) @Nullable String type,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to,
			@RequestParam(name = "limit", required = false) @Nullable String limit,
			@RequestParam(name = "cursor", required = false) @Nullable String cursor) {
		AuditEventQueries.Page page = this.queries.find(AuditEventQuery.of(candidateId, type, from, to, limit, cursor));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", page.events());
		body.put("next_cursor", page.nextCursor());
		return body;
	}

}
