package network.applicant.gpt.config.audit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes what the outbox relay does as Micrometer meters, tagged with the publishing
 * service ({@code source}):
 *
 * <ul>
 * <li>{@code audit.outbox.pending} (gauge): undelivered rows at the last measurement;</li>
 * <li>{@code audit.outbox.oldest_age} (gauge, seconds): age of the oldest undelivered row,
 * zero when there is none — the delivery lag an alert should watch;</li>
 * <li>{@code audit.outbox.delivered} (counter): events the broker confirmed;</li>
 * <li>{@code audit.outbox.failures} (counter, tag {@code reason}): failed sends, by the
 * failure's class name.</li>
 * </ul>
 *
 * <p>The gauges are measured by the relay after its passes (at most once per poll
 * interval), not at scrape time, so a scrape never queries the database. Every replica
 * reports the same table: aggregate with {@code max}, not {@code sum}.
 */
final class MicrometerAuditOutboxMetrics implements AuditOutboxRelay.Listener {

	static final String PENDING = "audit.outbox.pending";

	static final String OLDEST_AGE = "audit.outbox.oldest_age";

	static final String DELIVERED = "audit.outbox.delivered";

	static final String FAILURES = "audit.outbox.failures";

	private final MeterRegistry registry;

	private final String source;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicLong oldestAgeMillis = new AtomicLong();

	private final Counter delivered;

	MicrometerAuditOutboxMetrics(MeterRegistry registry, String source) {
		this.registry = registry;
		this.source = source;
		Gauge.builder(PENDING, this.pending, AtomicLong::get)
			.description("Audit events recorded but not yet confirmed by RabbitMQ")
			.tag("source", source)
			.register(registry);
		Gauge.builder(OLDEST_AGE, this.oldestAgeMillis, (millis) -> millis.get() / 1000.0)
			.description("Age of the oldest undelivered audit event (0 when none)")
			.baseUnit("seconds")
			.tag("source", source)
			.register(registry);
		this.delivered = Counter.builder(DELIVERED)
			.description("Audit events delivered to RabbitMQ with a publisher confirm")
			.tag("source", source)
			.register(registry);
	}

	private Counter failureCounter(String reason) {
		return Counter.builder(FAILURES)
			.description("Audit event sends that failed and were scheduled for a retry")
			.tag("source", this.source)
			.tag("reason", reason)
			.register(this.registry);
	}

	@Override
	public void delivered() {
		this.delivered.increment();
	}

	@Override
	public void failed(String reason) {
		failureCounter(reason).increment();
	}

	@Override
	public void backlog(long pending, Duration oldestAge) {
		this.pending.set(pending);
		this.oldestAgeMillis.set(oldestAge.toMillis());
	}

}
