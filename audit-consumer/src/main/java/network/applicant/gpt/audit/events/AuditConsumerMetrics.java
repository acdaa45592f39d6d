package network.applicant.gpt.audit.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * The consumer's meters:
 *
 * <ul>
 * <li>{@code audit.consumer.lag} (timer): time from an event's {@code occurredAt} to the
 * moment it was stored — outbox wait, broker and queue time together;</li>
 * <li>{@code audit.consumer.events} (counter, tag {@code result}: {@code stored},
 * {@code duplicate}, {@code rejected}): messages handled;</li>
 * <li>{@code audit.consumer.dead_lettered} (counter): messages given up on and left in the
 * dead-letter queue.</li>
 * </ul>
 *
 * <p>A {@link MeterBinder}: the meters live in a composite of their own that Boot adds the
 * application's registry to once it exists. The consumer function (and so this class)
 * is created while Spring Cloud Stream builds its function catalog, too early to depend on
 * the registry itself: a function bean that cannot be created then is silently missing
 * ("function definition that does not exist") and nothing is consumed.
 *
 * <p>The queue depths themselves are the broker's to report (RabbitMQ's Prometheus plugin,
 * {@code rabbitmq_detailed_queue_messages}); asking the broker on every scrape from here
 * would make scrapes hang exactly when the broker is in trouble.
 */
final class AuditConsumerMetrics implements MeterBinder {

	static final String LAG = "audit.consumer.lag";

	static final String EVENTS = "audit.consumer.events";

	static final String DEAD_LETTERED = "audit.consumer.dead_lettered";

	private final Clock clock;

	private final CompositeMeterRegistry meters = new CompositeMeterRegistry();

	private final Timer lag;

	private final Counter stored;

	private final Counter duplicates;

	private final Counter rejected;

	private final Counter deadLettered;

	AuditConsumerMetrics(Clock clock) {
		this.clock = clock;
		MeterRegistry registry = this.meters;
		this.lag = Timer.builder(LAG)
			.description("Time from an audit event's occurredAt until the consumer stored it")
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofHours(1))
			.register(registry);
		this.stored = events(registry, "stored");
		this.duplicates = events(registry, "duplicate");
		this.rejected = events(registry, "rejected");
		this.deadLettered = Counter.builder(DEAD_LETTERED)
			.description("Audit messages moved to the dead-letter queue")
			.register(registry);
	}

	private static Counter events(MeterRegistry registry, String result) {
		return Counter.builder(EVENTS)
			.description("Audit messages handled by the consumer, by result")
			.tag("result", result)
			.register(registry);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.meters.add(registry);
	}

	/** @param occurredAt when the stored event happened */
	void stored(Instant occurredAt) {
		this.stored.increment();
		Duration age = Duration.between(occurredAt, this.clock.instant());
		this.lag.record(age.isNegative() ? Duration.ZERO : age);
	}

	void duplicate() {
		this.duplicates.increment();
	}

	void rejected() {
		this.rejected.increment();
	}

	void deadLettered() {
		this.deadLettered.increment();
	}

}
