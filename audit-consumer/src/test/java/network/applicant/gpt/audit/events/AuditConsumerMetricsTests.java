package network.applicant.gpt.audit.events;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditConsumerMetricsTests {

	private final Instant now = Instant.parse("2026-01-01T12:00:00Z");

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final AuditConsumerMetrics metrics = new AuditConsumerMetrics(Clock.fixed(this.now, ZoneOffset.UTC));

	@Test
	void storedThenCountedAndLagIsTimeSinceOccurredAt() {
		this.metrics.bindTo(this.registry);

		this.metrics.stored(this.now.minusSeconds(7));

		assertThat(this.registry.get(AuditConsumerMetrics.EVENTS).tag("result", "stored").counter().count()).isEqualTo(1);
		assertThat(this.registry.get(AuditConsumerMetrics.LAG).timer().count()).isEqualTo(1);
		assertThat(this.registry.get(AuditConsumerMetrics.LAG).timer().max(TimeUnit.SECONDS)).isEqualTo(7);
	}

	@Test
	void occurredAtInTheFutureThenLagIsZero() {
		this.metrics.bindTo(this.registry);

		this.metrics.stored(this.now.plusSeconds(3));

		assertThat(this.registry.get(AuditConsumerMetrics.LAG).timer().max(TimeUnit.SECONDS)).isZero();
	}

	@Test
	void duplicateRejectedAndDeadLetteredThenCountedApart() {
		this.metrics.duplicate();
		this.metrics.bindTo(this.registry);

		this.metrics.duplicate();
		this.metrics.rejected();
		this.metrics.deadLettered();

		assertThat(this.registry.get(AuditConsumerMetrics.EVENTS).tag("result", "duplicate").counter().count())
			.as("only what happened after binding reaches the registry").isEqualTo(1);
		assertThat(this.registry.get(AuditConsumerMetrics.EVENTS).tag("result", "rejected").counter().count()).isEqualTo(1);
		assertThat(this.registry.get(AuditConsumerMetrics.DEAD_LETTERED).counter().count()).isEqualTo(1);
	}

}
