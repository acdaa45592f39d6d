package network.applicant.gpt.actions.resume;

import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import network.applicant.gpt.actions.resume.analysis.CandidateLocation;
import network.applicant.gpt.actions.resume.analysis.JobPosting;
import network.applicant.gpt.actions.resume.analysis.ResumeAnalysis;
import network.applicant.gpt.actions.resume.analysis.ResumeAnalyzer;
import network.applicant.gpt.actions.resume.analysis.SkillDictionary;
import network.applicant.gpt.actions.resume.document.TestDocuments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AI narrative against a WireMock chat-completions endpoint: success, timeout, 5xx,
 * malformed output, not configured, and the circuit breaker opening.
 */
class NarrativeClientTests {

	private static final WireMockServer AI_SERVICE = new WireMockServer(wireMockConfig().dynamicPort());

	private static final JobPosting JOB = new JobPosting(7, "Backend Engineer", "", "mid", "remote", null, "GB", null,
			List.of(new JobPosting.Requirement(true, "Java")));

	private static final ResumeAnalysis ANALYSIS = new ResumeAnalyzer(SkillDictionary.loadDefault())
		.analyze(String.join("\n", TestDocuments.SINGLE), JOB, CandidateLocation.unknown(), YearMonth.of(2026, 6));

	@BeforeAll
	static void start() {
		AI_SERVICE.start();
	}

	@AfterAll
	static void stop() {
		AI_SERVICE.stop();
	}

	@BeforeEach
	void reset() {
		AI_SERVICE.resetAll();
	}

	private static NarrativeClient client(int minimumCalls) {
		return new NarrativeClient(new ResumeProperties.Ai(URI.create(AI_SERVICE.baseUrl() + "/v1"), "key", "test-model",
				Duration.ofMillis(500), 50, minimumCalls, Duration.ofMinutes(5)), JsonMapper.builder().build());
	}

	private static void answer(String body) {
		AI_SERVICE.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
	}

	@Test
	void narrateWhenServiceAnswersThenGenerated() {
		answer("{\"choices\":[{\"message\":{\"content\":\" Good fit for Java work. \"}}]}");

		NarrativeClient.Narrative narrative = client(10).narrate(JOB, ANALYSIS);

		assertThat(narrative).isEqualTo(new NarrativeClient.Narrative("Good fit for Java work.", "generated"));
	}

	@Test
	void narrateWhenSlowThenUnavailableWithinTimeout() {
		AI_SERVICE.stubFor(post("/v1/chat/completions").willReturn(aResponse().withFixedDelay(3000)
			.withBody("{\"choices\":[{\"message\":{\"content\":\"late\"}}]}")));

		long started = System.nanoTime();
		NarrativeClient.Narrative narrative = client(10).narrate(JOB, ANALYSIS);

		assertThat(narrative.status()).isEqualTo("unavailable");
		assertThat(narrative.text()).isNull();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void narrateWhenServerErrorThenUnavailable() {
		AI_SERVICE.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(500)));

		assertThat(client(10).narrate(JOB, ANALYSIS).status()).isEqualTo("unavailable");
	}

	@Test
	void narrateWhenMalformedOutputThenUnavailable() {
		answer("{\"choices\":[]}");
		assertThat(client(10).narrate(JOB, ANALYSIS).status()).isEqualTo("unavailable");
		answer("not json at all");
		assertThat(client(10).narrate(JOB, ANALYSIS).status()).isEqualTo("unavailable");
		answer("{\"choices\":[{\"message\":{\"content\":\"" + "x".repeat(NarrativeClient.MAX_CHARS + 1) + "\"}}]}");
		assertThat(client(10).narrate(JOB, ANALYSIS).status()).isEqualTo("unavailable");
	}

	@Test
	void narrateWhenNotConfiguredThenNoCall() {
		NarrativeClient client = new NarrativeClient(new ResumeProperties.Ai(null, null, "m", Duration.ofSeconds(1), 50, 5,
				Duration.ofSeconds(30)), JsonMapper.builder().build());

		assertThat(client.narrate(JOB, ANALYSIS)).isEqualTo(new NarrativeClient.Narrative(null, "not_configured"));
		AI_SERVICE.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void narrateWhenFailingRepeatedlyThenCircuitOpensAndStopsCalling() {
		AI_SERVICE.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(503)));
		NarrativeClient client = client(2);

		client.narrate(JOB, ANALYSIS);
		client.narrate(JOB, ANALYSIS);
		NarrativeClient.Narrative third = client.narrate(JOB, ANALYSIS);

		assertThat(third.status()).isEqualTo("unavailable");
		assertThat(client.breaker().getState().name()).isEqualTo("OPEN");
		AI_SERVICE.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

}
