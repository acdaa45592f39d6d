package network.applicant.gpt.oauth.webhooks;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.config.problem.ApiException;

/**
 * Receives Clerk's webhooks (public, through the gateway). The raw body is verified
 * before anything is parsed; a delivery that fails verification is a 400 problem and
 * changes nothing. Svix retries anything but a 2xx, so a verified delivery of a type we
 * ignore, or one we saw before, is answered 200.
 */
@RestController
class ClerkWebhookController {

	static final String PATH = "/api/v1/gpt/webhooks/clerk";

	/* Clerk's user events are a few kilobytes; anything far larger is not one of them. */
	private static final int MAX_BODY_BYTES = 256 * 1024;

	private final SvixSignatures signatures;

	private final ClerkWebhooks webhooks;

	private final JsonMapper json = JsonMapper.builder().build();

	ClerkWebhookController(SvixSignatures signatures, ClerkWebhooks webhooks) {
		this.signatures = signatures;
		this.webhooks = webhooks;
	}

	@PostMapping(PATH)
	Map<String, String> receive(HttpServletRequest request) throws IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "Payload too large",
					"A webhook body may be at most " + MAX_BODY_BYTES + " bytes.");
		}
		String id = request.getHeader("svix-id");
		switch (this.signatures.verify(id, request.getHeader("svix-timestamp"), request.getHeader("svix-signature"),
				body)) {
			case MISSING_HEADERS -> throw refused("webhook_headers_missing", "Webhook headers missing",
					"svix-id, svix-timestamp and svix-signature are required.");
			case TIMESTAMP_OUT_OF_RANGE -> throw refused("webhook_timestamp_out_of_range", "Webhook timestamp refused",
					"svix-timestamp must be the Unix time of sending, within five minutes of ours.");
			case SIGNATURE_MISMATCH -> throw refused("webhook_signature_invalid", "Webhook signature invalid",
					"No v1 signature in svix-signature matches the body.");
			case VALID -> {
			}
		}
		if (id == null || id.length() > 255) {
			throw refused("webhook_headers_missing", "Webhook headers missing", "svix-id is longer than 255 characters.");
		}
		JsonNode event;
		try {
			event = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			event = null;
		}
		if (event == null || !event.isObject()) {
			throw refused("invalid_webhook_payload", "Invalid webhook payload", "The body is not a JSON object.");
		}
		ClerkWebhooks.Outcome outcome = this.webhooks.handle(id, event);
		return Map.of("status", outcome.name().toLowerCase(Locale.ROOT));
	}

	private static ApiException refused(String code, String title, String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, title, detail);
	}

}
