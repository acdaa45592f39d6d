package network.applicant.gpt.actions.applying;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes what {@code submitApplication} needs. Platform tables are always
 * schema-qualified; the connection's schema is {@code actions}.
 */
interface SubmissionDao {

	/**
	 * A job as the summary and the rules need it.
	 */
	record JobRow(long id, String title, String company, @Nullable String city, @Nullable String region,
			@Nullable String country, String commuteType, String @Nullable [] applicantCountries, String status,
			@Nullable Instant validThrough) {

		boolean isOpenAt(Instant now) {
			return "open".equals(this.status) && (this.validThrough == null || this.validThrough.isAfter(now));
		}

	}

	record QuestionRow(long id, int position, String question, String answerType, String @Nullable [] choices,
			boolean required) {

		PrescreenQuestion toQuestion() {
			return new PrescreenQuestion(this.id, this.position, this.question, this.answerType,
					(this.choices != null) ? List.of(this.choices) : null, this.required);
		}

	}

	record CandidateRow(String id, String fullName, String email) {
	}

	record ResumeRow(String fileName, Instant uploadedAt) {
	}

	record ApplicationRow(long id, long jobId, String jobTitle, String company, String status, Instant submittedAt) {
	}

	record TokenRow(String candidateId, long jobId, byte[] answersHash, Instant expiresAt, @Nullable Instant consumedAt,
			@Nullable Long applicationId) {
	}

	@SqlQuery("""
			SELECT j.id, j.title, c.name AS company, j.city, j.region, j.country, j.commute_type,
			       j.applicant_countries, j.status, j.valid_through
			FROM platform.jobs j JOIN platform.companies c ON c.id = j.company_id
			WHERE j.id = :id""")
	@RegisterConstructorMapper(JobRow.class)
	Optional<JobRow> findJob(@Bind("id") long id);

	@SqlQuery("""
			SELECT id, position, question, answer_type, choices, required
			FROM platform.prescreen_questions WHERE job_id = :jobId ORDER BY position""")
	@RegisterConstructorMapper(QuestionRow.class)
	List<QuestionRow> questions(@Bind("jobId") long jobId);

	@SqlQuery("SELECT id, full_name, email FROM platform.candidates WHERE id = :id")
	@RegisterConstructorMapper(CandidateRow.class)
	Optional<CandidateRow> findCandidate(@Bind("id") String id);

	@SqlQuery("SELECT file_name, uploaded_at FROM platform.resumes WHERE candidate_id = :candidateId AND is_current")
	@RegisterConstructorMapper(ResumeRow.class)
	Optional<ResumeRow> currentResume(@Bind("candidateId") String candidateId);

	String APPLICATION_COLUMNS = """
			SELECT a.id, a.job_id, j.title AS job_title, c.name AS company, a.status, a.submitted_at
			FROM platform.applications a
			JOIN platform.jobs j ON j.id = a.job_id
			JOIN platform.companies c ON c.id = j.company_id
			""";

	@SqlQuery(APPLICATION_COLUMNS + "WHERE a.candidate_id = :candidateId AND a.job_id = :jobId")
	@RegisterConstructorMapper(ApplicationRow.class)
	Optional<ApplicationRow> findApplication(@Bind("candidateId") String candidateId, @Bind("jobId") long jobId);

	@SqlQuery(APPLICATION_COLUMNS + "WHERE a.id = :id")
	@RegisterConstructorMapper(ApplicationRow.class)
	Optional<ApplicationRow> application(@Bind("id") long id);

	@SqlUpdate("""
			INSERT INTO actions.confirmation_tokens
			    (token_hash, candidate_id, job_id, answers_hash, summary, expires_at, created_at)
			VALUES (:tokenHash, :candidateId, :jobId, :answersHash, CAST(:summary AS jsonb), :expiresAt, :createdAt)""")
	void insertToken(@Bind("tokenHash") byte[] tokenHash, @Bind("candidateId") String candidateId,
			@Bind("jobId") long jobId, @Bind("answersHash") byte[] answersHash, @Bind("summary") String summary,
			@Bind("expiresAt") Instant expiresAt, @Bind("createdAt") Instant createdAt);

	/**
	 * Locks the token row until the transaction ends, so that two confirmations of one token
	 * (on two replicas) run one after the other and the second sees the first's outcome.
	 */
	@SqlQuery("""
			SELECT candidate_id, job_id, answers_hash, expires_at, consumed_at, application_id
			FROM actions.confirmation_tokens WHERE token_hash = :tokenHash FOR UPDATE""")
	@RegisterConstructorMapper(TokenRow.class)
	Optional<TokenRow> lockToken(@Bind("tokenHash") byte[] tokenHash);

	@SqlQuery("""
			INSERT INTO platform.applications (candidate_id, job_id, status, submitted_at, updated_at)
			VALUES (:candidateId, :jobId, 'submitted', :now, :now)
			ON CONFLICT (candidate_id, job_id) DO NOTHING
			RETURNING id""")
	Optional<Long> insertApplication(@Bind("candidateId") String candidateId, @Bind("jobId") long jobId,
			@Bind("now") Instant now);

	@SqlBatch("""
			INSERT INTO platform.application_answers (application_id, question_id, answer)
			VALUES (:applicationId, :questionId, :answer)""")
	void insertAnswers(@Bind("applicationId") long applicationId, @Bind("questionId") List<Long> questionIds,
			@Bind("answer") List<String> answers);

	@SqlUpdate("""
			INSERT INTO platform.application_status_history (application_id, from_status, to_status, changed_at, note)
			VALUES (:applicationId, NULL, 'submitted', :now, :note)""")
	void insertFirstHistory(@Bind("applicationId") long applicationId, @Bind("now") Instant now,
			@Bind("note") String note);

	@SqlUpdate("""
			UPDATE actions.confirmation_tokens SET consumed_at = :now, application_id = :applicationId
			WHERE token_hash = :tokenHash AND consumed_at IS NULL""")
	int consumeToken(@Bind("tokenHash") byte[] tokenHash, @Bind("applicationId") long applicationId,
			@Bind("now") Instant now);

}
