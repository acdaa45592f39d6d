package network.applicant.gpt.actions.applying;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.actions.ActionsIntegrationTestSupport;
import network.applicant.gpt.actions.ActionsServiceApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service sharing one database, as two replicas behind the gateway:
 * the shared test context and a second application context started here on another
 * random port. The second instance runs on a clock the test moves, which is how expiry
 * is tested without waiting.
 */
class ApplicationSubmissionReplicaIntegrationTests extends ActionsIntegrationTestSupport {

	private static final AtomicReference<Duration> REPLICA_OFFSET = new AtomicReference<>(Duration.ZERO);

	private static ConfigurableApplicationContext replica;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Environment environment;

	private ApplyFixtures fixtures;

	@BeforeEach
	void startReplicaAndCreateFixtures() {
		if (replica == null) {
			replica = new SpringApplicationBuilder(ActionsServiceApplication.class, ReplicaClock.class)
				.profiles("local")
				// command-line arguments: they win over application-local.yml, as the test's dynamic properties do
				.run(property("spring.datasource.url"), property("spring.datasource.username"),
						property("spring.datasource.password"), property("applicant.tokens.issuer"),
						property("applicant.tokens.audience"), property("applicant.tokens.jwks-uri"),
						property("spring.cloud.stream.bindings.auditEvents-out-0.destination"),
						"--spring.cloud.stream.bindings.auditEvents-out-0.producer.required-groups=", "--server.port=0",
						"--spring.main.banner-mode=off", "--applicant.demo.jobs=true");
		}
		REPLICA_OFFSET.set(Duration.ZERO);
		this.fixtures = new ApplyFixtures(this.jdbc);
	}

	private String property(String key) {
		return "--" + key + "=" + this.environment.getProperty(key, "");
	}

	@AfterEach
	void deleteFixtures() {
		REPLICA_OFFSET.set(Duration.ZERO);
		this.fixtures.delete();
	}

	@AfterAll
	static void stopReplica() {
		if (replica != null) {
			replica.close();
			replica = null;
		}
	}

	private static int replicaPort() {
		return Integer.parseInt(replica.getEnvironment().getProperty("local.server.port"));
	}

	private HttpResponse<String> post(int port, String body) throws Exception {
		return ApplyFixtures.post(this.http, port, bearer(this.fixtures.candidate, "applications:write"), body);
	}

	private String token(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).get("confirmation_token").stringValue();
	}

	private String confirmed(String token) {
		return this.fixtures.validBody(", \"confirmed\": true, \"confirmation_token\": \"" + token + "\"");
	}

	@Test
	void confirmationWhenIssuedOnOneInstanceThenConfirmsOnTheOther() throws Exception {
		String token = token(post(this.port, this.fixtures.validBody("")));

		HttpResponse<String> submitted = post(replicaPort(), confirmed(token));
		HttpResponse<String> retried = post(this.port, confirmed(token));

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
		assertThat(this.json.readTree(retried.body()).at("/application/id").longValue())
			.isEqualTo(this.json.readTree(submitted.body()).at("/application/id").longValue());
		assertThat(this.fixtures.applications(this.fixtures.candidate)).isEqualTo(1);
	}

	@Test
	void confirmationWhenBothInstancesConfirmAtOnceThenExactlyOneApplication() throws Exception {
		String token = token(post(replicaPort(), this.fixtures.validBody("")));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> calls = List.of(this.port, replicaPort(), this.port, replicaPort())
			.stream()
			.map((target) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					return post(target, confirmed(token));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}))
			.toList();
		start.countDown();

		List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnlyOnce(201).containsOnly(200, 201);
		assertThat(responses).extracting((r) -> this.json.readTree(r.body()).at("/application/id").longValue())
			.containsOnly(this.json.readTree(responses.get(0).body()).at("/application/id").longValue());
		assertThat(this.fixtures.applications(this.fixtures.candidate)).isEqualTo(1);
	}

	@Test
	void confirmationWhenPastTheTtlOnTheConfirmingInstanceThenExpiredAndNothingWritten() throws Exception {
		String token = token(post(this.port, this.fixtures.validBody("")));
		REPLICA_OFFSET.set(Duration.ofMinutes(15).plusSeconds(1));

		HttpResponse<String> response = post(replicaPort(), confirmed(token));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("code").stringValue()).isEqualTo("confirmation_expired");
		assertThat(this.fixtures.applications(this.fixtures.candidate)).isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM actions.confirmation_tokens WHERE candidate_id = ? AND consumed_at IS NULL", Long.class,
				this.fixtures.candidate)).isEqualTo(1);
	}

	@Test
	void confirmationWhenJustInsideTheTtlThenSubmits() throws Exception {
		String token = token(post(this.port, this.fixtures.validBody("")));
		REPLICA_OFFSET.set(Duration.ofMinutes(14).plusSeconds(50));

		HttpResponse<String> response = post(replicaPort(), confirmed(token));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	/** The second instance's clock: real time plus an offset the test sets. */
	static class ReplicaClock {

		@Bean
		@Primary
		Clock replicaClock() {
			return new OffsetClock();
		}

	}

	static final class OffsetClock extends Clock {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(REPLICA_OFFSET.get());
		}

	}

}
