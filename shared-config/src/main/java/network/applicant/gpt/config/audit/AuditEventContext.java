package network.applicant.gpt.config.audit;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import network.applicant.gpt.config.web.RequestIds;

/**
 * Tells {@link AuditOutbox} which request and trace the current work belongs to, so that
 * an event recorded without a {@code requestId} or {@code traceId} still gets them.
 *
 * <p>Not a store: it only reads what the request-id filter and the tracer already put in
 * place. {@link #mdc()} reads the logging context ({@value RequestIds#MDC_KEY} and
 * Micrometer Tracing's {@value #TRACE_ID_MDC_KEY}); the auto-configuration prefers the
 * current span of a Micrometer {@code Tracer} for the trace id when one exists.
 */
public interface AuditEventContext {

	/** The MDC key under which Micrometer Tracing puts the current trace id. */
	String TRACE_ID_MDC_KEY = "traceId";

	/** @return the request id of the current work, or {@code null} */
	@Nullable String requestId();

	/** @return the trace id of the current work, or {@code null} */
	@Nullable String traceId();

	/**
	 * @return a context read from the logging MDC of the calling thread
	 */
	static AuditEventContext mdc() {
		return new AuditEventContext() {

			@Override
			public @Nullable String requestId() {
				return MDC.get(RequestIds.MDC_KEY);
			}

			@Override
			public @Nullable String traceId() {
				return MDC.get(TRACE_ID_MDC_KEY);
			}

		};
	}

}
