package network.applicant.gpt.gateway.endtoend;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link RunningPlatform} for every end-to-end test class in the run: it takes most of a
 * minute to start, so the classes share it (started by the first that asks, closed when the
 * run ends). A test class says {@code @ExtendWith(SharedPlatform.class)} and takes a
 * {@code RunningPlatform} parameter in its {@code @BeforeAll} method.
 *
 * <p>Short lifetimes make the time-bound paths testable without waiting: a refresh grace period
 * of 3 s and authorization codes of 5 s. The anonymous budget is raised to 1 000 a minute,
 * since every request comes from 127.0.0.1.
 */
final class SharedPlatform implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

	static final RunningPlatform.Options OPTIONS = new RunningPlatform.Options(
			List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"),
			Map.of("applicant.oauth.lifetimes.refresh-grace-period", "3s",
					"applicant.oauth.lifetimes.authorization-code", "5s"),
			Map.of("applicant.gateway.rate-limit.anonymous.reads", "1000",
					"applicant.gateway.rate-limit.anonymous.writes", "1000"));

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
		return parameter.getParameter().getType() == RunningPlatform.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
		// the root store closes it (RunningPlatform is AutoCloseable) when the whole run ends
		return extension.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(RunningPlatform.class, (key) -> RunningPlatform.start(OPTIONS), RunningPlatform.class);
	}

}
