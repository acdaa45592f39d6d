package network.applicant.gpt.actions.system;

import java.util.Map;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Adds an {@code operation} tag to {@code http.server.requests}: the OpenAPI operation id
 * of the Actions API call ({@code searchJobs}, {@code submitApplication}, ...) or
 * {@code none} for everything else (actuator, privacy page, admin import).
 *
 * <p>The id is looked up from the method and the matched URI template, both of which the
 * default convention already computes, so the tag costs a map lookup and can only take
 * the values listed here.
 */
final class ActionsObservationConvention extends DefaultServerRequestObservationConvention {

	static final String OPERATION = "operation";

	private static final Map<String, String> OPERATIONS = Map.of(
			"GET " + ActionsApi.PREFIX + "/jobs", "searchJobs",
			"GET " + ActionsApi.PREFIX + "/jobs/{jobId}", "getJobDetails",
			"GET " + ActionsApi.PREFIX + "/applications", "getApplicationStatus",
			"POST " + ActionsApi.PREFIX + "/applications", "submitApplication",
			"POST " + ActionsApi.PREFIX + "/resume/analyze", "analyzeResume");

	@Override
	public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
		KeyValues values = super.getLowCardinalityKeyValues(context);
		String pattern = context.getPathPattern();
		String operation = (pattern != null)
				? OPERATIONS.getOrDefault(context.getCarrier().getMethod() + " " + pattern, "none") : "none";
		return values.and(KeyValue.of(OPERATION, operation));
	}

}
