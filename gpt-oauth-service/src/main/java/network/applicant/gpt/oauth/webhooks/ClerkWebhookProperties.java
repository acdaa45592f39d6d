package network.applicant.gpt.oauth.webhooks;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret Clerk's webhooks are signed with.
 *
 * <p>Checked in the compact constructor, never with Bean Validation (whose report would
 * print it); {@link #toString()} redacts it.
 *
 * @param clerkWebhookSecret the Svix endpoint secret from Clerk's dashboard,
 * {@code whsec_<base64>} decoding to at least 16 bytes; from a secret, never the repository
 */
@Validated
@ConfigurationProperties(ClerkWebhookProperties.PREFIX)
record ClerkWebhookProperties(@Nullable String clerkWebhookSecret) {

	static final String PREFIX = "applicant.oauth";

	ClerkWebhookProperties {
		String key = PREFIX + ".clerk-webhook-secret";
		if (clerkWebhookSecret == null || clerkWebhookSecret.isBlank()) {
			throw new IllegalArgumentException(key + " is not set; copy the signing secret (whsec_...) of the Clerk"
					+ " webhook endpoint");
		}
		try {
			SvixSignatures.decodeSecret(clerkWebhookSecret.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(key + " " + ex.getMessage());
		}
		clerkWebhookSecret = clerkWebhookSecret.strip();
	}

	@Override
	public String clerkWebhookSecret() {
		return java.util.Objects.requireNonNull(this.clerkWebhookSecret);
	}

	@Override
	public String toString() {
		return "ClerkWebhookProperties[clerkWebhookSecret=<redacted>]";
	}

}
