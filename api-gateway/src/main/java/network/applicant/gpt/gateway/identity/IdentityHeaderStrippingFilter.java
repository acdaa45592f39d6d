package network.applicant.gpt.gateway.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Removes, case-insensitively, every header from a routed request that a service would
 * read as a statement about who the caller is or where the request came from.
 *
 * <p>This is not authentication: it only guarantees that whatever identity headers reach a
 * service were added by the gateway itself. It runs first among the global filters
 * ({@link #ORDER}); a filter that verifies a session or token and adds trusted identity
 * headers must run after it.
 *
 * <p>Removed are the always-stripped names given at construction, {@code Forwarded} and
 * every {@code X-Forwarded-*} header.
 */
final class IdentityHeaderStrippingFilter implements GlobalFilter, Ordered {

	/** The order of this filter; identity filters that add headers must have a larger one. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	/*
	 * Why Forwarded and X-Forwarded-* go too: the gateway is the public edge, and a service
	 * that builds URLs or makes decisions from X-Forwarded-Host/-Proto/-For would otherwise
	 * trust whatever a caller wrote. Spring Cloud Gateway already drops them when
	 * spring.cloud.gateway.server.webflux.trusted-proxies is unset; doing it here as well
	 * keeps the guarantee if someone sets that property, and states it where it is tested.
	 * Services take their public URLs from configuration (the issuer), not from headers.
	 */
	private static final String FORWARDED = "forwarded";

	private static final String X_FORWARDED_PREFIX = "x-forwarded-";

	private final Set<String> stripped;

	/**
	 * @param stripped header names to remove, in any case
	 */
	IdentityHeaderStrippingFilter(Collection<String> stripped) {
		this.stripped = stripped.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		List<String> toRemove = namesToRemove(exchange.getRequest().getHeaders());
		if (toRemove.isEmpty()) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate()
			.request((request) -> request.headers((headers) -> toRemove.forEach(headers::remove)))
			.build());
	}

	/**
	 * @param headers the incoming headers
	 * @return the names, as they appear in {@code headers}, that must not reach a service
	 */
	List<String> namesToRemove(HttpHeaders headers) {
		List<String> names = new ArrayList<>();
		for (String name : headers.headerNames()) {
			if (isStripped(name)) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * @param name a header name in any case
	 * @return whether a caller from outside may not set it
	 */
	boolean isStripped(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return this.stripped.contains(lower) || FORWARDED.equals(lower) || lower.startsWith(X_FORWARDED_PREFIX);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
