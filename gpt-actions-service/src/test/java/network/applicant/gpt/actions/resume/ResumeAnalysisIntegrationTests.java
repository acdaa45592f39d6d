package network.applicant.gpt.actions.resume;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.resume.document.TestDocuments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static network.applicant.gpt.actions.resume.ResumeTestServers.AI;
import static network.applicant.gpt.actions.resume.ResumeTestServers.FILES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyzeResume} through the running service: the three input kinds, isolation
 * between candidates, the file host allow-list and limits, unreadable documents and the
 * optional AI narrative.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResumeAnalysisIntegrationTests extends ActionsIntegrationTestSupport {

	private static final String PATH = "/api/v1/gpt/resume/analyze";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private long softwareJob;

	private long nursingJob;

	@BeforeEach
	void setUp() {
		FILES.resetAll();
		AI.resetAll();
		this.softwareJob = this.jdbc.queryForObject("""
				SELECT id FROM platform.jobs WHERE identifier LIKE 'demo-job-%' AND status = 'open'
				AND title LIKE '%Backend Engineer%' ORDER BY id LIMIT 1""", Long.class);
		this.nursingJob = this.jdbc.queryForObject("""
				SELECT id FROM platform.jobs WHERE identifier LIKE 'demo-job-%' AND status = 'open'
				AND title LIKE 'Registered Nurse%' ORDER BY id LIMIT 1""", Long.class);
	}

	private HttpResponse<String> analyze(String candidate, String body) throws Exception {
		return analyze(bearer(candidate, "resume:read"), body, true);
	}

	private HttpResponse<String> analyze(String authorization, String body, boolean unused) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + PATH))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private static String fileRef(String name, String mime, String link) {
		return "{\"name\":\"" + name + "\",\"id\":\"file-" + UUID.randomUUID() + "\",\"mime_type\":\"" + mime
				+ "\",\"download_link\":\"" + link + "\"}";
	}

	private static void serve(String path, byte[] body, String type) {
		FILES.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", type).withBody(body)));
	}

	@Test
	void analyzeWhenNoInputThenCallersStoredResumeWithFullShape() throws Exception {
		HttpResponse<String> response = analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob + "}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = read(response);
		assertThat(body.path("resume_source").asString()).isEqualTo("stored_resume");
		assertThat(body.path("job_id").asLong()).isEqualTo(this.softwareJob);
		assertThat(body.path("fit_score").isInt()).isTrue();
		assertThat(body.path("fit_score").asInt()).isBetween(0, 100);
		assertThat(body.path("fit_band").asString()).isIn("weak", "partial", "good", "strong");
		assertThat(body.path("categories").size()).isGreaterThanOrEqualTo(3);
		assertThat(body.path("categories").get(0).has("weight")).isTrue();
		assertThat(body.path("categories").get(0).path("evidence").isArray()).isTrue();
		assertThat(body.path("missing_required_skills").isArray()).isTrue();
		assertThat(body.path("flags").isArray()).isTrue();
		assertThat(body.path("suggestions").size()).isLessThanOrEqualTo(3);
		assertThat(body.path("experience").path("merged_periods").isArray()).isTrue();
		assertThat(body.path("matched_skills").toString()).contains("billing platform");
		assertThat(body.path("about").asString()).contains("O*NET 29.2").contains("CC BY 4.0");
		assertThat(body.has("deterministic")).isTrue();
		assertThat(body.has("narrative")).isTrue();
	}

	@Test
	void analyzeWhenStoredResumeThenNeverAnotherCandidates() throws Exception {
		JsonNode mary = read(analyze("user_demo_mary", "{\"job_id\":" + this.nursingJob + "}"));
		assertThat(mary.path("matched_skills").toString()).doesNotContain("billing platform");
		assertThat(mary.path("experience").toString()).contains("Intensive Care Unit").doesNotContain("Analytical Engines");

		String stranger = "user_test_noresume_" + UUID.randomUUID().toString().replace("-", "");
		HttpResponse<String> none = analyze(stranger, "{\"job_id\":" + this.softwareJob + "}");

		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(read(none).path("code").asString()).isEqualTo("resume_not_found");
	}

	@Test
	void analyzeWhenResumeTextThenPastedTextUsedAndNotLogged(CapturedOutput output) throws Exception {
		String marker = "Zyxwvut" + UUID.randomUUID().toString().substring(0, 8);
		String text = TestDocuments.SINGLE.stream().reduce("", (a, b) -> a + b + "\\n") + "- Built " + marker
				+ " reconciliation service in Java.\\n";

		HttpResponse<String> response = analyze("user_demo_ada",
				"{\"job_id\":" + this.softwareJob + ",\"resume_text\":\"" + text + "\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(read(response).path("resume_source").asString()).isEqualTo("resume_text");
		assertThat(output.getAll()).contains("Resume analysed").doesNotContain(marker);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM actions.audit_outbox WHERE payload::text LIKE ?",
				Integer.class, "%" + marker + "%")).isZero();
	}

	@Test
	void analyzeWhenPdfAttachedThenDownloadedOverHttpsAndPreferredToText() throws Exception {
		serve("/files/resume.pdf", TestDocuments.twoColumnPdf(1), "application/pdf");
		String body = "{\"job_id\":" + this.softwareJob + ",\"resume_text\":\"ignored\",\"openaiFileIdRefs\":["
				+ fileRef("resume.pdf", "application/pdf", ResumeTestServers.filesUrl() + "/files/resume.pdf") + "]}";

		HttpResponse<String> response = analyze("user_demo_ada", body);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode analysis = read(response);
		assertThat(analysis.path("resume_source").asString()).isEqualTo("attached_file");
		assertThat(analysis.path("matched_skills").toString()).contains("Led the billing platform redesign");
		FILES.verify(1, getRequestedFor(urlEqualTo("/files/resume.pdf")));
	}

	@Test
	void analyzeWhenDocxAttachedThenUsed() throws Exception {
		serve("/files/cv.docx", TestDocuments.twoColumnDocx(),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		HttpResponse<String> response = analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob
				+ ",\"openaiFileIdRefs\":[" + fileRef("cv.docx", "", ResumeTestServers.filesUrl() + "/files/cv.docx") + "]}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(read(response).path("resume_source").asString()).isEqualTo("attached_file");
	}

	@Test
	void analyzeWhenLinkToOtherHostThenRefusedWithoutFetching() throws Exception {
		serve("/files/x.pdf", TestDocuments.singleColumnPdf(), "application/pdf");
		String otherHost = "https://127.0.0.1:" + FILES.httpsPort() + "/files/x.pdf";
		String plainHttp = "http://localhost:" + FILES.port() + "/files/x.pdf";

		for (String link : new String[] { otherHost, plainHttp, "https://files.oaiusercontent.com.evil.example/x.pdf" }) {
			HttpResponse<String> response = analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob
					+ ",\"openaiFileIdRefs\":[" + fileRef("x.pdf", "application/pdf", link) + "]}");
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(read(response).path("code").asString()).isEqualTo("file_link_refused");
		}
		FILES.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void analyzeWhenRedirectLeavesAllowListThenRefused() throws Exception {
		FILES.stubFor(get("/files/moved.pdf").willReturn(aResponse().withStatus(302)
			.withHeader("Location", "https://127.0.0.1:" + FILES.httpsPort() + "/files/evil.pdf")));
		serve("/files/evil.pdf", TestDocuments.singleColumnPdf(), "application/pdf");

		HttpResponse<String> response = analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob
				+ ",\"openaiFileIdRefs\":[" + fileRef("m.pdf", "application/pdf", ResumeTestServers.filesUrl() + "/files/moved.pdf") + "]}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(read(response).path("code").asString()).isEqualTo("file_link_refused");
		FILES.verify(0, getRequestedFor(urlEqualTo("/files/evil.pdf")));
	}

	@Test
	void analyzeWhenFileTooLargeThenContentTooLarge() throws Exception {
		serve("/files/big.pdf", new byte[2 * 1024 * 1024], "application/pdf");

		HttpResponse<String> response = analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob
				+ ",\"openaiFileIdRefs\":[" + fileRef("big.pdf", "application/pdf", ResumeTestServers.filesUrl() + "/files/big.pdf") + "]}");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(read(response).path("code").asString()).isEqualTo("resume_file_too_large");
	}

	@Test
	void analyzeWhenWrongTypeThenUnsupported() throws Exception {
		serve("/files/photo.pdf", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/png");

		HttpResponse<String> served = analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob
				+ ",\"openaiFileIdRefs\":[" + fileRef("photo.pdf", "", ResumeTestServers.filesUrl() + "/files/photo.pdf") + "]}");
		HttpResponse<String> declared = analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob
				+ ",\"openaiFileIdRefs\":[" + fileRef("photo.png", "image/png", ResumeTestServers.filesUrl() + "/files/never.png") + "]}");

		assertThat(served.statusCode()).isEqualTo(415);
		assertThat(read(served).path("code").asString()).isEqualTo("resume_file_unsupported");
		assertThat(declared.statusCode()).isEqualTo(415);
		FILES.verify(0, getRequestedFor(urlEqualTo("/files/never.png")));
	}

	@Test
	void analyzeWhenPlainStringFileIdsThenClearBadRequest() throws Exception {
		HttpResponse<String> response = analyze("user_demo_ada",
				"{\"job_id\":" + this.softwareJob + ",\"openaiFileIdRefs\":[\"file-abc123\"]}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = read(response);
		assertThat(problem.path("code").asString()).isEqualTo("file_reference_invalid");
		assertThat(problem.path("detail").asString()).contains("download_link");
	}

	@Test
	void analyzeWhenScannedPdfThenUnprocessableAndNoScore() throws Exception {
		serve("/files/scan.pdf", TestDocuments.imageOnlyPdf(), "application/pdf");

		HttpResponse<String> response = analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob
				+ ",\"openaiFileIdRefs\":[" + fileRef("scan.pdf", "application/pdf", ResumeTestServers.filesUrl() + "/files/scan.pdf") + "]}");

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = read(response);
		assertThat(problem.path("code").asString()).isEqualTo("resume_unreadable");
		assertThat(problem.path("detail").asString()).contains("scanned").contains("paste");
		assertThat(problem.has("fit_score")).isFalse();
	}

	@Test
	void analyzeWhenPastedTextUnusableThenUnprocessable() throws Exception {
		HttpResponse<String> response = analyze("user_demo_ada",
				"{\"job_id\":" + this.softwareJob + ",\"resume_text\":\"see attached\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(read(response).path("code").asString()).isEqualTo("resume_unreadable");
	}

	@Test
	void analyzeWhenUnknownJobThenNotFound() throws Exception {
		HttpResponse<String> response = analyze("user_demo_ada", "{\"job_id\":999999999}");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(read(response).path("code").asString()).isEqualTo("job_not_found");
	}

	@Test
	void analyzeWhenScopeMissingThenForbidden() throws Exception {
		HttpResponse<String> response = analyze(bearer("user_demo_ada", "jobs:read"),
				"{\"job_id\":" + this.softwareJob + "}", true);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(read(response).path("code").asString()).isEqualTo("insufficient_scope");
	}

	@Test
	void analyzeWhenAiAnswersThenNarrativeAddedAndScoreUnchanged() throws Exception {
		AI.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(503)));
		JsonNode without = read(analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob + "}"));
		AI.resetAll();
		AI.stubFor(post("/v1/chat/completions").withHeader("Authorization", equalTo("Bearer test-ai-key"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"A strong match.\"}}]}")));

		JsonNode with = read(analyze("user_demo_ada", "{\"job_id\":" + this.softwareJob + "}"));

		assertThat(without.path("deterministic").asBoolean()).isTrue();
		assertThat(without.path("narrative").isNull()).isTrue();
		assertThat(without.path("narrative_status").asString()).isEqualTo("unavailable");
		assertThat(with.path("narrative").asString()).isEqualTo("A strong match.");
		assertThat(with.path("deterministic").asBoolean()).isFalse();
		assertThat(with.path("fit_score").asInt()).isEqualTo(without.path("fit_score").asInt());
		assertThat(with.path("categories")).isEqualTo(without.path("categories"));
		AI.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.messages[1].content")));
		String sent = AI.getAllServeEvents().get(0).getRequest().getBodyAsString();
		assertThat(sent).doesNotContain("billing platform").doesNotContain("ada@applicant.test");
	}

}
