package network.applicant.gpt.actions.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import network.applicant.gpt.actions.demo.DemoRecords.DemoCandidate;
import network.applicant.gpt.actions.demo.DemoRecords.DemoCompany;
import network.applicant.gpt.actions.demo.DemoRecords.DemoJob;
import network.applicant.gpt.actions.demo.DemoRecords.DemoQuestion;
import network.applicant.gpt.actions.demo.DemoRecords.DemoRequirement;
import network.applicant.gpt.actions.demo.DemoRecords.DemoStatusChange;

/**
 * Writes demo rows. Every insert leaves an existing row alone, so loading again neither
 * duplicates nor changes anything; finders return the ids of what exists.
 */
interface DemoDataDao {

	/** Serialises concurrent loaders (two local instances starting at once). */
	@SqlQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) AS locked")
	int lock(@Bind("key") long key);

	@SqlUpdate("""
			INSERT INTO platform.companies (identifier, name, website, industry, size, description, headquarters)
			VALUES (:c.identifier, :c.name, :c.website, :c.industry, :c.size, :c.description, :c.headquarters)
			ON CONFLICT (identifier) DO NOTHING""")
	void insertCompany(@BindMethods("c") DemoCompany company);

	@SqlQuery("SELECT identifier, id FROM platform.companies WHERE identifier LIKE 'demo-company-%'")
	@KeyColumn("identifier")
	@ValueColumn("id")
	Map<String, Long> companyIds();

	@SqlQuery("""
			INSERT INTO platform.jobs (identifier, company_id, title, description, employment_type, city, region,
			    country, applicant_countries, commute_type, job_level, salary_min, salary_max, salary_currency,
			    salary_period, posted_at, valid_through, status)
			VALUES (:j.identifier, :companyId, :j.title, :j.description, :j.employmentType, :j.city, :j.region,
			    :j.country, :j.applicantCountriesArray, :j.commuteType, :j.jobLevel, :j.salaryMin, :j.salaryMax,
			    :j.salaryCurrency, :j.salaryPeriod, :j.postedAt, :j.validThrough, :j.status)
			ON CONFLICT (identifier) DO NOTHING
			RETURNING id""")
	Optional<Long> insertJob(@BindMethods("j") DemoJob job, @Bind("companyId") long companyId);

	@SqlQuery("SELECT identifier, id FROM platform.jobs WHERE identifier LIKE 'demo-job-%'")
	@KeyColumn("identifier")
	@ValueColumn("id")
	Map<String, Long> jobIds();

	@SqlBatch("""
			INSERT INTO platform.job_requirements (job_id, kind, text, position)
			VALUES (:jobId, :r.kind, :r.text, :r.position)""")
	void insertRequirements(@Bind("jobId") long jobId, @BindMethods("r") List<DemoRequirement> requirements);

	@SqlBatch("""
			INSERT INTO platform.prescreen_questions (job_id, position, question, answer_type, choices, required)
			VALUES (:jobId, :q.position, :q.question, :q.answerType, :q.choicesArray, :q.required)""")
	void insertQuestions(@Bind("jobId") long jobId, @BindMethods("q") List<DemoQuestion> questions);

	@SqlQuery("SELECT position, id FROM platform.prescreen_questions WHERE job_id = :jobId")
	@KeyColumn("position")
	@ValueColumn("id")
	Map<Integer, Long> questionIds(@Bind("jobId") long jobId);

	@SqlUpdate("""
			DELETE FROM platform.applications
			WHERE job_id IN (SELECT id FROM platform.jobs WHERE identifier LIKE 'demo-job-%')""")
	int deleteApplicationsToDemoJobs();

	@SqlUpdate("DELETE FROM platform.jobs WHERE identifier LIKE 'demo-job-%'")
	int deleteDemoJobs();

	@SqlUpdate("""
			INSERT INTO platform.candidates (id, email, full_name, city, region, country)
			VALUES (:c.id, :c.email, :c.fullName, :c.city, :c.region, :c.country)
			ON CONFLICT (id) DO NOTHING""")
	void insertCandidate(@BindMethods("c") DemoCandidate candidate);

	/** Stores the resume as the current one unless the candidate already has a current resume. */
	@SqlUpdate("""
			INSERT INTO platform.resumes (candidate_id, file_name, content_type, plain_text, uploaded_at, is_current)
			VALUES (:c.id, :c.resumeFileName, :contentType, :c.resumeText, :c.resumeUploadedAt, true)
			ON CONFLICT (candidate_id) WHERE is_current DO NOTHING""")
	void insertCurrentResume(@BindMethods("c") DemoCandidate candidate, @Bind("contentType") String contentType);

	@SqlQuery("""
			INSERT INTO platform.applications (candidate_id, job_id, status, submitted_at, updated_at)
			VALUES (:candidateId, :jobId, :status, :submittedAt, :updatedAt)
			ON CONFLICT (candidate_id, job_id) DO NOTHING
			RETURNING id""")
	Optional<Long> insertApplication(@Bind("candidateId") String candidateId, @Bind("jobId") long jobId,
			@Bind("status") String status, @Bind("submittedAt") java.time.Instant submittedAt,
			@Bind("updatedAt") java.time.Instant updatedAt);

	@SqlBatch("""
			INSERT INTO platform.application_status_history (application_id, from_status, to_status, changed_at, note)
			VALUES (:applicationId, :h.fromStatus, :h.toStatus, :h.changedAt, :h.note)""")
	void insertHistory(@Bind("applicationId") long applicationId, @BindMethods("h") List<DemoStatusChange> history);

	@SqlBatch("""
			INSERT INTO platform.application_answers (application_id, question_id, answer)
			VALUES (:applicationId, :questionId, :answer)""")
	void insertAnswers(@Bind("applicationId") long applicationId, @Bind("questionId") List<Long> questionIds,
			@Bind("answer") List<String> answers);

}
