package network.applicant.gpt.oauth.webhooks;

import java.time.Instant;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Remembers processed webhook deliveries. Runs in the caller's transaction.
 */
interface WebhookDeliveriesDao {

	/**
	 * Records a delivery unless its message id is known. A concurrent delivery of the
	 * same id waits on the first one's transaction and then finds the row.
	 * @return 1 when recorded now, 0 when it was processed before
	 */
	@SqlUpdate("""
			INSERT INTO webhook_deliveries (svix_message_id, received_at) VALUES (:id, :now)
			ON CONFLICT (svix_message_id) DO NOTHING""")
	int recordIfAbsent(@Bind("id") String svixMessageId, @Bind("now") Instant now);

}
