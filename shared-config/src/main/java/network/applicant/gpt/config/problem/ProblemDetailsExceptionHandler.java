package network.applicant.gpt.config.problem;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import network.applicant.gpt.config.web.RequestIds;

/**
 * Renders every exception that reaches Spring MVC as an RFC 9457 problem with our
 * {@code code} and {@code request_id} members.
 *
 * <p>Spring's own exceptions (binding, validation, unsupported media type, missing
 * route) keep Spring's status and get a default code; {@link ApiException}s carry
 * their own; anything else is logged once with the request id and answered with a
 * generic 500 whose detail reveals nothing about the cause.
 */
@RestControllerAdvice
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		log.atError().setCause(ex).log("Unexpected failure while handling a request");
		ProblemDetail problem = Problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal error",
				"Something went wrong on our side. Try again in a moment; if it keeps happening, quote the request id.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsExceptionHandler::describe)
			.toList();
		String detail = errors.isEmpty() ? "The request is invalid."
				: "Invalid " + String.join(", ", errors.stream().map((e) -> e.get("field")).distinct().toList()) + ".";
		ProblemDetail problem = Problems.create(status, "invalid_request", "Invalid request", detail);
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static Map<String, String> describe(FieldError error) {
		String message = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
		return Map.of("field", error.getField(), "message", message);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
		if (response == null) {
			return ResponseEntity.status(status).headers(headers).build();
		}
		if (response.getBody() instanceof ProblemDetail problem) {
			Problems.complete(problem);
			String requestId = MDC.get(RequestIds.MDC_KEY);
			if (requestId != null) {
				problem.setProperty(Problems.REQUEST_ID, requestId);
			}
			HttpHeaders withType = new HttpHeaders();
			withType.putAll(response.getHeaders());
			withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return new ResponseEntity<>(problem, withType, response.getStatusCode());
		}
		return response;
	}

}
