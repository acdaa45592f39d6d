/**
 * Demo data for the local profile: a seeded, repeatable catalog of companies and jobs,
 * the four demo candidates with their resumes, and applications in every status. Loaded
 * at start-up only when the {@code local} profile is active; production never has the
 * loader bean.
 */
@NullMarked
package network.applicant.gpt.actions.demo;

import org.jspecify.annotations.NullMarked;
