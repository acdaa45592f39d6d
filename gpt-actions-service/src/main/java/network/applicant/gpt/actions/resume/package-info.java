/**
 * The {@code analyzeResume} action: how well a candidate's resume fits a job, with the
 * evidence behind the score and concrete advice. The resume comes from a file attached in
 * ChatGPT, from pasted text or from the candidate's stored resume; the rules live in
 * {@code resume.analysis}, text extraction in {@code resume.document}. Resume content is
 * never logged, audited or kept.
 */
@NullMarked
package network.applicant.gpt.actions.resume;

import org.jspecify.annotations.NullMarked;
