package network.applicant.gpt.gateway.routing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the validated service base URLs that the YAML route definitions refer to.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayServicesProperties.class)
class RoutingConfiguration {

}
