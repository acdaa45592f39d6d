package network.applicant.gpt.gateway.accesstoken;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebExchange;

/**
 * The candidate a request acts for, from its verified access token. Only
 * {@link AccessTokenFilter} stores one, and only after the token verified, so it is never
 * taken from anything a client can set directly.
 *
 * @param subject the token's {@code sub}: the candidate id
 * @param plan the token's optional {@code plan} claim (the rate-limit tier), or {@code null}
 */
public record AuthenticatedCaller(String subject, @Nullable String plan) {

	/** The exchange attribute that holds it. */
	public static final String ATTRIBUTE = AuthenticatedCaller.class.getName();

	/**
	 * @param exchange a request
	 * @return its verified caller, if its access token verified
	 */
	public static Optional<AuthenticatedCaller> of(ServerWebExchange exchange) {
		return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
	}

}
