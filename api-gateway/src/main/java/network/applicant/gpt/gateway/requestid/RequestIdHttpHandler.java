package network.applicant.gpt.gateway.requestid;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

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
 * {@code request_id}, {@code method}, {@code path}, {@code status} and
 * {@code duration_ms}. It never holds headers or the query string: both can carry tokens
 * and OAuth authorization codes.
 */
final class RequestIdHttpHandler implements HttpHandler {

	/** The logger of the access log, so that operators can route or silence it. */
	static final String ACCESS_LOG = "network.applicant.gpt.gateway.access";

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
		return this.delegate.handle(withId, response)
			.doFinally((signal) -> logAccess(requestId, request, response, signal, start));
	}

	private void logAccess(String requestId, ServerHttpRequest request, ServerHttpResponse response,
			SignalType signal, long start) {
		long durationMs = TimeUnit.NANOSECONDS.toMillis(this.nanoTime.getAsLong() - start);
		HttpStatusCode status = response.getStatusCode();
		log.atInfo()
			.addKeyValue(RequestIds.MDC_KEY, requestId)
			.addKeyValue("method", request.getMethod().name())
			.addKeyValue("path", request.getPath().value())
			.addKeyValue("status", (status != null) ? status.value() : 200)
			.addKeyValue("duration_ms", durationMs)
			.addKeyValue("outcome", (signal == SignalType.CANCEL) ? "cancelled" : "completed")
			.setMessage("HTTP request handled")
			.log();
	}

}
