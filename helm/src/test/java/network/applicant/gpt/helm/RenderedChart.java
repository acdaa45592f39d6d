package network.applicant.gpt.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The chart rendered by real Helm ({@code helm template}, through helm-java's bundled Helm), parsed
 * into plain maps and lists, with look-ups by kind and component.
 */
final class RenderedChart {

	static final Path CHART = Path.of("applicant-gpt");

	static final Path PRODUCTION_VALUES = Path.of("examples", "values-production.yaml");

	static final String RELEASE = "demo";

	static final String PREFIX = RELEASE + "-applicant-gpt-";

	private final String text;

	private final List<Map<String, Object>> documents;

	private RenderedChart(String text) {
		this.text = text;
		this.documents = new ArrayList<>();
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		for (Object document : yaml.loadAll(text)) {
			if (document != null) {
				this.documents.add(map(document));
			}
		}
	}

	static RenderedChart withDefaults() {
		return render(null, Map.of());
	}

	static RenderedChart withProductionValues() {
		return render(PRODUCTION_VALUES, Map.of());
	}

	static RenderedChart render(Path valuesFile, Map<String, Object> set) {
		TemplateCommand command = new Helm(CHART).template().withName(RELEASE).withNamespace("applicant");
		if (valuesFile != null) {
			command = command.withValuesFile(valuesFile);
		}
		for (Map.Entry<String, Object> entry : set.entrySet()) {
			command = command.set(entry.getKey(), entry.getValue());
		}
		return new RenderedChart(command.call());
	}

	String text() {
		return this.text;
	}

	List<Map<String, Object>> all() {
		return this.documents;
	}

	List<Map<String, Object>> ofKind(String kind) {
		return this.documents.stream().filter((d) -> kind.equals(d.get("kind"))).toList();
	}

	/** The resource of a kind whose name is the release prefix plus {@code component}. */
	Map<String, Object> get(String kind, String component) {
		return ofKind(kind).stream()
			.filter((d) -> (PREFIX + component).equals(at(d, "metadata", "name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + PREFIX + component + " in:\n" + this.text));
	}

	boolean has(String kind, String component) {
		return ofKind(kind).stream().anyMatch((d) -> (PREFIX + component).equals(at(d, "metadata", "name")));
	}

	/** The pod spec of a Deployment or of the CronJob's job template. */
	Map<String, Object> podSpec(Map<String, Object> workload) {
		if ("CronJob".equals(workload.get("kind"))) {
			return map(at(workload, "spec", "jobTemplate", "spec", "template", "spec"));
		}
		return map(at(workload, "spec", "template", "spec"));
	}

	Map<String, Object> container(Map<String, Object> workload) {
		List<Object> containers = list(podSpec(workload).get("containers"));
		if (containers.size() != 1) {
			throw new AssertionError("expected one container in " + at(workload, "metadata", "name"));
		}
		return map(containers.get(0));
	}

	/**
	 * The environment a container starts with, as Spring sees it: the ConfigMaps of {@code envFrom}
	 * and the {@code env} entries. A value from a Secret is the placeholder {@code secret:<name>/<key>}.
	 */
	Map<String, String> environment(Map<String, Object> workload) {
		Map<String, String> environment = new LinkedHashMap<>();
		Map<String, Object> container = container(workload);
		for (Object from : list(container.getOrDefault("envFrom", List.of()))) {
			configMapData((String) at(from, "configMapRef", "name")).forEach((k, v) -> environment.put(k, String.valueOf(v)));
		}
		for (Object entry : list(container.getOrDefault("env", List.of()))) {
			Map<String, Object> env = map(entry);
			String name = (String) env.get("name");
			if (env.containsKey("value")) {
				environment.put(name, String.valueOf(env.get("value")));
			}
			else {
				Object ref = at(env, "valueFrom", "secretKeyRef");
				if (ref == null) {
					throw new AssertionError(name + " is neither a value nor a secretKeyRef");
				}
				environment.put(name, "secret:" + at(ref, "name") + "/" + at(ref, "key"));
			}
		}
		return environment;
	}

	/**
	 * Writes the files of a workload's projected volume as the kubelet would: each ConfigMap item with
	 * its value, each Secret item with {@code secretValue} of its reference {@code <secret>/<key>}.
	 * @param volumeName the volume's name in the pod spec
	 * @param directory where the files go (the volume's mount, seen from outside)
	 */
	void writeProjectedVolume(Map<String, Object> workload, String volumeName, Function<String, String> secretValue,
			Path directory) throws IOException {
		Object volume = list(podSpec(workload).get("volumes")).stream()
			.filter((v) -> volumeName.equals(at(v, "name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no volume " + volumeName));
		for (Object source : list(at(volume, "projected", "sources"))) {
			if (at(source, "configMap") != null) {
				Map<String, Object> data = configMapData((String) at(source, "configMap", "name"));
				for (Object item : list(at(source, "configMap", "items"))) {
					Files.writeString(directory.resolve((String) at(item, "path")),
							String.valueOf(data.get((String) at(item, "key"))));
				}
			}
			if (at(source, "secret") != null) {
				String name = (String) at(source, "secret", "name");
				for (Object item : list(at(source, "secret", "items"))) {
					Files.writeString(directory.resolve((String) at(item, "path")),
							secretValue.apply(name + "/" + at(item, "key")));
				}
			}
		}
	}

	/** The data of a rendered ConfigMap that a workload refers to; a missing one fails the test. */
	private Map<String, Object> configMapData(String name) {
		return map(ofKind("ConfigMap").stream()
			.filter((d) -> name.equals(at(d, "metadata", "name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("a workload refers to a missing ConfigMap " + name))
			.get("data"));
	}

	static Object at(Object node, String... path) {
		Object current = node;
		for (String step : path) {
			if (!(current instanceof Map<?, ?> m)) {
				return null;
			}
			current = m.get(step);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node) {
		return (Map<String, Object>) Objects.requireNonNull(node, "expected a map");
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object node) {
		return (List<Object>) Objects.requireNonNull(node, "expected a list");
	}

}
