/**
 * The read side of applications ({@code getApplicationStatus}): the calling candidate's
 * applications with a label, an explanation and the next step for each status. Only the
 * candidate's own applications are ever read.
 */
@NullMarked
package network.applicant.gpt.actions.applications;

import org.jspecify.annotations.NullMarked;
