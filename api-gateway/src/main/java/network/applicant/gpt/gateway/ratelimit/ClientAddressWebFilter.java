package network.applicant.gpt.gateway.ratelimit;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Records the client address of every request in the exchange attribute
 * {@link #ATTRIBUTE} before the gateway's identity filter removes {@code X-Forwarded-For}.
 */
final class ClientAddressWebFilter implements WebFilter, Ordered {

	static final String ATTRIBUTE = ClientAddressWebFilter.class.getName() + ".address";

	private final ClientAddressResolver resolver;

	ClientAddressWebFilter(ClientAddressResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getAttributes().put(ATTRIBUTE, this.resolver.resolve(exchange.getRequest()));
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
