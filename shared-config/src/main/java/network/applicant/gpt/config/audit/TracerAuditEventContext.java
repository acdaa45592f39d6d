package network.applicant.gpt.config.audit;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The trace id of the current Micrometer span (falling back to the MDC when there is no
 * tracer or no span), and the request id from the MDC.
 */
final class TracerAuditEventContext implements AuditEventContext {

	private final ObjectProvider<Tracer> tracer;

	private final AuditEventContext fallback = AuditEventContext.mdc();

	TracerAuditEventContext(ObjectProvider<Tracer> tracer) {
		this.tracer = tracer;
	}

	@Override
	public @Nullable String requestId() {
		return this.fallback.requestId();
	}

	@Override
	public @Nullable String traceId() {
		Tracer current = this.tracer.getIfAvailable();
		Span span = (current != null) ? current.currentSpan() : null;
		if (span != null && !span.isNoop()) {
			return span.context().traceId();
		}
		return this.fallback.traceId();
	}

}
