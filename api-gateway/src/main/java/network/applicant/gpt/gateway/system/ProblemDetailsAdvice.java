package network.applicant.gpt.gateway.system;

import reactor.core.publisher.Mono;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

import network.applicant.gpt.config.problem.Problems;
import network.applicant.gpt.config.web.RequestIds;

/**
 * Gives the problems that Spring WebFlux renders for its own exceptions in handlers (the
 * actuator's, for example) our {@code code}, {@code type} and {@code request_id} members.
 *
 * <p>This is also where a path that no route and no handler serves ends up: Spring's
 * dispatcher hands its "no handler" 404 to this advice.
 *
 * <p>Replaces Boot's {@code ProblemDetailsExceptionHandler}, which
 * {@code spring.webflux.problemdetails.enabled} would otherwise register. Errors outside
 * handlers (unknown paths, routing failures) are answered by
 * {@link ProblemExceptionHandler} instead.
 */
@ControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		if (body instanceof ProblemDetail problem) {
			Problems.complete(problem);
			if (problem.getDetail() == null) {
				problem.setDetail((status.value() == 404) ? ProblemExceptionHandler.NOT_FOUND_DETAIL
						: "The request could not be served.");
			}
			String requestId = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
			if (requestId != null) {
				problem.setProperty(Problems.REQUEST_ID, requestId);
			}
		}
		return super.createResponseEntity(body, headers, status, exchange);
	}

}
