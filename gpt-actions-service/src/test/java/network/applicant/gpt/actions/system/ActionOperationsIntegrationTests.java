package network.applicant.gpt.actions.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action handler of the running application is an operation the execution audit
 * event can name, so a new operation cannot be audited under no name.
 */
class ActionOperationsIntegrationTests extends ActionsIntegrationTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyScopedHandlerIsAnOperationOfTheContract() {
		List<String> routes = this.handlerMapping.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().hasMethodAnnotation(RequiresScope.class))
			.filter((entry) -> !entry.getValue().getBeanType().equals(SecurityProbeController.class))
			.flatMap((entry) -> entry.getKey().getMethodsCondition().getMethods().stream()
				.flatMap((method) -> entry.getKey().getPatternValues().stream().map((pattern) -> method + " " + pattern)))
			.toList();

		assertThat(routes).as("the application's action handlers").isNotEmpty();
		assertThat(routes).allSatisfy((route) -> {
			String[] parts = route.split(" ");
			assertThat(ActionOperations.CONTRACT.match(parts[0], parts[1].replaceAll("\\{[^}]+}", "1")))
				.as("operation of " + route)
				.isPresent();
		});
	}

}
