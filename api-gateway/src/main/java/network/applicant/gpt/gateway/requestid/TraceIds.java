package network.applicant.gpt.gateway.requestid;

import org.jspecify.annotations.Nullable;

/**
 * The trace and span id of one request's server span, handed from
 * {@link TraceIdWebFilter} (which runs inside the traced part of the handler) back out to
 * {@link RequestIdHttpHandler} (which wraps the handler and writes the access log after
 * the span has ended). Travels in the Reactor context under {@link #KEY}.
 */
final class TraceIds {

	static final String KEY = TraceIds.class.getName();

	private volatile @Nullable String traceId;

	private volatile @Nullable String spanId;

	void set(String traceId, String spanId) {
		this.traceId = traceId;
		this.spanId = spanId;
	}

	@Nullable String traceId() {
		return this.traceId;
	}

	@Nullable String spanId() {
		return this.spanId;
	}

}
