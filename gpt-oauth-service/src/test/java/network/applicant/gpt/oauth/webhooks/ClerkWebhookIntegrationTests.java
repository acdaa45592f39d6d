package network.applicant.gpt.oauth.webhooks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.oauth.OAuthHttp;
import network.applicant.gpt.oauth.OAuthServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clerk's webhooks over HTTP, signed here the way Svix signs them: authentic
 * {@code user.deleted} deliveries end the candidate's grants and consents once; forged,
 * stale, incomplete and replayed deliveries change nothing.
 */
class ClerkWebhookIntegrationTests extends OAuthServiceIntegrationTest {

	private static final String PATH = "/api/v1/gpt/webhooks/clerk";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private OAuthHttp http;

	private final List<String> candidates = new ArrayList<>();

	private final List<String> messageIds = new ArrayList<>();

	@BeforeEach
	void client() {
		this.http = new OAuthHttp(this.port);
	}

	@AfterEach
	void cleanUp() {
		for (String candidate : this.candidates) {
			this.jdbc.update("DELETE FROM oauth.refresh_token_families WHERE candidate_id = ?", candidate);
			this.jdbc.update("DELETE FROM oauth.authorization_codes WHERE candidate_id = ?", candidate);
			this.jdbc.update("DELETE FROM oauth.consents WHERE candidate_id = ?", candidate);
		}
		for (String id : this.messageIds) {
			this.jdbc.update("DELETE FROM oauth.webhook_deliveries WHERE svix_message_id = ?", id);
		}
	}

	private String newCandidate() {
		String candidate = "user_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.candidates.add(candidate);
		return candidate;
	}

	private String newMessageId() {
		String id = "msg_it_" + UUID.randomUUID().toString().replace("-", "");
		this.messageIds.add(id);
		return id;
	}

	private static String userDeleted(String candidate) {
		return "{\"data\":{\"deleted\":true,\"id\":\"" + candidate + "\",\"object\":\"user\"},\"object\":\"event\","
				+ "\"type\":\"user.deleted\"}";
	}

	private static String sign(byte[] key, String id, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signature);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(String id, long timestamp, String body) {
		return sign(CLERK_WEBHOOK_KEY.getBytes(StandardCharsets.US_ASCII), id, timestamp, body);
	}

