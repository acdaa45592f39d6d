package network.applicant.gpt.gateway.system;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

import network.applicant.gpt.config.problem.Problems;
import network.applicant.gpt.config.web.RequestIds;

/**
 * Answers every error that escapes the reactive pipeline with an RFC 9457
 * {@code application/problem+json} body carrying a stable {@code code} and the request id.
 *
 * <p>It replaces Boot's {@code DefaultErrorWebExceptionHandler}, which would answer with
 * Boot's own error JSON and, depending on configuration, a stack trace. It is not the
 * place for errors that a service returned: those are passed through to the caller as
 * the service wrote them.
 *
 * <ul>
 * <li>no route and no other handler for the path: 404 {@code not_found};</li>
 * <li>a service that refuses the connection or cannot be resolved: 503
 * {@code service_unavailable};</li>
 * <li>a service that does not answer in time: 504 {@code gateway_timeout};</li>
 * <li>other errors that carry a status (Spring's {@link ErrorResponse}s): that status
 * and its default code;</li>
 * <li>a {@link ProblemException} from a gateway filter: its own problem and headers;</li>
 * <li>anything else: 500 {@code internal_error}, logged once with the request id.</li>
 * </ul>
 *
 * Details are fixed texts: exception messages (which can name internal hosts) never reach
 * the caller.
 */
final class ProblemExceptionHandler implements ErrorWebExceptionHandler, Ordered {

	/** Before Boot's handler (-1) and Spring's ResponseStatusException handler (0). */
	static final int ORDER = -2;

	static final String NOT_FOUND_DETAIL = "Nothing is served at this path.";

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	private final JsonMapper jsonMapper;

	ProblemExceptionHandler(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(ex);
		}
		String requestId = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
		ProblemDetail problem = toProblem(ex, requestId);
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		if (requestId != null) {
			problem.setProperty(Problems.REQUEST_ID, requestId);
		}
		if (ex instanceof ProblemException withHeaders) {
			withHeaders.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
		}
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = response.bufferFactory().wrap(this.jsonMapper.writeValueAsBytes(toMembers(problem)));
		return response.writeWith(Mono.just(body));
	}

	ProblemDetail toProblem(Throwable ex, @Nullable String requestId) {
		if (ex instanceof ProblemException problemException) {
			return problemException.getBody();
		}
		if (isUnreachable(ex)) {
			log.atWarn()
				.addKeyValue(RequestIds.MDC_KEY, requestId)
				.addKeyValue("error_type", ex.getClass().getName())
				.setMessage("Service not reachable")
				.log();
			return Problems.create(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable", "Service unavailable",
					"The service behind this path is not reachable right now. Try again shortly.");
		}
		if (hasCause(ex, TimeoutException.class)) {
			log.atWarn()
				.addKeyValue(RequestIds.MDC_KEY, requestId)
				.setMessage("Service did not answer in time")
				.log();
			return gatewayTimeout();
		}
		if (ex instanceof ErrorResponse errorResponse) {
			HttpStatusCode status = errorResponse.getStatusCode();
			if (status.value() == HttpStatus.NOT_FOUND.value()) {
				return Problems.create(status, "not_found", "Not found", NOT_FOUND_DETAIL);
			}
			if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
				return gatewayTimeout();
			}
			if (status.is5xxServerError()) {
				logUnexpected(ex, requestId);
			}
			HttpStatus known = HttpStatus.resolve(status.value());
			String title = (known != null) ? known.getReasonPhrase() : "Error";
			return Problems.create(status, Problems.defaultCode(status), title, "The request could not be served: "
					+ title.toLowerCase(java.util.Locale.ROOT) + ".");
		}
		logUnexpected(ex, requestId);
		return Problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal error",
				"The gateway failed to handle this request. Quote the request id if you report it.");
	}

	private static ProblemDetail gatewayTimeout() {
		return Problems.create(HttpStatus.GATEWAY_TIMEOUT, "gateway_timeout", "Gateway timeout",
				"The service behind this path did not answer in time. Try again shortly.");
	}

	private static void logUnexpected(Throwable ex, @Nullable String requestId) {
		log.atError().addKeyValue(RequestIds.MDC_KEY, requestId).setCause(ex).setMessage("Request failed").log();
	}

	private static boolean isUnreachable(Throwable ex) {
		return hasCause(ex, ConnectException.class) || hasCause(ex, UnknownHostException.class)
				|| hasCause(ex, UnresolvedAddressException.class);
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	/*
	 * The problem is written as a plain map so that the extension members (code,
	 * request_id) are top-level members whatever Jackson mix-ins the JsonMapper carries.
	 */
	private static Map<String, Object> toMembers(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", String.valueOf(problem.getType()));
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
