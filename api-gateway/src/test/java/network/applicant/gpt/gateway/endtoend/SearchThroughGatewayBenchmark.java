package network.applicant.gpt.gateway.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import network.applicant.gpt.config.testing.BenchmarkJobs;
import network.applicant.gpt.config.testing.ClosedLoops;
import network.applicant.gpt.config.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Benchmark, not a test (its name keeps it out of {@code verify}): {@code searchJobs} through
 * the gateway, as ChatGPT calls it, with N generated jobs in the catalog.
 *
 * <p>The platform runs as in production, each part a process of its own (gateway, oauth and
 * actions services), on a database of this benchmark's own ({@value #DATABASE}, dropped at the
 * end). The actions service keeps its index on disk ({@code applicant.actions.search.store=disk},
 * memory-mapped, as for large catalogs). {@code benchmark.jobs} jobs ({@link BenchmarkJobs}) are
 * inserted with SQL beside the demo catalog and reach the index by the service's polling, as
 * changes made by any writer do; the time until searches see all of them is reported. The
 * poller's look-back ({@code refresh-overlap}) is 10 s instead of 2 minutes, so that its
 * re-reading of the freshly inserted rows is over before the measurement starts. Then 4
 * closed loops search through the gateway for {@value #WARM_UP_SECONDS} s (warm-up: the JIT of
 * the gateway and the service), and for each client thread count in {@code benchmark.threads},
 * closed loops send the
 * {@link BenchmarkJobs#QUERIES} round-robin with a real access token (obtained through the
 * authorize flow), first {@code benchmark.queries}/4 for warm-up, then {@code benchmark.queries}
 * measured through the gateway and the same number directly to the actions service.
 * Client, gateway, services, PostgreSQL, RabbitMQ and Redis share the machine.
 *
 * <pre>
 * ./mvnw -B -q -pl api-gateway -am verify -Dtest=SearchThroughGatewayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsurefire.argLine="-Xmx512m" -Dbenchmark.jobs=100000 -Dbenchmark.threads=2,8
 * </pre>
 */
class SearchThroughGatewayBenchmark {

	static final String DATABASE = "applicant_bench_gateway_search";

	static final int JOBS = Integer.getInteger("benchmark.jobs", 100_000);

	static final int QUERIES = Integer.getInteger("benchmark.queries", 4_000);

	static final List<Integer> THREADS = Arrays.stream(System.getProperty("benchmark.threads", "2,8").split(","))
		.map(String::strip)
		.map(Integer::valueOf)
		.toList();

	static final int WARM_UP_SECONDS = 60;

	private static final List<String> MODULES = List.of("api-gateway", "gpt-oauth-service", "gpt-actions-service");

	/** Rows per INSERT statement while loading the catalog. */
	private static final int INSERT_BATCH = 100_000;

	private static RunningPlatform platform;

	private static Path index;

	@BeforeAll
	static void start() throws SQLException {
		dropDatabase();
		index = Path.of("target", "system", "search-index-" + UUID.randomUUID()).toAbsolutePath();
		platform = RunningPlatform.start(new RunningPlatform.Options(List.of("-XX:+UseSerialGC", "-Xmx768m"),
				// the load runs longer than the default 15 minutes of an access token
				Map.of("applicant.oauth.lifetimes.access-token", "2h"),
				Map.of("applicant.gateway.rate-limit.plans.default.reads", "1000000",
						"applicant.gateway.rate-limit.plans.default.writes", "1000000"))
			// a short overlap: after a bulk insert every poll re-reads the changes inside the overlap
			// (2 minutes by default), which would still be going on while searches are measured
			.withActions(Map.of("applicant.actions.search.store", "disk", "applicant.actions.search.path",
					index.toString(), "applicant.actions.search.refresh-interval", "1s",
					"applicant.actions.search.refresh-overlap", "10s"))
			.withDatabase(DATABASE)
			.gatewayAsProcess());
	}

	@AfterAll
	static void stop() throws SQLException, java.io.IOException {
		if (platform != null) {
			platform.close();
		}
		dropDatabase();
		if (index != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(index);
		}
	}

