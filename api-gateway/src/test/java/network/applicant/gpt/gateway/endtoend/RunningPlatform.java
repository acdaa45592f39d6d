package network.applicant.gpt.gateway.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;

import network.applicant.gpt.config.testing.PostgresTestDatabase;
import network.applicant.gpt.gateway.ApiGatewayApplication;

import static org.awaitility.Awaitility.await;

/**
 * The whole platform on this machine, as ChatGPT meets it: gpt-oauth-service and
 * gpt-actions-service as separate processes (their runnable jars, copied to
 * {@code target/system/} by the build), and the gateway in this JVM in front of them.
 *
 * <p>Every port is chosen free before anything starts, so that the oauth service's public
 * base URL, issuer and audience, the gateway's dev sign-in origin and the Clerk issuer all
 * name the gateway's real port. All of them run the {@code local} profile (real PostgreSQL,
 * RabbitMQ and Redis); what the profile would point at fixed ports is overridden. The
 * services share one test database, as they share {@code applicant} locally, and send
 * their audit events to an exchange of this run's own, removed by {@link #close()}.
 */
final class RunningPlatform implements AutoCloseable {

	static final String DATABASE = "applicant_test_system";

	static final String CLIENT_ID = "chatgpt-local";

	static final String CLIENT_SECRET = "chatgpt-local-secret";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final Options options;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String auditDestination = "applicant.audit.test.system." + this.run;

	private final Path work;

	private final int gatewayPort;

	/** The gateway's actuator port (the gateway serves no actuator on its public port). */
	private final int gatewayManagementPort;

	private final int oauthPort;

	private final int actionsPort;

	private final List<Service> services = new ArrayList<>();

	private ConfigurableApplicationContext gateway;

	/** What the gateway was started with, for {@link #startAnotherGateway()}. */
	private Map<String, String> gatewayProperties = Map.of();

	/** Ends the service processes if this JVM is stopped before {@link #close()} runs. */
	private final Thread stopServicesOnExit = new Thread(() -> this.services.forEach((service) -> service.process()
		.destroyForcibly()), "system-test-services-stop");

	private RunningPlatform(Options options) throws IOException {
		this.options = options;
		this.work = Files.createDirectories(Path.of("target", "system", "run-" + this.run)).toAbsolutePath();
		int[] ports = freePorts(4);
		this.gatewayPort = ports[0];
		this.oauthPort = ports[1];
		this.actionsPort = ports[2];
		this.gatewayManagementPort = ports[3];
	}

	/**
	 * What a test or benchmark changes about the platform.
	 * @param jvmOptions extra options of the service processes (e.g. C1 only, for a fast start)
	 * @param oauth extra oauth-service properties
	 * @param actions extra actions-service properties
	 * @param gateway extra gateway properties
	 * @param gatewayProcess whether the gateway runs as a process of its own, as in production
	 * (for benchmarks: its JIT, heap and log output are then not shared with the load generator),
	 * rather than in this JVM (for tests: faster, and its beans can be reached)
	 * @param database the database the services share
	 */
	record Options(List<String> jvmOptions, Map<String, String> oauth, Map<String, String> actions,
			Map<String, String> gateway, boolean gatewayProcess, String database) {

		Options(List<String> jvmOptions, Map<String, String> oauth, Map<String, String> gateway) {
			this(jvmOptions, oauth, Map.of(), gateway, false, DATABASE);
		}

		Options gatewayAsProcess() {
			return new Options(this.jvmOptions, this.oauth, this.actions, this.gateway, true, this.database);
		}

		Options withActions(Map<String, String> properties) {
			return new Options(this.jvmOptions, this.oauth, properties, this.gateway, this.gatewayProcess,
					this.database);
		}

		Options withDatabase(String name) {
			return new Options(this.jvmOptions, this.oauth, this.actions, this.gateway, this.gatewayProcess, name);
		}

	}

