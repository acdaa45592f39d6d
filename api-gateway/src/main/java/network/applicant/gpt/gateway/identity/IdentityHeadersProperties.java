package network.applicant.gpt.gateway.identity;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Extra request headers the gateway removes from every incoming request, on top of the
 * identity headers it always removes ({@code x-clerk-user-id}, {@code x-gpt-clerk-user-id},
 * the internal service key header, {@code Forwarded} and {@code X-Forwarded-*}).
 *
 * @param strippedHeaders header names to remove, matched case-insensitively; empty by default
 */
@Validated
@ConfigurationProperties(IdentityHeadersProperties.PREFIX)
record IdentityHeadersProperties(
		@DefaultValue @NotNull List<@NotNull @Pattern(regexp = "[A-Za-z0-9!#$%&'*+.^_`|~-]+",
				message = "must be an HTTP header name") String> strippedHeaders) {

	static final String PREFIX = "applicant.gateway";

}
