package network.applicant.gpt.gateway.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (its name keeps it out of {@code verify}): how exactly two gateway
 * replicas share one candidate's budget under concurrent load.
 *
 * <p>Two gateway processes (the same Redis and key prefix, as two replicas behind a load
 * balancer) and the services run as in production. The candidate's plan allows
 * {@value #BUDGET} reads per {@value #PERIOD_SECONDS} s: a token bucket of {@value #BUDGET}
 * tokens refilled at {@value #BUDGET} per period, so by any moment {@code t} after the first
 * decision at most {@code BUDGET + BUDGET * t / PERIOD} requests may have been admitted.
 * After {@value #WARM_UP_SECONDS} s of the same load with another candidate's token (so that
 * both replicas have compiled their hot paths: a cold replica answers late, and a limiter call
 * that times out lets the request through), {@value #LOOPS} closed loops send
 * {@code GET /api/v1/gpt/jobs} with the candidate's token for {@value #SECONDS} s, alternating
 * between the two gateways. Every answer is 200 (admitted)
 * or 429 (refused). Reported: admitted against that bound at the end and at the worst moment
 * (admitted requests are counted by the time they were sent, which can only overstate them),
 * the admitted share of the bound (a limiter that refuses too much is not exact either), and how
 * many limiter calls timed out and were let through (fail open, from the gateways' metrics).
 *
 * <pre>
 * ./mvnw -B -q -pl api-gateway -am verify -Dtest=RateLimitExactnessBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsurefire.argLine="-Xmx512m"
 * </pre>
 */
class RateLimitExactnessBenchmark {

	static final int BUDGET = 50;

	static final int PERIOD_SECONDS = 10;

	static final int LOOPS = 16;

	static final int SECONDS = 35;

	static final int WARM_UP_SECONDS = 30;

	private static RunningPlatform platform;

	private static RunningPlatform.Replica secondGateway;

	@BeforeAll
	static void start() {
		platform = RunningPlatform.start(new RunningPlatform.Options(List.of("-XX:+UseSerialGC"), Map.of(),
				Map.of("applicant.gateway.rate-limit.period", PERIOD_SECONDS + "s",
						"applicant.gateway.rate-limit.plans.default.reads", Integer.toString(BUDGET),
						"applicant.gateway.rate-limit.plans.default.writes", Integer.toString(BUDGET)))
			.gatewayAsProcess());
		secondGateway = platform.startAnotherGateway();
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void twoGatewaysAdmitNoMoreThanTheSharedBudget() throws Exception {
		ChatGpt chatGpt = new ChatGpt(platform);
		List<RunningPlatform.Replica> gateways = List.of(platform.gatewayReplica(), secondGateway);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		// warm-up with another candidate (a bucket of its own): both replicas compile their hot paths first;
		// a cold replica answers the limiter's Redis call late, and a late answer lets the request through
		load(http, gateways, chatGpt.accessToken("grace@applicant.test", "exactness-warm-up"), WARM_UP_SECONDS, new ConcurrentLinkedQueue<>(),
				new AtomicLong(), new AtomicLong());
		String accessToken = chatGpt.accessToken("luca@applicant.test", "exactness");
		double failOpenBefore = failOpen(http, gateways);
		ConcurrentLinkedQueue<Long> admitted = new ConcurrentLinkedQueue<>();
		AtomicLong refused = new AtomicLong();
		AtomicLong other = new AtomicLong();
		long end = load(http, gateways, accessToken, SECONDS, admitted, refused, other);
		double failOpen = failOpen(http, gateways) - failOpenBefore;

		long[] times = admitted.stream().mapToLong(Long::longValue).sorted().toArray();
		double rate = BUDGET / (double) PERIOD_SECONDS;
		// the bucket starts full at the first decision; the first admitted request was sent no later
		long first = times[0];
		double worstExcess = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < times.length; i++) {
			double bound = BUDGET + rate * (times[i] - first) / 1e9;
			worstExcess = Math.max(worstExcess, (i + 1) - bound);
		}
		double elapsed = (end - first) / 1e9;
		double finalBound = BUDGET + rate * elapsed;
		Latencies.report(String.format(
				"Rate limiter exactness, two gateways: budget %d per %d s (token bucket), %d closed loops for %d s "
						+ "alternating between the gateways: %d admitted, %d refused (429), %d other; bound at the end "
						+ "%.1f (admitted %.1f%% of it); worst moment: admitted minus bound %.2f; limiter calls that "
						+ "timed out and were let through (fail open): %.0f",
				BUDGET, PERIOD_SECONDS, LOOPS, SECONDS, times.length, refused.get(), other.get(), finalBound,
				100.0 * times.length / finalBound, worstExcess, failOpen));
		assertThat(other.get()).isZero();
		assertThat(refused.get()).isPositive();
	}

	/**
	 * {@value #LOOPS} closed loops alternating between the gateways for the given time.
	 * @return when sending stopped ({@link System#nanoTime()})
	 */
	private static long load(HttpClient http, List<RunningPlatform.Replica> gateways, String accessToken, int seconds,
			ConcurrentLinkedQueue<Long> admitted, AtomicLong refused, AtomicLong other) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> loops = new ArrayList<>();
		for (int i = 0; i < LOOPS; i++) {
			int loop = i;
			loops.add(Thread.ofPlatform().start(() -> {
				for (int n = 0; System.nanoTime() < end; n++) {
					String gateway = gateways.get((loop + n) % 2).baseUrl();
					HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/gpt/jobs?limit=1"))
						.header("Authorization", "Bearer " + accessToken)
						.timeout(Duration.ofSeconds(10))
						.build();
					long sent = System.nanoTime();
					try {
						int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						if (status == 200) {
							admitted.add(sent);
						}
						else if (status == 429) {
							refused.incrementAndGet();
						}
						else {
							other.incrementAndGet();
						}
					}
					catch (Exception ex) {
						other.incrementAndGet();
					}
				}
			}));
		}
		for (Thread loop : loops) {
			loop.join();
		}
		return end;
	}

	/* requests both gateways let through because Redis did not answer in time, from their Prometheus scrape */
	private static double failOpen(HttpClient http, List<RunningPlatform.Replica> gateways) throws Exception {
		double total = 0;
		for (RunningPlatform.Replica gateway : gateways) {
			String scrape = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.managementPort()
					+ "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
			total += scrape.lines()
				.filter((line) -> line.startsWith("gateway_rate_limit_requests_total{")
						&& line.contains("result=\"redis_unavailable\""))
				.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
		}
		return total;
	}

}
