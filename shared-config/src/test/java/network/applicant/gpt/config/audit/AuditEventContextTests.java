package network.applicant.gpt.config.audit;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import network.applicant.gpt.config.web.RequestIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class AuditEventContextTests {

	@AfterEach
	void clearMdc() {
		MDC.clear();
	}

	@Test
	void mdcWhenIdsInLoggingContextThenReturnsThem() {
		MDC.put(RequestIds.MDC_KEY, "req-12345678");
		MDC.put(AuditEventContext.TRACE_ID_MDC_KEY, "4bf92f3577b34da6a3ce929d0e0e4736");

		AuditEventContext context = AuditEventContext.mdc();

		assertThat(context.requestId()).isEqualTo("req-12345678");
		assertThat(context.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void mdcWhenNothingInLoggingContextThenNulls() {
		AuditEventContext context = AuditEventContext.mdc();

		assertThat(context.requestId()).isNull();
		assertThat(context.traceId()).isNull();
	}

	@Test
	void tracerWhenCurrentSpanThenItsTraceIdWinsOverMdc() {
		MDC.put(AuditEventContext.TRACE_ID_MDC_KEY, "00000000000000000000000000000001");
		Tracer tracer = mock(Tracer.class);
		Span span = mock(Span.class);
		TraceContext traceContext = mock(TraceContext.class);
		given(tracer.currentSpan()).willReturn(span);
		given(span.context()).willReturn(traceContext);
		given(traceContext.traceId()).willReturn("4bf92f3577b34da6a3ce929d0e0e4736");

		assertThat(new TracerAuditEventContext(provider(tracer)).traceId())
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void tracerWhenNoSpanThenFallsBackToMdc() {
		MDC.put(AuditEventContext.TRACE_ID_MDC_KEY, "00000000000000000000000000000001");
		Tracer tracer = mock(Tracer.class);

		assertThat(new TracerAuditEventContext(provider(tracer)).traceId())
			.isEqualTo("00000000000000000000000000000001");
	}

	@Test
	void tracerWhenNoTracerBeanThenFallsBackToMdc() {
		MDC.put(AuditEventContext.TRACE_ID_MDC_KEY, "00000000000000000000000000000002");

		assertThat(new TracerAuditEventContext(new DefaultListableBeanFactory().getBeanProvider(Tracer.class))
			.traceId()).isEqualTo("00000000000000000000000000000002");
	}

	private static org.springframework.beans.factory.ObjectProvider<Tracer> provider(Tracer tracer) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("tracer", tracer);
		return beans.getBeanProvider(Tracer.class);
	}

}
