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
 * {@value #LOOPS} closed loops send {@code GET /api/v1/gpt/jobs} with the candidate's token
 * for {@value #SECONDS} s, alternating between the two gateways. Every answer is 200 (admitted)
 * or 429 (refused). Reported: admitted against that bound at the end and at the worst moment
 * (admitted requests are counted by the time they were sent, which can only overstate them),
 * and the admitted share of the bound (a limiter that refuses too much is not exact either).
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

	private static RunningPlatform platform;

	private static String secondGateway;

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
		ChatGpt.Callback callback = chatGpt.browser().authorize("response_type=code&client_id=chatgpt-local&redirect_uri="
				+ ChatGpt.encode(ChatGpt.CHATGPT_CALLBACK) + "&scope=&state=exactness", "luca@applicant.test");
		String accessToken = chatGpt.json(chatGpt.exchange(callback.code(), ChatGpt.CHATGPT_CALLBACK, null, true))
			.path("access_token")
			.asString();
		List<String> gateways = List.of(platform.publicBaseUrl(), secondGateway);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		// send times of admitted requests, and counts
		ConcurrentLinkedQueue<Long> admitted = new ConcurrentLinkedQueue<>();
		AtomicLong refused = new AtomicLong();
		AtomicLong other = new AtomicLong();
		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(SECONDS).toNanos();
		List<Thread> loops = new ArrayList<>();
		for (int i = 0; i < LOOPS; i++) {
			int loop = i;
			loops.add(Thread.ofPlatform().start(() -> {
				for (int n = 0; System.nanoTime() < end; n++) {
					String gateway = gateways.get((loop + n) % 2);
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
						+ "%.1f (admitted %.1f%% of it); worst moment: admitted minus bound %.2f",
				BUDGET, PERIOD_SECONDS, LOOPS, SECONDS, times.length, refused.get(), other.get(), finalBound,
				100.0 * times.length / finalBound, worstExcess));
		assertThat(other.get()).isZero();
		assertThat(refused.get()).isPositive();
	}

}
