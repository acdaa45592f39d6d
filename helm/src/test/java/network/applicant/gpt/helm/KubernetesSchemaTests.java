package network.applicant.gpt.helm;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static network.applicant.gpt.helm.RenderedChart.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every object the chart renders against the Kubernetes API's own schema, as a cluster's
 * API server would on {@code helm install}: no field the API does not define (a misspelt
 * {@code readOnlyRootFileSystem} would otherwise be dropped silently and the container would run
 * with a writable root), every required field present, and every value of the type the API
 * expects.
 *
 * <p>The schema is the one the official Kubernetes Java client's models are generated from (its
 * {@code validateJsonElement} and {@code fromJson}); the API group version and kind of each object
 * choose the model, and an object without a model fails the test rather than being skipped.
 */
class KubernetesSchemaTests {

	private static final String MODELS = "io.kubernetes.client.openapi.models.";

	private static final Gson GSON = new Gson();

	@Test
	void renderedObjectsWhenDefaultsThenAllValidAgainstTheKubernetesApi() {
		assertValid(RenderedChart.withDefaults());
	}

	@Test
	void renderedObjectsWhenProductionValuesThenAllValidAgainstTheKubernetesApi() {
		assertValid(RenderedChart.withProductionValues());
	}

	@Test
	void renderedObjectsWhenEveryAutoscalerOnThenAllValidAgainstTheKubernetesApi() {
		RenderedChart chart = RenderedChart.render(RenderedChart.PRODUCTION_VALUES,
				Map.of("services.oauth.autoscaling.enabled", true, "services.actions.autoscaling.enabled", true,
						"services.auditConsumer.autoscaling.enabled", true));

		assertThat(chart.ofKind("HorizontalPodAutoscaler")).hasSizeGreaterThanOrEqualTo(4);
		assertValid(chart);
	}

	@Test
	void validatorWhenAFieldIsMisspeltThenRefusesItNamingTheField() {
		Map<String, Object> deployment = parse("""
				apiVersion: apps/v1
				kind: Deployment
				metadata: { name: probe }
				spec:
				  selector: { matchLabels: { app: probe } }
				  template:
				    metadata: { labels: { app: probe } }
				    spec:
				      containers:
				        - name: probe
				          image: registry.example.com/probe:1
				          securityContext: { readOnlyRootFileSystem: true }
				""");

		assertThat(problems(deployment)).singleElement().asString().contains("readOnlyRootFileSystem");
	}

	@Test
	void validatorWhenARequiredFieldIsMissingOrATypeIsWrongThenRefusesIt() {
		Map<String, Object> withoutImageName = parse("""
				apiVersion: batch/v1
				kind: CronJob
				metadata: { name: probe }
				spec:
				  schedule: "0 */6 * * *"
				  jobTemplate:
				    spec:
				      template:
				        spec:
				          restartPolicy: OnFailure
				          containers:
				            - image: registry.example.com/probe:1
				""");
		Map<String, Object> replicasAsList = parse("""
				apiVersion: apps/v1
				kind: Deployment
				metadata: { name: probe }
				spec:
				  replicas: [2]
				  selector: { matchLabels: { app: probe } }
				  template:
				    metadata: { labels: { app: probe } }
				    spec:
				      containers: [{ name: probe, image: "registry.example.com/probe:1" }]
				""");

		assertThat(problems(withoutImageName)).singleElement().asString().contains("name");
		assertThat(problems(replicasAsList)).singleElement().asString().contains("replicas");
	}

	@Test
	void validatorWhenAKindHasNoModelThenRefusesItInsteadOfSkipping() {
		Map<String, Object> unknown = parse("""
				apiVersion: monitoring.coreos.com/v1
				kind: ServiceMonitor
				metadata: { name: probe }
				""");

		assertThat(problems(unknown)).singleElement().asString().contains("no Kubernetes API model");
	}

	private static void assertValid(RenderedChart chart) {
		assertThat(chart.all()).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Map<String, Object> object : chart.all()) {
			problems.addAll(problems(object));
		}
		assertThat(problems).as("objects the Kubernetes API would refuse or alter").isEmpty();
	}

	/**
	 * @return what the Kubernetes API schema has against one object, each naming the object; empty
	 * when it is valid
	 */
	static List<String> problems(Map<String, Object> object) {
		String name = object.get("kind") + " " + at(object, "metadata", "name");
		Class<?> model = model(String.valueOf(object.get("apiVersion")), String.valueOf(object.get("kind")));
		if (model == null) {
			return List.of(name + ": no Kubernetes API model for " + object.get("apiVersion") + " "
					+ object.get("kind"));
		}
		JsonElement json = GSON.toJsonTree(object);
		try {
			model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
			// and the values parse as their API types (quantities, int-or-string ports, dates)
			model.getMethod("fromJson", String.class).invoke(null, json.toString());
			return List.of();
		}
		catch (InvocationTargetException ex) {
			return List.of(name + ": " + ex.getCause().getMessage());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("the model " + model.getName() + " has no validator", ex);
		}
	}

	/**
	 * The generated model of an API version and kind: {@code apps/v1 Deployment} is
	 * {@code V1Deployment}, {@code autoscaling/v2 HorizontalPodAutoscaler} is
	 * {@code V2HorizontalPodAutoscaler}.
	 */
	private static Class<?> model(String apiVersion, String kind) {
		String version = apiVersion.substring(apiVersion.lastIndexOf('/') + 1);
		String className = MODELS + version.substring(0, 1).toUpperCase(Locale.ROOT) + version.substring(1) + kind;
		try {
			Class<?> model = Class.forName(className);
			model.getMethod("validateJsonElement", JsonElement.class);
			return model;
		}
		catch (ClassNotFoundException | NoSuchMethodException ex) {
			return null;
		}
	}

	private static Map<String, Object> parse(String yaml) {
		return RenderedChart.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
	}

}
