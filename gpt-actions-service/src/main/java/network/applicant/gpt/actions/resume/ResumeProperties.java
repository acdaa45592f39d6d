package network.applicant.gpt.actions.resume;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of resume analysis ({@code applicant.resume.*}).
 *
 * @param maxTextChars the longest pasted {@code resume_text} accepted, in characters
 * @param maxPdfPages pages of a PDF that are read; later pages are ignored
 * @param files downloading files attached in ChatGPT
 * @param ai the optional AI service that adds a narrative summary
 */
@Validated
@ConfigurationProperties("applicant.resume")
record ResumeProperties(@DefaultValue("50000") @Min(1000) @Max(500000) int maxTextChars,
		@DefaultValue("10") @Min(1) @Max(50) int maxPdfPages, @DefaultValue @Valid Files files,
		@DefaultValue @Valid Ai ai) {

	/**
	 * @param allowedHosts the only hosts attached files are downloaded from (exact host names, HTTPS only)
	 * @param maxSize the largest file accepted
	 * @param connectTimeout time to connect to the file host
	 * @param timeout time for the whole download, redirects included
	 * @param maxRedirects redirects followed, each only to an allowed host over HTTPS
	 * @param trustCertificates a PEM file of CA certificates to trust instead of the JVM's defaults
	 *        (a TLS-inspecting proxy; tests); unset means the JVM's trust store
	 */
	public record Files(@DefaultValue("files.oaiusercontent.com") @NotNull List<@NotBlank String> allowedHosts,
			@DefaultValue("5MB") @NotNull DataSize maxSize, @DefaultValue("3s") @NotNull Duration connectTimeout,
			@DefaultValue("10s") @NotNull Duration timeout, @DefaultValue("2") @Min(0) @Max(5) int maxRedirects,
			@Nullable Resource trustCertificates) {

		public Files {
			if (allowedHosts.isEmpty()) {
				throw new IllegalArgumentException("applicant.resume.files.allowed-hosts must name at least one host");
			}
			allowedHosts = allowedHosts.stream().map((h) -> h.strip().toLowerCase(Locale.ROOT)).toList();
			for (String host : allowedHosts) {
				if (!host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
					throw new IllegalArgumentException("applicant.resume.files.allowed-hosts must hold bare host names"
							+ " (no scheme, port, path or wildcard): " + host);
				}
			}
			if (maxSize.toBytes() < 1024 || maxSize.toBytes() > 50L * 1024 * 1024) {
				throw new IllegalArgumentException("applicant.resume.files.max-size must be between 1KB and 50MB");
			}
			if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException(
						"applicant.resume.files.connect-timeout and applicant.resume.files.timeout must be positive");
			}
		}

	}

	/**
	 * @param baseUrl base URL of an OpenAI-compatible API ({@code <base-url>/chat/completions});
	 *        unset turns the narrative off
	 * @param apiKey bearer key for it; required when {@code base-url} is set
	 * @param model the model name sent
	 * @param timeout time allowed for one call
	 * @param failureRateThreshold percentage of failed calls that opens the circuit
	 * @param minimumCalls calls in the window before the failure rate counts
	 * @param openDuration how long the circuit stays open before trying again
	 */
	public record Ai(@Nullable URI baseUrl, @Nullable String apiKey, @DefaultValue("gpt-4o-mini") @NotBlank String model,
			@DefaultValue("4s") @NotNull Duration timeout,
			@DefaultValue("50") @Min(1) @Max(100) int failureRateThreshold,
			@DefaultValue("5") @Min(1) @Max(100) int minimumCalls, @DefaultValue("30s") @NotNull Duration openDuration) {

		public Ai {
			if (baseUrl != null) {
				if (baseUrl.getScheme() == null || !List.of("http", "https").contains(baseUrl.getScheme())
						|| baseUrl.getHost() == null) {
					throw new IllegalArgumentException("applicant.resume.ai.base-url must be an http(s) URL");
				}
				if (apiKey == null || apiKey.isBlank()) {
					throw new IllegalArgumentException(
							"applicant.resume.ai.api-key is required when applicant.resume.ai.base-url is set");
				}
			}
			if (timeout.isNegative() || timeout.isZero() || openDuration.isNegative() || openDuration.isZero()) {
				throw new IllegalArgumentException(
						"applicant.resume.ai.timeout and applicant.resume.ai.open-duration must be positive");
			}
		}

		/** @return whether the AI service is configured */
		public boolean enabled() {
			return this.baseUrl != null;
		}

		@Override
		public String toString() {
			return "Ai[baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "***" : "null") + ", model="
					+ this.model + ", timeout=" + this.timeout + "]";
		}

	}

}
