/**
 * The OAuth 2.0 authorization server through which ChatGPT links a candidate's
 * Applicant.Network account. The application class lives here; features are the
 * sub-packages ({@code clients}), cross-cutting wiring is in {@code system}.
 */
@NullMarked
package network.applicant.gpt.oauth;

import org.jspecify.annotations.NullMarked;
