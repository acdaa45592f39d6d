package network.applicant.gpt.cleanup;

import java.util.List;

/**
 * The rules: which rows are garbage. Kept apart from the runner so that the list can be
 * read, reviewed and tested on its own.
 *
 * <p>Order matters: refresh tokens go before their families, so that a family is only
 * deleted once it has no tokens left.
 */
final class Sweeps {

	private Sweeps() {
	}

	static List<Sweep> of(CleanupProperties properties) {
		String oauth = properties.schemas().oauth();
		String actions = properties.schemas().actions();
		CleanupProperties.Retention retention = properties.retention();
		return List.of(
				new Sweep("authorization_codes", oauth + ".authorization_codes",
						"t.expires_at < now() - :retention", retention.authorizationCodes()),
				new Sweep("refresh_tokens", oauth + ".refresh_tokens", """
						t.idle_expires_at < now() - :retention
						OR EXISTS (SELECT 1 FROM %s.refresh_token_families f WHERE f.id = t.family_id
						           AND (f.absolute_expires_at < now() - :retention OR f.revoked_at < now() - :retention))"""
					.formatted(oauth), retention.refreshTokens()),
				new Sweep("refresh_token_families", oauth + ".refresh_token_families", """
						(t.absolute_expires_at < now() - :retention OR t.revoked_at < now() - :retention)
						AND NOT EXISTS (SELECT 1 FROM %s.refresh_tokens r WHERE r.family_id = t.id)"""
					.formatted(oauth), retention.refreshTokens()),
				new Sweep("webhook_deliveries", oauth + ".webhook_deliveries", "t.received_at < now() - :retention",
						retention.webhookDeliveries()),
				new Sweep("confirmation_tokens", actions + ".confirmation_tokens", "t.expires_at < now() - :retention",
						retention.confirmationTokens()),
				new Sweep("oauth_delivered_outbox", oauth + ".audit_outbox", "t.delivered_at < now() - :retention",
						retention.deliveredOutbox()),
				new Sweep("actions_delivered_outbox", actions + ".audit_outbox", "t.delivered_at < now() - :retention",
						retention.deliveredOutbox()));
	}

}