	private HttpResponse<String> deliver(String id, String timestamp, String signature, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + PATH))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (id != null) {
			request.header("svix-id", id);
		}
		if (timestamp != null) {
			request.header("svix-timestamp", timestamp);
		}
		if (signature != null) {
			request.header("svix-signature", signature);
		}
		return this.http.send(request.build());
	}

	private HttpResponse<String> deliverSigned(String id, String body) {
		long now = Instant.now().getEpochSecond();
		return deliver(id, Long.toString(now), sign(id, now, body), body);
	}

	private int activeFamilies(String candidate) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM oauth.refresh_token_families WHERE candidate_id = ? AND revoked_at IS NULL",
				Integer.class, candidate);
	}

	private int consents(String candidate) {
		return this.jdbc.queryForObject("SELECT count(*) FROM oauth.consents WHERE candidate_id = ?", Integer.class,
				candidate);
	}

	private int deliveries(String id) {
		return this.jdbc.queryForObject("SELECT count(*) FROM oauth.webhook_deliveries WHERE svix_message_id = ?",
				Integer.class, id);
	}

	private List<String> auditTypes(String candidate) {
		return this.jdbc.queryForList(
				"SELECT event_type FROM oauth.audit_outbox WHERE payload->>'candidateId' = ? ORDER BY id", String.class,
				candidate);
	}

	private void assertRefused(HttpResponse<String> response, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.http.json(response).get("code").asString()).isEqualTo(code);
	}

	@Test
	void userDeletedWhenSignedThenRevokesEveryGrantAndConsentOnce() {
		String candidate = newCandidate();
		String first = this.http.link(candidate, "jobs:read").get("refresh_token").asString();
		String second = this.http.link(candidate, "jobs:read applications:read").get("refresh_token").asString();
		String bystander = newCandidate();
		this.http.link(bystander, "jobs:read");
		String id = newMessageId();

		HttpResponse<String> response = deliverSigned(id, userDeleted(candidate));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(this.http.json(response).get("status").asString()).isEqualTo("processed");
		assertThat(activeFamilies(candidate)).isZero();
		assertThat(this.jdbc.queryForList("SELECT DISTINCT revoked_reason FROM oauth.refresh_token_families"
				+ " WHERE candidate_id = ?", String.class, candidate)).containsExactly("account_deleted");
		assertThat(consents(candidate)).isZero();
		assertThat(deliveries(id)).isEqualTo(1);
		assertThat(this.http.refresh(first).statusCode()).isEqualTo(400);
		assertThat(this.http.json(this.http.refresh(second)).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(activeFamilies(bystander)).isEqualTo(1);
		assertThat(consents(bystander)).isEqualTo(1);
		List<String> events = auditTypes(candidate);
		assertThat(events).containsSubsequence("oauth.token.revoked", "oauth.token.revoked", "oauth.consent.withdrawn",
				"oauth.connection.removed", "oauth.webhook.processed");
		assertThat(this.jdbc.queryForObject("""
				SELECT payload->'subjectIds'->>'svix_message_id' FROM oauth.audit_outbox
				 WHERE payload->>'candidateId' = ? AND event_type = 'oauth.webhook.processed'""", String.class,
				candidate)).isEqualTo(id);

		HttpResponse<String> replayed = deliverSigned(id, userDeleted(candidate));

		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(this.http.json(replayed).get("status").asString()).isEqualTo("duplicate");
		assertThat(auditTypes(candidate)).isEqualTo(events);
	}

	@Test
	void replayedMessageIdHasNoEffectEvenWithAnotherUser() {
		String candidate = newCandidate();
		this.http.link(candidate, "jobs:read");
		String id = newMessageId();
		assertThat(deliverSigned(id, userDeleted(newCandidate())).statusCode()).isEqualTo(200);

		HttpResponse<String> replayed = deliverSigned(id, userDeleted(candidate));

		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(this.http.json(replayed).get("status").asString()).isEqualTo("duplicate");
		assertThat(activeFamilies(candidate)).isEqualTo(1);
		assertThat(consents(candidate)).isEqualTo(1);
	}

	@Test
	void severalSignaturesWhenOneMatchesThenProcessed() {
		String candidate = newCandidate();
		this.http.link(candidate, "jobs:read");
		String id = newMessageId();
		String body = userDeleted(candidate);
		long now = Instant.now().getEpochSecond();
		String foreign = sign("a-previous-webhook-secret-012345".getBytes(StandardCharsets.US_ASCII), id, now, body);

		HttpResponse<String> response = deliver(id, Long.toString(now), foreign + " " + sign(id, now, body), body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(activeFamilies(candidate)).isZero();
	}

	@Test
	void badSignatureStaleTimestampOrMissingHeadersAreRefusedAndChangeNothing() {
		String candidate = newCandidate();
		this.http.link(candidate, "jobs:read");
		String id = newMessageId();
		String body = userDeleted(candidate);
		long now = Instant.now().getEpochSecond();
		long stale = now - 6 * 60;
		long future = now + 6 * 60;

		assertRefused(deliver(id, Long.toString(now),
				sign("not-the-webhook-secret-0123456789".getBytes(StandardCharsets.US_ASCII), id, now, body), body),
				"webhook_signature_invalid");
		assertRefused(deliver(id, Long.toString(now), sign(id, now, body), body.replace("user.deleted", "user.updated")),
				"webhook_signature_invalid");
		assertRefused(deliver(id, Long.toString(stale), sign(id, stale, body), body), "webhook_timestamp_out_of_range");
		assertRefused(deliver(id, Long.toString(future), sign(id, future, body), body),
				"webhook_timestamp_out_of_range");
		assertRefused(deliver(null, Long.toString(now), sign(id, now, body), body), "webhook_headers_missing");
		assertRefused(deliver(id, null, sign(id, now, body), body), "webhook_headers_missing");
		assertRefused(deliver(id, Long.toString(now), null, body), "webhook_headers_missing");

		assertThat(activeFamilies(candidate)).isEqualTo(1);
		assertThat(consents(candidate)).isEqualTo(1);
		assertThat(deliveries(id)).isZero();
		assertThat(auditTypes(candidate)).doesNotContain("oauth.webhook.processed", "oauth.consent.withdrawn");

		// a refused delivery did not use up its id: the authentic one still takes effect
		assertThat(deliverSigned(id, body).statusCode()).isEqualTo(200);
		assertThat(activeFamilies(candidate)).isZero();
	}

	@Test
	void otherEventTypesAreAcknowledgedAndIgnored() {
		String candidate = newCandidate();
		this.http.link(candidate, "jobs:read");
		String id = newMessageId();
		String body = "{\"data\":{\"id\":\"" + candidate + "\",\"object\":\"user\"},\"object\":\"event\","
				+ "\"type\":\"user.updated\"}";

		HttpResponse<String> response = deliverSigned(id, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(this.http.json(response).get("status").asString()).isEqualTo("ignored");
		assertThat(activeFamilies(candidate)).isEqualTo(1);
		assertThat(consents(candidate)).isEqualTo(1);
		assertThat(auditTypes(candidate)).doesNotContain("oauth.webhook.processed");
	}

	@Test
	void userDeletedWithoutAUserIdIsRefusedAndNotRemembered() {
		String id = newMessageId();

		assertRefused(deliverSigned(id, "{\"type\":\"user.deleted\",\"data\":{\"deleted\":true}}"),
				"invalid_webhook_payload");
		assertRefused(deliverSigned(newMessageId(), "[1,2]"), "invalid_webhook_payload");
		assertThat(deliveries(id)).isZero();
	}

}
