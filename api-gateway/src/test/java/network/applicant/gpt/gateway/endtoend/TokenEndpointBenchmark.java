package network.applicant.gpt.gateway.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (its name keeps it out of {@code verify}): refresh-token grants per
 * second through the gateway, and the token endpoint's latency, on this machine with
 * PostgreSQL, RabbitMQ and Redis on the same box; the gateway and the services run as
 * processes of their own, the client (load generator) in this JVM. The CPU time each part
 * used per grant during the measured window is reported too: the machine's cores divided by
 * the sum is the most grants per second this box can do.
 *
 * <p>{@code benchmark.chains} (default 48) refresh-token chains (grants of the four demo candidates, obtained through
 * the real authorize flow) each refresh in a loop with the token they just got, for
 * {@value #WARM_UP_SECONDS} s of warm-up and then {@value #MEASURE_SECONDS} s measured.
 * The gateway's anonymous write budget per client address is raised to 1 000 000 a minute (the
 * largest value allowed, about 16 700 a second): every request comes from 127.0.0.1, and the
 * default (20 a minute) would measure the limiter's 429s instead. The limiter itself still runs (one Redis call per request).
 *
 * <pre>
 * ./mvnw -B -q -pl api-gateway -am verify -Dtest=TokenEndpointBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsurefire.argLine="-Xmx512m"
 * </pre>
 */
class TokenEndpointBenchmark {

	/** Concurrent refresh-token chains; {@code -Dbenchmark.chains=<n>} changes it (a multiple of 4). */
	static final int CHAINS = Integer.getInteger("benchmark.chains", 48);

	static final int WARM_UP_SECONDS = 90;

	static final int MEASURE_SECONDS = 30;

	private static final List<String> CANDIDATES = List.of("ada", "grace", "mary", "luca");

	private static final List<String> MODULES = List.of("api-gateway", "gpt-oauth-service", "gpt-actions-service");

	private static RunningPlatform platform;

	@BeforeAll
	static void start() {
		platform = RunningPlatform.start(new RunningPlatform.Options(List.of("-XX:+UseSerialGC"), Map.of(),
				Map.of("applicant.gateway.rate-limit.anonymous.reads", "1000000",
						"applicant.gateway.rate-limit.anonymous.writes", "1000000"))
			.gatewayAsProcess());
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void refreshGrantsPerSecond() throws Exception {
		ChatGpt chatGpt = new ChatGpt(platform);
		List<String> tokens = new ArrayList<>();
		for (String candidate : CANDIDATES) {
			ChatGpt.Browser browser = chatGpt.browser();
			for (int i = 0; i < CHAINS / CANDIDATES.size(); i++) {
				ChatGpt.Callback callback = browser.authorize("response_type=code&client_id=chatgpt-local&redirect_uri="
						+ ChatGpt.encode(ChatGpt.CHATGPT_CALLBACK) + "&scope=&state=bench" + i,
						candidate + "@applicant.test");
				HttpResponse<String> issued = chatGpt.exchange(callback.code(), ChatGpt.CHATGPT_CALLBACK, null, true);
				assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
				tokens.add(chatGpt.json(issued).path("refresh_token").asString());
			}
		}

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		URI endpoint = platform.gateway(ChatGpt.TOKEN_PATH);
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((RunningPlatform.CLIENT_ID + ":" + RunningPlatform.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		JsonMapper json = JsonMapper.builder().build();
		Latencies latencies = new Latencies();
		AtomicLong measured = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		long start = System.nanoTime();
		long measureFrom = start + Duration.ofSeconds(WARM_UP_SECONDS).toNanos();
		long end = measureFrom + Duration.ofSeconds(MEASURE_SECONDS).toNanos();
		String loadBefore = Latencies.machine();
		Map<String, Double> cpuBefore = new java.util.HashMap<>();

		List<Thread> chains = new ArrayList<>();
		for (String initial : tokens) {
			chains.add(Thread.ofPlatform().start(() -> {
				String token = initial;
				try (Latencies.Recorder recorder = latencies.recorder()) {
					while (System.nanoTime() < end) {
						HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.header("Authorization", basic)
							.POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + token))
							.build();
						long sent = System.nanoTime();
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - sent;
						if (response.statusCode() != 200) {
							failures.incrementAndGet();
							System.err.println("refresh failed: " + response.statusCode() + " " + response.body());
							return;
						}
						token = json.readTree(response.body()).path("refresh_token").asString();
						if (sent >= measureFrom && sent + took <= end) {
							recorder.add(took);
							measured.incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					failures.incrementAndGet();
					ex.printStackTrace();
				}
			}));
		}
		// CPU use over the measured window only
		waitUntil(measureFrom);
		cpuBefore.putAll(CpuUsage.snapshot(platform, MODULES));
		waitUntil(end);
		Map<String, Double> cpuAfter = CpuUsage.snapshot(platform, MODULES);
		for (Thread chain : chains) {
			chain.join();
		}
		long[] sorted = latencies.sorted();
		Latencies.report(String.format(
				"Token endpoint (refresh_token grants through the gateway): %d chains, %d s measured after %d s warm-up: "
						+ "%d grants, %.0f grants/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, failures %d; "
						+ "CPU ms per grant: %s; before: %s; after: %s",
				CHAINS, MEASURE_SECONDS, WARM_UP_SECONDS, measured.get(), measured.get() / (double) MEASURE_SECONDS,
				Latencies.millis(sorted, 50), Latencies.millis(sorted, 90), Latencies.millis(sorted, 99),
				Latencies.millis(sorted, 100), failures.get(), CpuUsage.perUnit(cpuBefore, cpuAfter, measured.get()),
				loadBefore, Latencies.machine()));
		assertThat(failures.get()).isZero();
		// leave no grants behind for the demo candidates
		try (var connection = platform.database(); var delete = connection.prepareStatement(
				"DELETE FROM oauth.refresh_token_families WHERE candidate_id LIKE 'user_demo_%'")) {
			delete.executeUpdate();
		}
	}

	private static void waitUntil(long nanoTime) {
		for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
			java.util.concurrent.locks.LockSupport.parkNanos(left);
		}
	}

}
