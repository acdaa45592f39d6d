package network.applicant.gpt.gateway.requestid;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Copies the trace and span id of the request's server observation into the
 * {@link TraceIds} that {@link RequestIdHttpHandler} put in the Reactor context, so that
 * the access-log line (written outside the observation) carries them.
 */
final class TraceIdWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return Mono.deferContextual((context) -> {
			TraceIds ids = context.getOrDefault(TraceIds.KEY, null);
			if (ids != null) {
				ServerRequestObservationContext.findCurrent(exchange.getAttributes())
					.map(TraceIdWebFilter::span)
					.filter((span) -> !span.isNoop())
					.map(Span::context)
					.ifPresent((span) -> ids.set(span.traceId(), span.spanId()));
			}
			return chain.filter(exchange);
		});
	}

	private static Span span(ServerRequestObservationContext observation) {
		TracingObservationHandler.TracingContext tracing = observation
			.get(TracingObservationHandler.TracingContext.class);
		Span span = (tracing != null) ? tracing.getSpan() : null;
		return (span != null) ? span : Span.NOOP;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