	/**
	 * Starts everything and waits until every part is ready.
	 * @param options what to change
	 * @return the running platform; close it
	 */
	static RunningPlatform start(Options options) {
		RunningPlatform platform;
		try {
			platform = new RunningPlatform(options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			platform.startAll();
			return platform;
		}
		catch (RuntimeException | Error ex) {
			platform.close();
			throw ex;
		}
	}

	/** @return the public base URL: the gateway as ChatGPT and browsers reach it */
	String publicBaseUrl() {
		return "http://localhost:" + this.gatewayPort;
	}

	URI gateway(String pathAndQuery) {
		return URI.create(publicBaseUrl() + pathAndQuery);
	}

	URI oauthDirect(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.oauthPort + pathAndQuery);
	}

	URI actionsDirect(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.actionsPort + pathAndQuery);
	}

	/**
	 * @param module a module run as a process of its own (a service, or the gateway with
	 * {@link Options#gatewayProcess()})
	 * @return the CPU time that process has used so far
	 */
	Duration cpuTime(String module) {
		return this.services.stream()
			.filter((service) -> service.name().equals(module))
			.findFirst()
			.flatMap((service) -> service.process().info().totalCpuDuration())
			.orElseThrow(() -> new IllegalStateException("no CPU time for " + module));
	}

	/**
	 * Starts one more gateway replica as a process of its own, with the first one's
	 * configuration (the same Redis, key prefix, services and budgets) on ports of its own.
	 * @return its public base URL and management port
	 */
	Replica startAnotherGateway() {
		int[] ports;
		try {
			ports = freePorts(2);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> properties = new LinkedHashMap<>(this.gatewayProperties);
		properties.put("server.port", Integer.toString(ports[0]));
		properties.put("management.server.port", Integer.toString(ports[1]));
		String name = "api-gateway-" + (this.services.stream().filter((s) -> s.name().startsWith("api-gateway")).count() + 1);
		Service replica = start(name, ports[1], gatewayCommand(), properties);
		this.services.add(replica);
		awaitReady(replica);
		return new Replica("http://localhost:" + ports[0], ports[1]);
	}

	/** @return the first gateway as a replica: its public base URL and management port */
	Replica gatewayReplica() {
		return new Replica(publicBaseUrl(), this.gatewayManagementPort);
	}

	/**
	 * A gateway replica.
	 * @param baseUrl its public base URL
	 * @param managementPort its actuator port
	 */
	record Replica(String baseUrl, int managementPort) {
	}

	/**
	 * @param module a module run as a process of its own
	 * @return its process id
	 */
	long pid(String module) {
		return this.services.stream()
			.filter((service) -> service.name().equals(module))
			.findFirst()
			.map((service) -> service.process().pid())
			.orElseThrow(() -> new IllegalStateException("no process for " + module));
	}

	/**
	 * Removes what tests left behind for these candidates: grants, codes, consents and
	 * confirmation tokens.
	 * @param candidateIds the candidates
	 * @throws SQLException if PostgreSQL cannot be reached
	 */
	void forget(List<String> candidateIds) throws SQLException {
		try (Connection connection = database()) {
			for (String sql : List.of("DELETE FROM oauth.refresh_token_families WHERE candidate_id = ANY (?)",
					"DELETE FROM oauth.authorization_codes WHERE candidate_id = ANY (?)",
					"DELETE FROM oauth.consents WHERE candidate_id = ANY (?)",
					"DELETE FROM actions.confirmation_tokens WHERE candidate_id = ANY (?)")) {
				try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
					statement.setArray(1, connection.createArrayOf("text", candidateIds.toArray()));
					statement.executeUpdate();
				}
			}
		}
	}

	/**
	 * @return a connection to the services' database
	 * @throws SQLException if PostgreSQL cannot be reached
	 */
	Connection database() throws SQLException {
		return PostgresTestDatabase.connect(this.options.database());
	}

	private void startAll() {
		String jdbcUrl = PostgresTestDatabase.ensure(this.options.database());
		String base = publicBaseUrl();
		String jwks = "http://127.0.0.1:" + this.oauthPort + "/api/v1/gpt/oauth/jwks.json";

		Map<String, String> oauth = new LinkedHashMap<>(common(jdbcUrl, this.oauthPort));
		oauth.put("applicant.oauth.public-base-url", base);
		oauth.put("applicant.oauth.issuer", base);
		oauth.put("applicant.oauth.audience", base + "/api/v1/gpt");
		oauth.put("applicant.oauth.sign-in-url", base + "/dev/sign-in");
		oauth.put("applicant.oauth.signing.local-key-file", this.work.resolve("oauth-signing-key.pem").toString());
		oauth.putAll(this.options.oauth());

		Map<String, String> actions = new LinkedHashMap<>(common(jdbcUrl, this.actionsPort));
		actions.put("applicant.tokens.issuer", base);
		actions.put("applicant.tokens.audience", base + "/api/v1/gpt");
		actions.put("applicant.tokens.jwks-uri", jwks);
		actions.putAll(this.options.actions());

		// both start at once (Flyway works on separate schemas); the oauth service's JWKS is
		// fetched by the others only when the first token arrives
		Runtime.getRuntime().addShutdownHook(this.stopServicesOnExit);
		this.services.add(launch("gpt-oauth-service", this.oauthPort, oauth));
		this.services.add(launch("gpt-actions-service", this.actionsPort, actions));
		for (Service service : this.services) {
			awaitReady(service);
		}

		Map<String, String> gateway = new LinkedHashMap<>();
		gateway.put("spring.profiles.active", "local");
		gateway.put("server.port", Integer.toString(this.gatewayPort));
		gateway.put("management.server.port", Integer.toString(this.gatewayManagementPort));
		gateway.put("applicant.gateway.services.oauth-uri", "http://127.0.0.1:" + this.oauthPort);
		gateway.put("applicant.gateway.services.actions-uri", "http://127.0.0.1:" + this.actionsPort);
		gateway.put("applicant.tokens.issuer", base);
		gateway.put("applicant.tokens.audience", base + "/api/v1/gpt");
		gateway.put("applicant.tokens.jwks-uri", jwks);
		gateway.put("applicant.gateway.clerk.issuer", base + "/dev/clerk");
		gateway.put("applicant.gateway.clerk.jwks-uri",
				"http://127.0.0.1:" + this.gatewayPort + "/dev/clerk/.well-known/jwks.json");
		gateway.put("applicant.gateway.clerk.authorized-parties", base);
		gateway.put("applicant.gateway.dev-sign-in.enabled", "true");
		gateway.put("applicant.gateway.dev-sign-in.issuer", base + "/dev/clerk");
		gateway.put("applicant.gateway.dev-sign-in.origin", base);
		gateway.put("applicant.gateway.rate-limit.key-prefix", "test:system:" + this.run);
		gateway.putAll(this.options.gateway());
		this.gatewayProperties = Map.copyOf(gateway);
		if (this.options.gatewayProcess()) {
			Service process = start("api-gateway", this.gatewayManagementPort, gatewayCommand(), gateway);
			this.services.add(process);
			awaitReady(process);
			return;
		}
		// command-line arguments, not builder properties: application.yml would override those
		this.gateway = new SpringApplicationBuilder(ApiGatewayApplication.class, OwnReactorResources.class)
			.run(arguments(gateway));
		await("gateway readiness").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> ready(this.gatewayManagementPort));
	}

	private Map<String, String> common(String jdbcUrl, int port) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", "local");
		properties.put("server.port", Integer.toString(port));
		properties.put("spring.datasource.url", jdbcUrl);
		properties.put("spring.datasource.username", PostgresTestDatabase.user());
		properties.put("spring.datasource.password", "");
		properties.put("spring.cloud.stream.bindings.auditEvents-out-0.destination", this.auditDestination);
		return properties;
	}

	private Service launch(String module, int port, Map<String, String> properties) {
		Path jar = Path.of("target", "system", module + ".jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing; build with ./mvnw -pl api-gateway -am verify, "
					+ "which copies the services' runnable jars there");
		}
		return start(module, port, List.of("-jar", jar.toString()), properties);
	}

	/*
	 * The gateway's runnable jar is built after the tests, so its process runs from this JVM's
	 * class path: the module's classes and dependencies, without the test classes.
	 */
	private static List<String> gatewayCommand() {
		String classPath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
		return List.of("-cp", classPath, ApiGatewayApplication.class.getName());
	}

	private Service start(String module, int port, List<String> main, Map<String, String> properties) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.addAll(this.options.jvmOptions());
		command.addAll(extraJvmOptions(module));
		command.addAll(main);
		command.addAll(List.of(arguments(properties)));
		Path log = this.work.resolve(module + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("APPLICANT_RUN_DIR", this.work.toString());
		try {
			return new Service(module, port, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + module, ex);
		}
	}

	/*
	 * -Dbenchmark.service-jvm-options="..." adds options to every service process, "{service}"
	 * standing for the module's name: a way to profile a benchmark's services, e.g.
	 * -XX:StartFlightRecording=filename=target/{service}.jfr,settings=profile
	 */
	private static List<String> extraJvmOptions(String module) {
		String options = System.getProperty("benchmark.service-jvm-options", "").strip();
		if (options.isEmpty()) {
			return List.of();
		}
		return java.util.Arrays.stream(options.split("\\s+")).map((option) -> option.replace("{service}", module)).toList();
	}

	private void awaitReady(Service service) {
		await(service.name() + " readiness").atMost(START_TIMEOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				if (!service.process().isAlive()) {
					throw new IllegalStateException(service.name() + " exited with " + service.process().exitValue()
							+ "; last lines of " + service.log() + ":\n" + tail(service.log()));
				}
				return ready(service.port());
			});
	}

	private static boolean ready(int port) {
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(2))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String[] arguments(Map<String, String> properties) {
		return properties.entrySet().stream().map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static int[] freePorts(int count) throws IOException {
		// held open together, so that the same port is not handed out twice
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			int[] ports = new int[count];
			for (int i = 0; i < count; i++) {
				ServerSocket socket = new ServerSocket(0);
				sockets.add(socket);
				ports[i] = socket.getLocalPort();
			}
			return ports;
		}
		finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
	}

	/** Stops the gateway, then each service (SIGTERM, a grace period, then kill), and removes the audit destination. */
	@Override
	public void close() {
		if (this.gateway != null) {
			this.gateway.close();
		}
		for (Service service : this.services) {
			service.process().destroy();
		}
		for (Service service : this.services) {
			try {
				if (!service.process().waitFor(20, TimeUnit.SECONDS)) {
					service.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				service.process().destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.stopServicesOnExit);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			// already shutting down, or never registered
		}
		removeAuditDestination();
	}

	private void removeAuditDestination() {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(5672);
		factory.setUsername("guest");
		factory.setPassword("guest");
		try (com.rabbitmq.client.Connection connection = factory.newConnection();
				Channel channel = connection.createChannel()) {
			// the consumer group's queue (required-groups), its dead-letter queue, and the exchange
			channel.queueDelete(this.auditDestination + ".audit-consumer");
			channel.queueDelete(this.auditDestination + ".audit-consumer.dlq");
			channel.exchangeDelete(this.auditDestination);
		}
		catch (IOException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("could not remove the audit destination " + this.auditDestination, ex);
		}
	}

	private record Service(String name, int port, Process process, Path log) {
	}

	/**
	 * Gives this gateway Reactor Netty resources of its own. With the default global ones,
	 * closing this gateway disposes the event loops and connection pools that the module's
	 * other (cached) gateway test contexts in the same JVM still use, and their requests hang.
	 * A {@code @TestConfiguration}, so that those contexts' component scans leave it out.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnReactorResources {

		@Bean
		ReactorResourceFactory reactorResourceFactory() {
			ReactorResourceFactory factory = new ReactorResourceFactory();
			factory.setUseGlobalResources(false);
			return factory;
		}

	}

}
