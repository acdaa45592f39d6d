/**
 * The rules of resume analysis, free of HTTP and database concerns: reading a resume's
 * sections and roles, the skill dictionary, what a job asks for, one scorer per category,
 * the weighted fit score and the advice. Everything here is deterministic: the same
 * resume, job, candidate location and month give the same result.
 */
@NullMarked
package network.applicant.gpt.actions.resume.analysis;

import org.jspecify.annotations.NullMarked;