	@Test
	void searchJobsThroughTheGateway() throws Exception {
		String accessToken = new ChatGpt(platform).accessToken("ada@applicant.test", "search");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		JsonMapper json = JsonMapper.builder().build();
		String gateway = platform.publicBaseUrl();
		String direct = platform.actionsDirect("").toString();

		long demoJobs = total(http, json, gateway, accessToken);
		long loadStart = System.nanoTime();
		try (Connection connection = platform.database()) {
			for (int from = 1; from <= JOBS; from += INSERT_BATCH) {
				BenchmarkJobs.insert((sql, arguments) -> update(connection, sql, arguments), from,
						Math.min(JOBS, from + INSERT_BATCH - 1));
			}
		}
		double insertSeconds = (System.nanoTime() - loadStart) / 1e9;
		await("the index holds every generated job").atMost(Duration.ofMinutes(20))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> total(http, json, gateway, accessToken) >= demoJobs + JOBS);
		double searchableSeconds = (System.nanoTime() - loadStart) / 1e9;
		Latencies.report(String.format(
				"searchJobs catalog: %d generated jobs beside %d demo jobs: inserted in %.1f s, all searchable (polling) "
						+ "%.1f s after the insert began",
				JOBS, demoJobs, insertSeconds, searchableSeconds));

		// warm-up: the gateway and the service compile their hot paths (JIT) before anything is measured
		long warmUpEnd = System.nanoTime() + Duration.ofSeconds(WARM_UP_SECONDS).toNanos();
		while (System.nanoTime() < warmUpEnd) {
			run(http, gateway, accessToken, 4, 1_000);
		}
		for (int threads : THREADS) {
			for (String path : List.of("gateway", "direct")) {
				String base = path.equals("gateway") ? gateway : direct;
				run(http, base, accessToken, threads, Math.max(500, QUERIES / 4));
				String loadBefore = Latencies.machine();
				Map<String, Double> cpuBefore = CpuUsage.snapshot(platform, MODULES);
				long started = System.nanoTime();
				long[] sorted = run(http, base, accessToken, threads, QUERIES);
				double seconds = (System.nanoTime() - started) / 1e9;
				String cpu = CpuUsage.perUnit(cpuBefore, CpuUsage.snapshot(platform, MODULES), sorted.length);
				Arrays.sort(sorted);
				Latencies.report(String.format(
						"searchJobs %s, %d jobs, %d client threads, %d requests (%.0f/s): p50 %.2f ms, p95 %.2f ms, "
								+ "p99 %.2f ms, max %.2f ms; CPU ms per search: %s; before: %s; after: %s",
						path.equals("gateway") ? "through the gateway" : "directly at the actions service",
						demoJobs + JOBS, threads, sorted.length, sorted.length / seconds, Latencies.millis(sorted, 50),
						Latencies.millis(sorted, 95), Latencies.millis(sorted, 99), Latencies.millis(sorted, 100), cpu,
						loadBefore, Latencies.machine()));
			}
		}
	}

	private static long total(HttpClient http, JsonMapper json, String base, String accessToken) throws Exception {
		HttpResponse<String> response = http.send(search(base, accessToken, "limit=1"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("total").asLong();
	}

	private static HttpRequest search(String base, String accessToken, String query) {
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/gpt/jobs?" + query))
			.header("Authorization", "Bearer " + accessToken)
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	/** Closed loops: each thread sends its next query when the previous one is answered. */
	private static long[] run(HttpClient http, String base, String accessToken, int threads, int total)
			throws Exception {
		return ClosedLoops.run(threads, total, (loop, i) -> {
			String query = BenchmarkJobs.QUERIES.get((loop + i) % BenchmarkJobs.QUERIES.size());
			long sent = System.nanoTime();
			HttpResponse<String> response = http.send(search(base, accessToken, query), HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - sent;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(query + " -> " + response.statusCode() + " " + response.body());
			}
			return took;
		});
	}

	private static int update(Connection connection, String sql, Object... arguments) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not insert the benchmark's jobs", ex);
		}
	}

	private static void dropDatabase() throws SQLException {
		try (Connection connection = PostgresTestDatabase.connect("postgres");
				PreparedStatement drop = connection.prepareStatement("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)")) {
			drop.execute();
		}
	}

}
