package network.applicant.gpt.gateway.requestid;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.util.context.Context;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;

import network.applicant.gpt.config.web.RequestIds;

/**
 * Gives every request a request id and writes one access-log line for it when the
 * response is complete.
 *
 * <p>A valid {@value RequestIds#HEADER} from the caller is kept; a missing or malformed
 * one (too short or long, or containing anything but letters, digits and {@code ._:-}) is
 * replaced by a new id. The id replaces the caller's header on the request that the routes
 * forward, and it is the only {@value RequestIds#HEADER} on the response, even when a
 * service answers with its own.
 *
 * <p>The access-log line is JSON (through the structured console format) with the members
 * {@code request_id}, {@code method}, {@code path}, {@code status},
 * {@code duration_ms} and, when tracing is on, {@code traceId} and {@code spanId} (the
 * keys Micrometer Tracing uses in every other log line). It never holds headers or the
 * query string: both can carry tokens and OAuth authorization codes.
 */
final class RequestIdHttpHandler implements HttpHandler {

	/** The logger of the access log, so that operators can route or silence it. */
	static final String ACCESS_LOG = "network.applicant.gpt.gateway.access";

	/** The log keys of the trace ids, the same as Micrometer Tracing's MDC keys. */
	static final String TRACE_ID = "traceId";

	static final String SPAN_ID = "spanId";

	private static final Logger log = LoggerFactory.getLogger(ACCESS_LOG);

	/*
	 * Why this wraps the whole HttpHandler rather than being a GlobalFilter or WebFilter:
	 * a GlobalFilter only sees requests that matched a route, so unknown paths and
	 * actuator calls would get neither an id nor a log line; a WebFilter finishes before
	 * the WebExceptionHandlers have written error responses, so it would log the status
	 * of a request that had not been answered yet. Around the HttpHandler both the id and
	 * the final status are known for every request.
	 */
	private final HttpHandler delegate;

	private final LongSupplier nanoTime;

	RequestIdHttpHandler(HttpHandler delegate) {
		this(delegate, System::nanoTime);
	}

	RequestIdHttpHandler(HttpHandler delegate, LongSupplier nanoTime) {
		this.delegate = delegate;
		this.nanoTime = nanoTime;
	}

	/**
	 * @return a decorator that wraps the application's handler in this one
	 */
	static HttpHandlerDecoratorFactory decorator() {
		return RequestIdHttpHandler::new;
	}

	@Override
	public Mono<Void> handle(ServerHttpRequest request, ServerHttpResponse response) {
		long start = this.nanoTime.getAsLong();
		String requestId = RequestIds.adoptOrGenerate(request.getHeaders().getFirst(RequestIds.HEADER));
		ServerHttpRequest withId = request.mutate().headers((headers) -> headers.set(RequestIds.HEADER, requestId)).build();
		response.getHeaders().set(RequestIds.HEADER, requestId);
		response.beforeCommit(() -> {
			// a routed response carries the service's headers, which may include its own id
			response.getHeaders().set(RequestIds.HEADER, requestId);
			return Mono.empty();
		});
		TraceIds traceIds = new TraceIds();
		return this.delegate.handle(withId, response)
			.doFinally((signal) -> logAccess(requestId, traceIds, request, response, signal, start))
			.contextWrite(Context.of(TraceIds.KEY, traceIds));
	}

	private void logAccess(String requestId, TraceIds traceIds, ServerHttpRequest request,
			ServerHttpResponse response, SignalType signal, long start) {
		long durationMs = TimeUnit.NANOSECONDS.toMillis(this.nanoTime.getAsLong() - start);
		HttpStatusCode status = response.getStatusCode();
		LoggingEventBuilder line = log.atInfo()
			.addKeyValue(RequestIds.MDC_KEY, requestId)
			.addKeyValue("method", request.getMethod().name())
			.addKeyValue("path", request.getPath().value())
			.addKeyValue("status", (status != null) ? status.value() : 200)
			.addKeyValue("duration_ms", durationMs)
			.addKeyValue("outcome", (signal == SignalType.CANCEL) ? "cancelled" : "completed");
		/*
		 * The trace ids go through the MDC, not addKeyValue: Reactor's context propagation
		 * may have restored the request's MDC on this thread already, and the structured
		 * formatter refuses a line (drops it) whose key/value pairs repeat an MDC key.
		 */
		String previousTrace = MDC.get(TRACE_ID);
		String previousSpan = MDC.get(SPAN_ID);
		try {
			if (traceIds.traceId() != null) {
				MDC.put(TRACE_ID, traceIds.traceId());
				MDC.put(SPAN_ID, traceIds.spanId());
			}
			line.setMessage("HTTP request handled").log();
		}
		finally {
			restore(TRACE_ID, previousTrace);
			restore(SPAN_ID, previousSpan);
		}
	}

	private static void restore(String key, @Nullable String value) {
		if (value != null) {
			MDC.put(key, value);
		}
		else {
			MDC.remove(key);
		}
	}

}
