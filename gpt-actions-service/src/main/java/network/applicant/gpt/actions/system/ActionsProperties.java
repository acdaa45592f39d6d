package network.applicant.gpt.actions.system;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the Actions API is reachable from outside, and where a job's page is.
 *
 * @param publicBaseUrl the public base URL of the platform (the gateway), absolute, without
 * a trailing slash: the OpenAPI document's server ({@code <base>/api/v1/gpt}) and the OAuth
 * authorization and token URLs are built from it. Must be {@code https}; plain {@code http}
 * is accepted only for {@code localhost}/{@code 127.0.0.1}, for local development
 * @param jobUrlTemplate the link of a job in results and details; {@code {id}} is replaced
 * by the job id
 */
@Validated
@ConfigurationProperties(ActionsProperties.PREFIX)
public record ActionsProperties(@NotNull URI publicBaseUrl,
		@DefaultValue("https://applicant.network/jobs/{id}") @NotBlank String jobUrlTemplate) {

	public static final String PREFIX = "applicant.actions";

	public ActionsProperties {
		if (publicBaseUrl != null) {
			String scheme = publicBaseUrl.getScheme();
			String host = publicBaseUrl.getHost();
			boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host);
			if (!publicBaseUrl.isAbsolute() || host == null
					|| !("https".equals(scheme) || ("http".equals(scheme) && loopback))) {
				throw new IllegalArgumentException(PREFIX + ".public-base-url must be an absolute https URL"
						+ " (http only for localhost), e.g. https://applicant.network; ChatGPT only calls https APIs");
			}
			if (publicBaseUrl.getRawPath() != null && publicBaseUrl.getRawPath().endsWith("/")
					|| publicBaseUrl.getRawQuery() != null || publicBaseUrl.getRawFragment() != null) {
				throw new IllegalArgumentException(
						PREFIX + ".public-base-url must have no trailing slash, query or fragment");
			}
		}
		if (jobUrlTemplate != null && (!jobUrlTemplate.contains("{id}") || !jobUrlTemplate.matches("https?://.+"))) {
			throw new IllegalArgumentException(PREFIX + ".job-url-template must be an absolute http(s) URL"
					+ " containing {id}, e.g. https://applicant.network/jobs/{id}");
		}
	}

	/**
	 * @param jobId a job id
	 * @return the job's link
	 */
	public String jobUrl(long jobId) {
		return this.jobUrlTemplate.replace("{id}", Long.toString(jobId));
	}

	/** @return the base URL as text, without a trailing slash */
	public String base() {
		return this.publicBaseUrl.toString();
	}

}
