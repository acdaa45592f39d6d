package network.applicant.gpt.gateway.routing;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The base URLs of the services the gateway routes to.
 *
 * <p>The route definitions in {@code application.yml} read these keys as placeholders
 * ({@code uri: ${applicant.gateway.services.oauth-uri}}); this record exists so that a
 * missing or malformed URL stops the gateway at start-up with a message that names the key,
 * instead of failing on the first routed request.
 *
 * @param oauthUri base URL of {@code gpt-oauth-service}, an absolute http(s) URI without a
 * path, for example {@code http://gpt-oauth-service:8081}
 * @param actionsUri base URL of {@code gpt-actions-service}, an absolute http(s) URI without
 * a path, for example {@code http://gpt-actions-service:8082}
 */
@Validated
@ConfigurationProperties(GatewayServicesProperties.PREFIX)
record GatewayServicesProperties(@Nullable URI oauthUri, @Nullable URI actionsUri) {

	static final String PREFIX = "applicant.gateway.services";

	/*
	 * Checked here rather than with Bean Validation so that every rule (present, absolute,
	 * http or https, no path) reports the full key in one consistent message. The gateway
	 * keeps the request's path and query as they are and only replaces scheme, host and
	 * port, so a path in the base URL would be silently ignored: refuse it instead.
	 */
	GatewayServicesProperties {
		requireBaseUri(oauthUri, PREFIX + ".oauth-uri", "http://gpt-oauth-service:8081");
		requireBaseUri(actionsUri, PREFIX + ".actions-uri", "http://gpt-actions-service:8082");
	}

	private static void requireBaseUri(@Nullable URI uri, String key, String example) {
		if (uri == null || uri.toString().isBlank()) {
			throw new IllegalArgumentException(key + " is not set; give the service's base URL, for example " + example);
		}
		if (uri.getRawUserInfo() != null) {
			// never echo the value: user info may hold a password
			throw new IllegalArgumentException(key + " must not carry user info (credentials); give a plain base URL,"
					+ " for example " + example);
		}
		String scheme = uri.getScheme();
		if (!uri.isAbsolute() || uri.getHost() == null
				|| !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
			throw new IllegalArgumentException(key + " must be an absolute http or https URL with a host, for example "
					+ example + ", but was '" + uri + "'");
		}
		boolean hasPath = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath());
		if (hasPath || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException(key + " must be a base URL with only scheme, host and port (the request's"
					+ " path and query are forwarded unchanged), for example " + example + ", but was '" + uri + "'");
		}
	}

}
