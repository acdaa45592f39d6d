/**
 * Where each public path goes. The routes themselves live in {@code application.yml}
 * under {@code spring.cloud.gateway.server.webflux.routes}; this package holds the
 * validated base URLs of the services those routes point at.
 */
@NullMarked
package network.applicant.gpt.gateway.routing;

import org.jspecify.annotations.NullMarked;
