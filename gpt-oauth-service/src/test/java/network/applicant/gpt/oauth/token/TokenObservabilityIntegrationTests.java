package network.applicant.gpt.oauth.token;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.oauth.MutableClock;
import network.applicant.gpt.oauth.OAuthHttp;
import network.applicant.gpt.oauth.OAuthServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The token endpoint's meters, the Prometheus endpoint, and a request's trace id in the
 * logs and on the audit events it causes.
 */
@ExtendWith(OutputCaptureExtension.class)
class TokenObservabilityIntegrationTests extends OAuthServiceIntegrationTest {

	private static final String TOKEN = "/api/v1/gpt/oauth/token";

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	private OAuthHttp http;

	private final String candidate = "user_obs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@BeforeEach
	void client() {
		this.http = new OAuthHttp(this.port);
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		this.jdbc.update("DELETE FROM oauth.refresh_token_families WHERE candidate_id = ?", this.candidate);
		this.jdbc.update("DELETE FROM oauth.authorization_codes WHERE candidate_id = ?", this.candidate);
		this.jdbc.update("DELETE FROM oauth.consents WHERE candidate_id = ?", this.candidate);
	}

	private double count(String name, String... tags) {
		Counter counter = this.registry.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static String newTraceId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private String code() {
		String query = "/api/v1/gpt/oauth/authorize?" + OAuthHttp.form(Map.of("response_type", "code", "client_id",
				CONFIGURED_CLIENT_ID, "redirect_uri", OAuthHttp.CALLBACK, "state", "obs-state", "scope", "jobs:read"));
		HttpResponse<String> page = this.http.get(query, this.candidate);
		if (page.statusCode() == 302) {
			return OAuthHttp.query(page.headers().firstValue("Location").orElseThrow()).get("code");
		}
		Map<String, String> fields = OAuthHttp.hiddenFields(page.body());
		fields.put("decision", "approve");
		return OAuthHttp.query(OAuthHttp
			.continueUrl(this.http.postForm("/api/v1/gpt/oauth/consent", fields, this.candidate, null).body()))
			.get("code");
	}

	private HttpResponse<String> exchange(String code, String traceparent, String requestId) {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + TOKEN))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", OAuthHttp.basic(CONFIGURED_CLIENT_ID, CONFIGURED_CLIENT_SECRET))
			.header("traceparent", traceparent)
			.header("X-Request-Id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString(OAuthHttp.form(Map.of("grant_type", "authorization_code", "code",
					code, "redirect_uri", OAuthHttp.CALLBACK))))
			.build());
	}

	private Map<String, Object> auditEvent(String type) {
		return this.jdbc.queryForMap("""
				SELECT payload->>'traceId' AS trace_id, payload->>'requestId' AS request_id FROM oauth.audit_outbox
				 WHERE event_type = ? AND payload->>'candidateId' = ? ORDER BY id DESC LIMIT 1""", type,
				this.candidate);
	}

	@Test
	void tokenRequestWithTraceparentThenAuditEventCarriesTraceAndRequestId() {
		String traceId = newTraceId();
		double issued = count(TokenMetrics.GRANTS, "grant_type", "authorization_code", "outcome", "issued");

		HttpResponse<String> response = exchange(code(), "00-" + traceId + "-00f067aa0ba902b7-01", "obs-request-1234");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(auditEvent("oauth.token.issued")).containsEntry("trace_id", traceId)
			.containsEntry("request_id", "obs-request-1234");
		assertThat(count(TokenMetrics.GRANTS, "grant_type", "authorization_code", "outcome", "issued"))
			.isEqualTo(issued + 1);
	}

	@Test
	void codeReplayThenCountedAndWarningAndAuditEventCarryTheTraceId(CapturedOutput output) {
		String code = code();
		String traceId = newTraceId();
		double replays = count(TokenMetrics.CODE_REPLAYS);
		double refused = count(TokenMetrics.GRANTS, "grant_type", "authorization_code", "outcome", "invalid_grant");
		exchange(code, "00-" + newTraceId() + "-00f067aa0ba902b7-01", "obs-first-1234");

		HttpResponse<String> replay = exchange(code, "00-" + traceId + "-00f067aa0ba902b7-01", "obs-replay-1234");

		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(count(TokenMetrics.CODE_REPLAYS)).isEqualTo(replays + 1);
		assertThat(count(TokenMetrics.GRANTS, "grant_type", "authorization_code", "outcome", "invalid_grant"))
			.isEqualTo(refused + 1);
		assertThat(auditEvent("oauth.code.replay_detected")).containsEntry("trace_id", traceId)
			.containsEntry("request_id", "obs-replay-1234");
		List<String> warnings = output.getAll()
			.lines()
			.filter((line) -> line.contains("Authorization code used again") && line.contains(traceId))
			.toList();
		assertThat(warnings).hasSize(1);
		Map<?, ?> line = JsonMapper.builder().build().readValue(warnings.get(0), Map.class);
		assertThat(line.get("traceId")).isEqualTo(traceId);
		assertThat(line.get("spanId")).isNotNull();
		assertThat(line.get("request_id")).isEqualTo("obs-replay-1234");
		assertThat(output.getAll()).doesNotContain(code);
	}

	@Test
	void refreshReplayAfterGraceThenCounted() {
		String refreshToken = this.http.link(this.candidate, "jobs:read").get("refresh_token").asString();
		double replays = count(TokenMetrics.REFRESH_REPLAYS);
		String successor = this.http.json(this.http.refresh(refreshToken)).get("refresh_token").asString();
		assertThat(successor).isNotEqualTo(refreshToken);

		this.clock.advance(Duration.ofMinutes(5));
		HttpResponse<String> replay = this.http.refresh(refreshToken);

		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(count(TokenMetrics.REFRESH_REPLAYS)).isEqualTo(replays + 1);
	}

	@Test
	void tokenRequestWithUnsupportedOrMissingGrantThenCountedWithFixedTags() {
		double other = count(TokenMetrics.GRANTS, "grant_type", "other", "outcome", "unsupported_grant_type");
		double badClient = count(TokenMetrics.GRANTS, "grant_type", "refresh_token", "outcome", "invalid_client");

		this.http.postForm(TOKEN, Map.of("grant_type", "password-of-a-made-up-kind"), null,
				OAuthHttp.basic(CONFIGURED_CLIENT_ID, CONFIGURED_CLIENT_SECRET));
		this.http.postForm(TOKEN, Map.of("grant_type", "refresh_token", "refresh_token", "x"), null,
				OAuthHttp.basic(CONFIGURED_CLIENT_ID, "wrong-secret-0123456789"));

		assertThat(count(TokenMetrics.GRANTS, "grant_type", "other", "outcome", "unsupported_grant_type"))
			.isEqualTo(other + 1);
		assertThat(count(TokenMetrics.GRANTS, "grant_type", "refresh_token", "outcome", "invalid_client"))
			.isEqualTo(badClient + 1);
		assertThat(this.registry.find(TokenMetrics.GRANTS).tag("grant_type", "password-of-a-made-up-kind").meters())
			.isEmpty();
	}

	@Test
	void prometheusThenTokenGrantsHttpTimingsAndOutboxGauges() {
		this.http.link(this.candidate, "jobs:read");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.registry.find("audit.outbox.delivered").counter() != null
					&& this.registry.find("audit.outbox.delivered").counter().count() > 0);

		HttpResponse<String> response = this.http.send("GET", "/actuator/prometheus", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(
				"oauth_token_grants_total{application=\"gpt-oauth-service\",grant_type=\"authorization_code\",outcome=\"issued\"}",
				"oauth_code_replays_total", "oauth_refresh_replays_total",
				"uri=\"/api/v1/gpt/oauth/token\"", "http_server_requests_seconds_count{",
				"audit_outbox_pending{application=\"gpt-oauth-service\",source=\"gpt-oauth-service\"}",
				"audit_outbox_oldest_age_seconds{", "audit_outbox_delivered_total{");
	}

}
