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
 * to a call. Requests are sent at a fixed rate of {@value #RATE} a second (open loop, each on a
 * virtual thread), alternating every whole second between the gateway and gpt-actions-service
 * directly, so that both paths see the same rate and the same machine. Two calls are measured: the public privacy page
 * (anonymous: routing, request id, header stripping, the limiter's Redis call, the access log)
 * and an authenticated {@code POST /api/v1/gpt/applications} with an invalid body (the gateway
 * also verifies the access token; the service verifies it again and answers 400
 * {@code invalid_answers} without touching data), each path for {@value #MEASURE_SECONDS} s after
 * {@value #WARM_UP_SECONDS} s of warm-up. The public page runs first.
 *
 * <pre>
 * ./mvnw -B -q -pl api-gateway -am verify -Dtest=GatewayOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsurefire.argLine="-Xmx512m"
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayOverheadBenchmark {

	static final int RATE = 200;

	static final int WARM_UP_SECONDS = 20;

	static final int MEASURE_SECONDS = 30;

	private static RunningPlatform platform;

	@BeforeAll
	static void start() {
		platform = RunningPlatform.start(new RunningPlatform.Options(List.of("-XX:+UseSerialGC"), Map.of(),
				Map.of("applicant.gateway.rate-limit.anonymous.reads", "1000000",
						"applicant.gateway.rate-limit.anonymous.writes", "1000000",
						"applicant.gateway.rate-limit.plans.default.reads", "1000000",
						"applicant.gateway.rate-limit.plans.default.writes", "1000000")));
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
		ChatGpt chatGpt = new ChatGpt(platform);
		ChatGpt.Callback callback = chatGpt.browser().authorize("response_type=code&client_id=chatgpt-local&redirect_uri="
				+ ChatGpt.encode(ChatGpt.CHATGPT_CALLBACK) + "&scope=&state=overhead", "luca@applicant.test");
		String accessToken = chatGpt.json(chatGpt.exchange(callback.code(), ChatGpt.CHATGPT_CALLBACK, null, true))
			.path("access_token")
			.asString();
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
		String loadBefore = Latencies.machine();
		long intervalNanos = 1_000_000_000L / RATE;
		long start = System.nanoTime();
		long measureFrom = start + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
		long total = (long) (WARM_UP_SECONDS + 2 * MEASURE_SECONDS) * RATE;
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; i < total; i++) {
				long due = start + i * intervalNanos;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				// whole seconds alternate between the two paths
				boolean viaGateway = ((i / RATE) % 2) == 1;
				boolean counted = due >= measureFrom;
				senders.submit(() -> {
					HttpRequest request = call.apply(viaGateway ? proxied : direct).timeout(Duration.ofSeconds(10)).build();
					long sent = System.nanoTime();
					HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
					long took = System.nanoTime() - sent;
					if (response.statusCode() != status) {
						unexpected.incrementAndGet();
					}
					else if (counted) {
						try (Latencies.Recorder recorder = (viaGateway ? proxiedLatencies : directLatencies).recorder()) {
							recorder.add(took);
						}
					}
					return null;
				});
			}
		}
		long[] d = directLatencies.sorted();
		long[] p = proxiedLatencies.sorted();
		Latencies.report(String.format(
				"Gateway overhead, %s: %d req/s, alternating each second between the gateway and the service, "
						+ "%d s of each measured after %d s warm-up: "
						+ "direct p50 %.2f ms p99 %.2f ms (n=%d); via gateway p50 %.2f ms p99 %.2f ms (n=%d); "
						+ "added p50 %.2f ms, p99 %.2f ms; unexpected statuses %d; before: %s; after: %s",
				what, RATE, MEASURE_SECONDS, WARM_UP_SECONDS, Latencies.millis(d, 50), Latencies.millis(d, 99),
				d.length, Latencies.millis(p, 50), Latencies.millis(p, 99), p.length,
				Latencies.millis(p, 50) - Latencies.millis(d, 50), Latencies.millis(p, 99) - Latencies.millis(d, 99),
				unexpected.get(), loadBefore, Latencies.machine()));
		assertThat(unexpected.get()).isZero();
	}

}
