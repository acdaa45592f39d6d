package network.applicant.gpt.gateway.accesstoken;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * Which routed requests need a bearer access token.
 *
 * @param routeIds ids of the routes (in {@code spring.cloud.gateway.server.webflux.routes})
 * whose requests need a token; default {@code actions}
 * @param publicPaths path patterns on those routes that are served without a token, for
 * example the OpenAPI document ChatGPT imports
 */
@Validated
@ConfigurationProperties(AccessTokenGatewayProperties.PREFIX)
record AccessTokenGatewayProperties(@DefaultValue("actions") @NotEmpty List<@NotNull String> routeIds,
		@DefaultValue({ "/api/v1/gpt/openapi.yaml", "/api/v1/gpt/privacy" }) @NotNull List<@NotNull @Pattern(
				regexp = "/.*", message = "must be a path pattern starting with /") String> publicPaths) {

	static final String PREFIX = "applicant.gateway.access-tokens";

	AccessTokenGatewayProperties {
		if (publicPaths != null) {
			for (String path : publicPaths) {
				try {
					PathPatternParser.defaultInstance.parse(path);
				}
				catch (PatternParseException ex) {
					throw new IllegalArgumentException(PREFIX + ".public-paths has an invalid path pattern '" + path
							+ "'");
				}
			}
		}
	}

}
