package network.applicant.gpt.actions.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;

/**
 * Records one {@value #EVENT_TYPE} audit event per authenticated call of an Actions API
 * operation, whatever its outcome: the operation id, the status code, the latency, the
 * request id, the candidate and the client. Never the query string, a body, an answer or
 * resume text: the event is built from the method, the matched operation and the status
 * alone.
 *
 * <p>Which calls are recorded:
 * <ul>
 * <li>every call whose caller was established (a verified access token, or the gateway's
 * trusted headers), with outcome {@code SUCCESS} below 400, {@code DENIED} for 401/403
 * (for example a missing scope) and {@code FAILURE} for any other 4xx or 5xx; 5xx with
 * severity {@code WARNING};</li>
 * <li>not the calls refused with 401 before a caller existed. They have no candidate and no
 * client we could trust (the token did not verify), and recording them would let anyone
 * who can reach the service write to the audit log. They are logged by
 * {@code CallerAuthenticationFilter} and counted by the gateway;</li>
 * <li>not requests that name no operation (an unknown path or method under the prefix).</li>
 * </ul>
 *
 * <p>Not part of the business transaction. The event is inserted after the handler has
 * finished, in a short transaction of its own (one {@code INSERT} into the outbox, auto
 * commit), because it describes the finished call (its status and latency), which exists
 * only after any business transaction has committed or rolled back. Business changes keep
 * their own events written inside their transactions ({@code actions.application.submitted}).
 * The execution event therefore exists only for a call that happened, with the status it
 * had; the one way a call can happen without its event is the process dying, or the
 * database failing, between the end of the handler and this insert. That is logged as an
 * error with the request id when the insert fails.
 */
class ActionExecutionAuditFilter extends OncePerRequestFilter {

	static final String EVENT_TYPE = "actions.operation.executed";

	private static final Logger log = LoggerFactory.getLogger(ActionExecutionAuditFilter.class);

	private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{1,19}");

	private final ActionOperations operations;

	private final AuditOutbox outbox;

	private final String source;

	private final List<String> publicPaths;

	private final Clock clock;

	ActionExecutionAuditFilter(ActionOperations operations, AuditOutbox outbox, String source,
			List<String> publicPaths, Clock clock) {
		this.operations = operations;
		this.outbox = outbox;
		this.source = source;
		this.publicPaths = List.copyOf(publicPaths);
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return !path.startsWith(ActionsApi.PREFIX + "/") || this.publicPaths.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<ActionOperations.Match> operation = this.operations.match(request.getMethod(), path(request));
		if (operation.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Instant startedAt = this.clock.instant();
		long started = System.nanoTime();
		boolean escaped = true;
		try {
			chain.doFilter(request, response);
			escaped = false;
		}
		finally {
			// an exception that escapes the chain becomes a 500 in the container's error dispatch
			int status = escaped ? 500 : response.getStatus();
			long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			if (request.getAttribute(CallerAuthenticationFilter.ATTRIBUTE) instanceof Caller caller) {
				record(caller, operation.get(), status, latencyMs, startedAt);
			}
		}
	}

	private void record(Caller caller, ActionOperations.Match operation, int status, long latencyMs,
			Instant startedAt) {
		try {
			AuditEvent.Builder event = AuditEvent.builder(EVENT_TYPE, this.source)
				.occurredAt(startedAt)
				.actor(AuditEvent.ActorType.CANDIDATE, caller.candidateId())
				.candidateId(caller.candidateId())
				.clientId(caller.clientId())
				.requestId(caller.requestId())
				.traceId(MDC.get("traceId"))
				.outcome(outcome(status))
				.severity((status >= 500) ? AuditEvent.Severity.WARNING : AuditEvent.Severity.INFO)
				.detail("operation", operation.operationId())
				.detail("status_code", Integer.toString(status))
				.detail("latency_ms", Long.toString(latencyMs));
			String jobId = operation.pathVariables().get("jobId");
			if (jobId != null && NUMERIC_ID.matcher(jobId).matches()) {
				event.subject("job_id", jobId);
			}
			this.outbox.record(event.build());
		}
		catch (RuntimeException ex) {
			log.atError()
				.addKeyValue("operation", operation.operationId())
				.addKeyValue("status_code", status)
				.addKeyValue("request_id", caller.requestId())
				.log("Action execution audit event not recorded ({})", ex.getClass().getSimpleName());
		}
	}

	static AuditEvent.Outcome outcome(int status) {
		if (status < 400) {
			return AuditEvent.Outcome.SUCCESS;
		}
		if (status == 401 || status == 403) {
			return AuditEvent.Outcome.DENIED;
		}
		return AuditEvent.Outcome.FAILURE;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
