/**
 * The privacy policy of the Applicant.Network GPT, served as an accessible HTML page at
 * the public path {@code GET /api/v1/gpt/privacy} (no sign-in; the GPT Builder links to
 * it): what the GPT can read and write, retention, audit, how to disconnect, contact.
 */
@NullMarked
package network.applicant.gpt.actions.privacy;

import org.jspecify.annotations.NullMarked;
