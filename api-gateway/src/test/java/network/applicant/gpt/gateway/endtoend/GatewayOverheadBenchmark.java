package network.applicant.gpt.gateway.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (its name keeps it out of {@code verify}): the latency the gateway adds
 * to a call. The gateway runs as a process of its own, as in production (not in this JVM with
 * the load generator). Each call is first sent through the gateway by {@value #WARM_UP_LOOPS}
 * closed loops for {@value #WARM_UP_SECONDS} s (each sends its next request when the previous one
 * is answered, so a cold gateway is never flooded), so that the JIT has compiled the hot paths
 * as it has in a gateway that has been serving for a while; then requests are sent at a fixed rate of
 * {@value #RATE} a second (open loop, each on a virtual thread), alternating every whole second
 * between the gateway and gpt-actions-service directly, so that both paths see the same rate
 * and the same machine, {@value #MEASURE_SECONDS} s for each path. Two calls are measured: the
 * public privacy page (anonymous: routing, request id, header stripping, the limiter's Redis
 * call, the access log) and an authenticated {@code POST /api/v1/gpt/applications} with an
 * invalid body (the gateway also verifies the access token; the service verifies it again and
 * answers 400 {@code invalid_answers} without touching data). The gateway's CPU time per
 * proxied request is reported too.
 *
 * <pre>
 * ./mvnw -B -q -pl api-gateway -am verify -Dtest=GatewayOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsurefire.argLine="-Xmx512m"
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayOverheadBenchmark {

	static final int RATE = 200;

	static final int WARM_UP_LOOPS = 4;

	static final int WARM_UP_SECONDS = 60;

	static final int MEASURE_SECONDS = 30;

	private static RunningPlatform platform;

	@BeforeAll
	static void start() {
		platform = RunningPlatform.start(new RunningPlatform.Options(List.of("-XX:+UseSerialGC"), Map.of(),
				Map.of("applicant.gateway.rate-limit.anonymous.reads", "1000000",
						"applicant.gateway.rate-limit.anonymous.writes", "1000000",
						"applicant.gateway.rate-limit.plans.default.reads", "1000000",
						"applicant.gateway.rate-limit.plans.default.writes", "1000000"))
			.gatewayAsProcess());
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	@Order(1)
	void publicPage() throws Exception {
		measure("GET /api/v1/gpt/privacy (public)", (base) -> HttpRequest.newBuilder(URI.create(base + "/api/v1/gpt/privacy"))
			.GET(), 200);
	}

	@Test
	@Order(2)
	void authenticatedAction() throws Exception {
		String accessToken = new ChatGpt(platform).accessToken("luca@applicant.test", "overhead");
		measure("POST /api/v1/gpt/applications with a bearer token (400 invalid_answers)",
				(base) -> HttpRequest.newBuilder(URI.create(base + "/api/v1/gpt/applications"))
					.header("Authorization", "Bearer " + accessToken)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"job_id\":-1,\"answers\":\"none\"}")),
				400);
	}

	private void measure(String what, java.util.function.Function<String, HttpRequest.Builder> call, int status)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String direct = platform.actionsDirect("").toString();
		String proxied = platform.publicBaseUrl();
		Latencies directLatencies = new Latencies();
		Latencies proxiedLatencies = new Latencies();
		AtomicLong unexpected = new AtomicLong();
		long warmUpFailures = warmUp(http, () -> call.apply(proxied), status);
		String loadBefore = Latencies.machine();
		Map<String, Double> cpuBefore = CpuUsage.snapshot(platform, List.of("api-gateway"));
		// whole seconds alternate between the two paths
		send(http, 2 * MEASURE_SECONDS, RATE, (i) -> ((i / RATE) % 2) == 1,
				(viaGateway) -> call.apply(viaGateway ? proxied : direct), status, (viaGateway, took) -> {
					try (Latencies.Recorder recorder = (viaGateway ? proxiedLatencies : directLatencies).recorder()) {
						recorder.add(took);
					}
				}, unexpected);
		Map<String, Double> cpuAfter = CpuUsage.snapshot(platform, List.of("api-gateway"));
		// the gateway's own threads and its JIT compiler threads; the rest of the machine also served the direct calls
		cpuAfter.keySet().retainAll(List.of("api-gateway", "JIT compilers"));
		String cpuPerRequest = CpuUsage.perUnit(cpuBefore, cpuAfter, (long) MEASURE_SECONDS * RATE);
		long[] d = directLatencies.sorted();
		long[] p = proxiedLatencies.sorted();
		Latencies.report(String.format(
				"Gateway overhead, %s: %d req/s, alternating each second between the gateway and the service, "
						+ "%d s of each measured after %d s of warm-up through the gateway (%d closed loops): "
						+ "direct p50 %.2f ms p99 %.2f ms (n=%d); via gateway p50 %.2f ms p99 %.2f ms (n=%d); "
						+ "added p50 %.2f ms, p99 %.2f ms; CPU ms per proxied request: %s; "
						+ "unexpected statuses %d (warm-up: %d); before: %s; after: %s",
				what, RATE, MEASURE_SECONDS, WARM_UP_SECONDS, WARM_UP_LOOPS, Latencies.millis(d, 50),
				Latencies.millis(d, 99), d.length, Latencies.millis(p, 50), Latencies.millis(p, 99), p.length,
				Latencies.millis(p, 50) - Latencies.millis(d, 50), Latencies.millis(p, 99) - Latencies.millis(d, 99),
				cpuPerRequest, unexpected.get(), warmUpFailures, loadBefore, Latencies.machine()));
		assertThat(unexpected.get()).isZero();
	}

	/** @return how many warm-up requests failed or were answered with another status */
	private static long warmUp(HttpClient http, java.util.function.Supplier<HttpRequest.Builder> request, int status)
			throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
		AtomicLong failures = new AtomicLong();
		List<Thread> loops = new java.util.ArrayList<>();
		for (int i = 0; i < WARM_UP_LOOPS; i++) {
			loops.add(Thread.ofPlatform().start(() -> {
				while (System.nanoTime() < end) {
					try {
						HttpResponse<Void> response = http.send(request.get().timeout(Duration.ofSeconds(10)).build(),
								HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != status) {
							failures.incrementAndGet();
						}
					}
					catch (java.io.IOException ex) {
						failures.incrementAndGet();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}));
		}
		for (Thread loop : loops) {
			loop.join();
		}
		return failures.get();
	}

	/**
	 * Sends {@code rate} requests a second for {@code seconds}, open loop: each at its due time
	 * on a virtual thread of its own, whether or not earlier ones have been answered.
	 */
	private static void send(HttpClient http, int seconds, int rate, java.util.function.LongPredicate viaGateway,
			java.util.function.Function<Boolean, HttpRequest.Builder> request, int status, Sample sample,
			AtomicLong unexpected) {
		long intervalNanos = 1_000_000_000L / rate;
		long start = System.nanoTime();
		long total = (long) seconds * rate;
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; i < total; i++) {
				long wait = start + i * intervalNanos - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				boolean gateway = viaGateway.test(i);
				senders.submit(() -> {
					HttpRequest built = request.apply(gateway).timeout(Duration.ofSeconds(10)).build();
					long sent = System.nanoTime();
					// a hard deadline of its own: the client's request timeout alone has been seen not to end
					// a request whose connection stalled, which kept the whole run waiting
					HttpResponse<Void> response;
					try {
						response = http.sendAsync(built, HttpResponse.BodyHandlers.discarding())
							.get(15, TimeUnit.SECONDS);
					}
					catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
						unexpected.incrementAndGet();
						return null;
					}
					long took = System.nanoTime() - sent;
					if (response.statusCode() != status) {
						unexpected.incrementAndGet();
					}
					else {
						sample.add(gateway, took);
					}
					return null;
				});
			}
		}
	}

	@FunctionalInterface
	private interface Sample {

		void add(boolean viaGateway, long nanos);

	}

}
