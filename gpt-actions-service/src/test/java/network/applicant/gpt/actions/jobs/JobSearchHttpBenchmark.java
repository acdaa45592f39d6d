package network.applicant.gpt.actions.jobs;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsServiceApplication;
import network.applicant.gpt.config.testing.BenchmarkJobs;
import network.applicant.gpt.config.testing.ClosedLoops;
import network.applicant.gpt.config.testing.PostgresTestDatabase;

/**
 * Measures {@code searchJobs} end to end over HTTP: the service runs with the local profile
 * on a database of its own ({@code applicant_bench_search}, dropped afterwards) holding the
 * demo catalog plus N generated jobs inserted with SQL, which the index picks up by polling.
 * Requests use the platform-internal identity headers (the local service key), so no OAuth
 * service is needed; parameter validation, search, JSON and the servlet stack are measured.
 * Not a test; run it as described in {@code docs/benchmarks.md}.
 */
public final class JobSearchHttpBenchmark {

	private static final String KEY = "local-internal-service-key-change-me-0123456789";

	private JobSearchHttpBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		int queries = (args.length > 2) ? Integer.parseInt(args[2]) : 4_000;
		String database = "applicant_bench_search";
		String url = PostgresTestDatabase.ensure(database);
		// command-line arguments: builder properties are defaults that application-local.yml would
		// override, which pointed an earlier version of this benchmark at the local database
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ActionsServiceApplication.class)
			.profiles("local")
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresTestDatabase.user(),
					"--spring.datasource.password=", "--server.port=0", "--spring.main.banner-mode=off",
					"--logging.level.root=WARN", "--applicant.demo.jobs=true",
					"--applicant.actions.search.refresh-interval=1s",
					"--spring.cloud.stream.bindings.auditEvents-out-0.destination=applicant.audit.bench-" + UUID.randomUUID(),
					"--spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups=")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			JobSearchIndex index = context.getBean(JobSearchIndex.class);
			long existing = jdbc.queryForObject("SELECT count(*) FROM platform.jobs WHERE identifier LIKE 'bench-%'", Long.class);
			long start = System.nanoTime();
			if (existing < count) {
				BenchmarkJobs.insert(jdbc::update, (int) existing + 1, count);
			}
			long open = jdbc.queryForObject("""
					SELECT count(*) FROM platform.jobs WHERE status = 'open'
					AND (valid_through IS NULL OR valid_through > now())""", Long.class);
			// the index picks the rows up by polling; wait for it, but never forever
			org.awaitility.Awaitility.await("index holds every open job")
				.atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> index.size() >= open);
			System.out.printf(Locale.ROOT, "jobs in index %d (%d generated), inserted and indexed in %.1f s%n",
					index.size(), count, (System.nanoTime() - start) / 1e9);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			run(http, port, threads, Math.max(500, queries / 4));
			long[] latencies = run(http, port, threads, queries);
			Arrays.sort(latencies);
			System.out.printf(Locale.ROOT,
					"HTTP searchJobs (%d threads, %d requests): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
					threads, latencies.length, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
					latencies[latencies.length - 1] / 1e6);
		}
		finally {
			String admin = url.replace(database, "postgres");
			try (var connection = java.sql.DriverManager.getConnection(admin, PostgresTestDatabase.user(), "");
					var statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}
	}

	private static long[] run(HttpClient http, int port, int threads, int total) throws Exception {
		return ClosedLoops.run(threads, total, (loop, i) -> {
			String query = BenchmarkJobs.QUERIES.get((loop + i) % BenchmarkJobs.QUERIES.size());
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/gpt/jobs?" + query))
				.header("x-gpt-clerk-user-id", "user_demo_ada")
				.header("x-internal-service-key", KEY)
				.timeout(Duration.ofSeconds(30))
				.build();
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(query + " -> " + response.statusCode() + " " + response.body());
			}
			return took;
		});
	}

	private static double pct(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
