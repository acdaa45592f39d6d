/**
 * Job search and job details for the Actions API ({@code searchJobs}, {@code getJobDetails}):
 * an in-process Lucene index of the open jobs, built from PostgreSQL at start-up and kept
 * current by polling {@code platform.jobs.updated_at} on every replica, the rules that turn
 * what a person types into a ranked query (synonyms, typos, location), and the plain-text
 * views of postings (HTML stripped, salary as text, short summaries). PostgreSQL stays the
 * source of truth; the index can always be rebuilt from it.
 */
@NullMarked
package network.applicant.gpt.actions.jobs;

import org.jspecify.annotations.NullMarked;
