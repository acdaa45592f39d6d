package network.applicant.gpt.actions.privacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy page is public HTML with every required section, cannot be framed, and the
 * GPT's Instructions in {@code docs/gpt} fit ChatGPT's limit.
 */
class PrivacyPageIntegrationTests extends ActionsIntegrationTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void privacyWhenRequestedWithoutCredentialsThenAccessibleHtmlWithEverySection() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/gpt/privacy")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html").contains("UTF-8"));
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'none'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		String html = response.body();
		assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").contains("<main id=\"content\">")
			.contains("<title>");
		assertThat(html).contains("id=\"read\"", "id=\"write\"", "id=\"retention\"", "id=\"audit\"", "id=\"disconnect\"",
				"id=\"contact\"");
		assertThat(html).contains("jobs:read", "applications:read", "applications:write", "resume:read");
		assertThat(html).contains("valid for 15 minutes").contains("mailto:privacy@applicant.network")
			.doesNotContain("{{").doesNotContain("<script");
	}

	@Test
	void instructionsFitChatGptLimit() throws Exception {
		String instructions = Files.readString(Path.of("..", "docs", "gpt", "instructions.md"));
		String text = instructions.substring(instructions.indexOf("<!-- begin instructions -->"),
				instructions.indexOf("<!-- end instructions -->"))
			.replace("<!-- begin instructions -->", "")
			.strip();

		assertThat(text.length()).isLessThanOrEqualTo(8000);
		assertThat(text).contains("submitApplication").contains("confirmed=true").contains("searchJobs")
			.contains("getJobDetails").contains("getApplicationStatus").contains("analyzeResume");
	}

}
