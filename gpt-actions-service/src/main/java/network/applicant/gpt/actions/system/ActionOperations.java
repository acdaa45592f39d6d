package network.applicant.gpt.actions.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The operations of the Actions API by HTTP method and path, as the OpenAPI document and
 * DESIGN §4 name them ({@code searchJobs}, {@code getJobDetails},
 * {@code getApplicationStatus}, {@code submitApplication}, {@code analyzeResume}).
 *
 * <p>Not a router: it names the operation a request is for, also when no handler ran (a
 * refused call), so that the execution audit event can say which operation was refused.
 * A request that matches no operation (an unknown path, a method the path does not
 * support) has none. Immutable and thread-safe.
 *
 * <pre>{@code
 * ActionOperations.CONTRACT.match("GET", "/api/v1/gpt/jobs/42") // Match[operationId=getJobDetails, jobId=42]
 * }</pre>
 */
final class ActionOperations {

	/** The operations of the published contract. */
	static final ActionOperations CONTRACT = new ActionOperations(List.of(
			new Operation("searchJobs", HttpMethod.GET, ActionsApi.PREFIX + "/jobs"),
			new Operation("getJobDetails", HttpMethod.GET, ActionsApi.PREFIX + "/jobs/{jobId}"),
			new Operation("getApplicationStatus", HttpMethod.GET, ActionsApi.PREFIX + "/applications"),
			new Operation("submitApplication", HttpMethod.POST, ActionsApi.PREFIX + "/applications"),
			new Operation("analyzeResume", HttpMethod.POST, ActionsApi.PREFIX + "/resume/analyze")));

	private final List<Compiled> operations;

	ActionOperations(List<Operation> operations) {
		this.operations = operations.stream()
			.map((operation) -> new Compiled(operation, PathPatternParser.defaultInstance.parse(operation.path())))
			.toList();
	}

	/**
	 * @param method the request's HTTP method
	 * @param path the request's path, without the context path and query
	 * @return the operation and its path variables, if the request is for one
	 */
	Optional<Match> match(String method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Compiled compiled : this.operations) {
			if (!compiled.operation().method().matches(method)) {
				continue;
			}
			PathPattern.PathMatchInfo info = compiled.pattern().matchAndExtract(container);
			if (info != null) {
				return Optional.of(new Match(compiled.operation().id(), info.getUriVariables()));
			}
		}
		return Optional.empty();
	}

	/** @return every operation, in contract order */
	List<Operation> all() {
		return this.operations.stream().map(Compiled::operation).toList();
	}

	/**
	 * One operation of the contract.
	 * @param id the OpenAPI operation id
	 * @param method its HTTP method
	 * @param path its path pattern
	 */
	record Operation(String id, HttpMethod method, String path) {
	}

	/**
	 * A request matched to an operation.
	 * @param operationId the OpenAPI operation id
	 * @param pathVariables the values of the path's variables, as sent
	 */
	record Match(String operationId, Map<String, String> pathVariables) {
	}

	private record Compiled(Operation operation, PathPattern pattern) {
	}

}
