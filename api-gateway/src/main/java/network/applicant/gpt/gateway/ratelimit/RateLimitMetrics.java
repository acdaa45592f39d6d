package network.applicant.gpt.gateway.ratelimit;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the limiter's decisions as {@code gateway.rate_limit.requests}, tagged
 * {@code result} ({@code allowed}, {@code rejected}, {@code redis_unavailable}),
 * {@code kind} ({@code read}, {@code write}) and {@code identity} ({@code subject} for a
 * verified candidate, {@code ip} otherwise).
 *
 * <p>Never tagged with the candidate, the address or the path: those are unbounded, and a
 * metric per user would both leak who uses the API and grow the time-series database
 * without limit. Which candidate hit a limit is in the access log (by request id).
 */
final class RateLimitMetrics {

	static final String REQUESTS = "gateway.rate_limit.requests";

	private final MeterRegistry registry;

	RateLimitMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * @param result the decision
	 * @param read whether the request was a read
	 * @param subject whether it was counted for a verified candidate (rather than an address)
	 */
	void record(Result result, boolean read, boolean subject) {
		Counter.builder(REQUESTS)
			.description("Requests the gateway's rate limiter decided on")
			.tag("result", result.name().toLowerCase(Locale.ROOT))
			.tag("kind", read ? "read" : "write")
			.tag("identity", subject ? "subject" : "ip")
			.register(this.registry)
			.increment();
	}

	/** What the limiter decided. */
	enum Result {

		ALLOWED, REJECTED, REDIS_UNAVAILABLE

	}

}
