package network.applicant.gpt.actions.resume;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import network.applicant.gpt.actions.resume.analysis.CategoryScore;
import network.applicant.gpt.actions.resume.analysis.Flag;
import network.applicant.gpt.actions.resume.analysis.JobPosting;
import network.applicant.gpt.actions.resume.analysis.MatchedSkill;
import network.applicant.gpt.actions.resume.analysis.ResumeAnalysis;

/**
 * Asks an OpenAI-compatible chat-completions endpoint for a short narrative summary of a
 * finished analysis. Optional and never load-bearing: the score is computed before and
 * without it, and when the service is unconfigured, slow, failing, open-circuited or
 * answers nonsense, the analysis is returned unchanged with the reason.
 *
 * <p>Only the analysis goes out (job title and level, category scores, skill names,
 * flags, suggestions), never the resume text, so no resume content leaves the service.
 * Calls have a deadline ({@code applicant.resume.ai.timeout}) and run through a
 * Resilience4j circuit breaker, so a dead AI service costs one timeout per open-circuit
 * period rather than one per request.
 */
class NarrativeClient {

	private static final Logger log = LoggerFactory.getLogger(NarrativeClient.class);

	static final int MAX_CHARS = 1200;

	private static final String INSTRUCTIONS = "You explain a resume-to-job fit analysis to the candidate in at most"
			+ " four sentences of plain English. Use only the facts given. Do not change or restate the score as a"
			+ " different number, do not invent experience, skills or employers, and do not give legal advice.";

	/**
	 * The outcome.
	 * @param text the narrative, or {@code null}
	 * @param status {@code generated}, {@code not_configured} or {@code unavailable}
	 */
	record Narrative(@Nullable String text, String status) {
	}

	private final ResumeProperties.Ai properties;

	private final HttpClient client;

	private final JsonMapper json;

	private final CircuitBreaker breaker;

	NarrativeClient(ResumeProperties.Ai properties, JsonMapper json) {
		this.properties = properties;
		this.json = json;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.breaker = CircuitBreaker.of("resume-narrative", CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRateThreshold())
			.minimumNumberOfCalls(properties.minimumCalls())
			.slidingWindowSize(Math.max(10, properties.minimumCalls()))
			.waitDurationInOpenState(properties.openDuration())
			.permittedNumberOfCallsInHalfOpenState(1)
			.build());
	}

	/** @return the circuit breaker, for health and tests */
	CircuitBreaker breaker() {
		return this.breaker;
	}

	Narrative narrate(JobPosting job, ResumeAnalysis analysis) {
		if (!this.properties.enabled()) {
			return new Narrative(null, "not_configured");
		}
		try {
			String text = this.breaker.executeCheckedSupplier(() -> call(job, analysis));
			return new Narrative(text, "generated");
		}
		catch (CallNotPermittedException ex) {
			return new Narrative(null, "unavailable");
		}
		catch (Throwable ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			log.atWarn().addKeyValue("reason", ex.getClass().getSimpleName()).log("AI narrative unavailable");
			return new Narrative(null, "unavailable");
		}
	}

	private String call(JobPosting job, ResumeAnalysis analysis) throws Exception {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("job_title", job.title());
		facts.put("job_level", job.level());
		facts.put("fit_score", analysis.fitScore());
		facts.put("fit_band", analysis.fitBand());
		facts.put("categories", analysis.categories().stream().map((c) -> c.name() + ": " + c.score()).toList());
		facts.put("matched_skills", analysis.matchedSkills().stream().map(MatchedSkill::skill).distinct().toList());
		facts.put("missing_required", analysis.missingRequiredSkills());
		facts.put("flags", analysis.flags().stream().map(Flag::message).toList());
		facts.put("suggestions", analysis.suggestions());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("model", this.properties.model());
		body.put("temperature", 0);
		body.put("max_tokens", 300);
		body.put("messages", List.of(Map.of("role", "system", "content", INSTRUCTIONS),
				Map.of("role", "user", "content", this.json.writeValueAsString(facts))));
		String base = this.properties.baseUrl().toString();
		URI uri = URI.create(base.endsWith("/") ? base + "chat/completions" : base + "/chat/completions");
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + this.properties.apiKey())
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build();
		CompletableFuture<HttpResponse<String>> future = this.client.sendAsync(request,
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> response;
		try {
			response = future.get(this.properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			future.cancel(true);
			throw ex;
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("AI service answered HTTP " + response.statusCode());
		}
		JsonNode content = this.json.readTree(response.body()).path("choices").path(0).path("message").path("content");
		if (!content.isString() || content.asString().isBlank() || content.asString().length() > MAX_CHARS) {
			throw new IllegalStateException("AI service answered without a usable message");
		}
		return content.asString().strip();
	}

}
