package network.applicant.gpt.gateway.identity;

import org.jspecify.annotations.Nullable;

/**
 * A candidate whose Clerk session token was verified.
 *
 * @param userId the token's {@code sub}: the Clerk user id, for example {@code user_demo_ada}
 * @param email the {@code email} claim, when the token carries one
 * @param name the {@code name} claim, when the token carries one
 */
record ClerkSession(String userId, @Nullable String email, @Nullable String name) {

}
