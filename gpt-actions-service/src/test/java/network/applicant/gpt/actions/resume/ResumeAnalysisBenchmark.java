package network.applicant.gpt.actions.resume;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.resume.document.TestDocuments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (its name keeps it out of {@code verify}): p50/p95 latency of
 * {@code analyzeResume} for an attached two-page, two-column PDF, end to end over HTTP
 * (token check, HTTPS download from the WireMock file host, PDF parsing, analysis, JSON),
 * without the AI service (its circuit is forced open, so no call is made).
 *
 * <p>Run: {@code ./mvnw -B -q -pl gpt-actions-service test -Dtest=ResumeAnalysisBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; results are printed and go in docs/benchmarks.md.
 */
class ResumeAnalysisBenchmark extends ActionsIntegrationTestSupport {

	private static final int WARM_UP = 50;

	private static final int MEASURED = 300;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NarrativeClient narrator;

	@Test
	void analyzeTwoPagePdf() throws Exception {
		this.narrator.breaker().transitionToForcedOpenState();
		try {
			byte[] pdf = TestDocuments.twoColumnPdf(2);
			ResumeTestServers.FILES.stubFor(get("/files/bench.pdf")
				.willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(pdf)));
			long job = this.jdbc.queryForObject("""
					SELECT id FROM platform.jobs WHERE identifier LIKE 'demo-job-%' AND status = 'open'
					AND title LIKE '%Backend Engineer%' ORDER BY id LIMIT 1""", Long.class);
			String body = "{\"job_id\":" + job + ",\"openaiFileIdRefs\":[{\"name\":\"bench.pdf\",\"id\":\"file-bench\","
					+ "\"mime_type\":\"application/pdf\",\"download_link\":\"" + ResumeTestServers.filesUrl()
					+ "/files/bench.pdf\"}]}";
			HttpClient http = HttpClient.newHttpClient();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/gpt/resume/analyze"))
				.header("Authorization", bearer("user_demo_ada", "resume:read"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			List<Long> micros = new ArrayList<>();
			for (int i = 0; i < WARM_UP + MEASURED; i++) {
				long started = System.nanoTime();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				long elapsed = (System.nanoTime() - started) / 1000;
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("\"deterministic\":true");
				if (i >= WARM_UP) {
					micros.add(elapsed);
				}
			}
			Collections.sort(micros);
			System.out.printf("analyzeResume, 2-page two-column PDF (%d bytes), %d requests after %d warm-up:"
					+ " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pdf.length, MEASURED, WARM_UP,
					percentile(micros, 50), percentile(micros, 95), percentile(micros, 99),
					micros.get(micros.size() - 1) / 1000.0);
		}
		finally {
			this.narrator.breaker().transitionToClosedState();
		}
	}

	private static double percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1000.0;
	}

}
