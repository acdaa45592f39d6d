package network.applicant.gpt.oauth.token;

import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The token endpoint's meters:
 *
 * <ul>
 * <li>{@code oauth.token.grants} (counter): every token request, tagged {@code grant_type}
 * ({@code authorization_code}, {@code refresh_token}, {@code other} for anything
 * unsupported, {@code none} when absent or unreadable) and {@code outcome} ({@code issued},
 * or the RFC 6749 error code: {@code invalid_grant}, {@code invalid_client},
 * {@code invalid_request}, {@code invalid_scope}, {@code unsupported_grant_type}, and
 * {@code server_error} for an unexpected failure);</li>
 * <li>{@code oauth.code.replays} (counter): authorization codes presented again (their
 * tokens are revoked);</li>
 * <li>{@code oauth.refresh.replays} (counter): rotated refresh tokens presented again after
 * the grace period (all the candidate's grants are revoked).</li>
 * </ul>
 *
 * <p>Tags come from fixed sets only, never from what a client sent, so a client cannot
 * create time series.
 */
final class TokenMetrics {

	static final String GRANTS = "oauth.token.grants";

	static final String CODE_REPLAYS = "oauth.code.replays";

	static final String REFRESH_REPLAYS = "oauth.refresh.replays";

	private static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token");

	private static final Set<String> ERRORS = Set.of("invalid_grant", "invalid_client", "invalid_request",
			"invalid_scope", "unsupported_grant_type", "unauthorized_client");

	private final MeterRegistry registry;

	private final Counter codeReplays;

	private final Counter refreshReplays;

	TokenMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.codeReplays = Counter.builder(CODE_REPLAYS)
			.description("Authorization codes presented again; the tokens issued from them were revoked")
			.register(registry);
		this.refreshReplays = Counter.builder(REFRESH_REPLAYS)
			.description("Rotated refresh tokens presented again after the grace period; the candidate's grants were revoked")
			.register(registry);
	}

	/**
	 * @param grantType the presented {@code grant_type}, or {@code null}
	 * @param error the RFC 6749 error answered, or {@code null} when tokens were issued
	 */
	void grant(@Nullable String grantType, @Nullable String error) {
		String type = (grantType == null || grantType.isEmpty()) ? "none"
				: GRANT_TYPES.contains(grantType) ? grantType : "other";
		String outcome = (error == null) ? "issued" : ERRORS.contains(error) ? error : "server_error";
		Counter.builder(GRANTS)
			.description("Token endpoint requests by grant type and outcome")
			.tag("grant_type", type)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

	void codeReplayed() {
		this.codeReplays.increment();
	}

	void refreshReplayed() {
		this.refreshReplays.increment();
	}

}
