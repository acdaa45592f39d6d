/**
 * Clerk webhooks, delivered and signed by Svix: signature and timestamp verification,
 * replay protection by message id, and the effects of the events we act on
 * ({@code user.deleted} ends every connection of the deleted account).
 */
@NullMarked
package network.applicant.gpt.oauth.webhooks;

import org.jspecify.annotations.NullMarked;
