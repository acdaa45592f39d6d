package network.applicant.gpt.actions.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.actions.demo.DemoRecords.DemoApplication;
import network.applicant.gpt.actions.demo.DemoRecords.DemoCandidate;
import network.applicant.gpt.actions.demo.DemoRecords.DemoCompany;
import network.applicant.gpt.actions.demo.DemoRecords.DemoJob;

/**
 * Loads the demo data in one transaction: companies, the four demo candidates with their
 * resumes and, unless {@code applicant.demo.jobs} is false, the job catalog and the
 * candidates' applications.
 *
 * <p>Idempotent: rows are keyed by stable identifiers ({@code demo-company-01},
 * {@code demo-job-0001}, the candidates' Clerk ids) and existing rows are left untouched,
 * so a second load adds nothing and every id stays the same. Posting dates count back from
 * the start of the UTC day of the load that first inserted the job.
 *
 * <p>With {@code applicant.demo.jobs=false} the demo jobs of an earlier load are deleted,
 * together with every application to them, so that the catalog starts empty; jobs that
 * did not come from the demo data (imported ones) stay.
 *
 * <p>Not for production: only the {@code local} profile creates this bean.
 */
class DemoDataLoader {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	/** The advisory lock key that serialises concurrent loads ("demo" in ASCII). */
	private static final long LOCK_KEY = 0x64656d6fL;

	private final Jdbi jdbi;

	private final TransactionTemplate transactions;

	private final DemoProperties properties;

	private final Clock clock;

	DemoDataLoader(Jdbi jdbi, TransactionTemplate transactions, DemoProperties properties, Clock clock) {
		this.jdbi = jdbi;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What a load changed; zero everywhere on a repeated load.
	 * @param jobs demo jobs inserted
	 * @param applications demo applications inserted
	 * @param removedJobs demo jobs deleted because {@code applicant.demo.jobs} is false
	 */
	record Result(int jobs, int applications, int removedJobs) {
	}

	/**
	 * Loads the demo data, joining the caller's transaction if there is one.
	 * @return what was inserted
	 */
	Result load() {
		Instant reference = this.clock.instant().truncatedTo(ChronoUnit.DAYS);
		Result result = this.transactions
			.execute((status) -> this.jdbi.withExtension(DemoDataDao.class, (dao) -> load(dao, reference)));
		logger.info("Demo data loaded: {} new jobs, {} new applications, {} demo jobs removed (applicant.demo.jobs={})",
				result.jobs(), result.applications(), result.removedJobs(), this.properties.jobs());
		return result;
	}

	private Result load(DemoDataDao dao, Instant reference) {
		dao.lock(LOCK_KEY);
		for (DemoCompany company : DemoJobGenerator.companies()) {
			dao.insertCompany(company);
		}
		for (DemoCandidate candidate : DemoCandidates.candidates(reference)) {
			dao.insertCandidate(candidate);
			dao.insertCurrentResume(candidate, candidate.resumeFileName().endsWith(".docx")
					? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf");
		}
		if (!this.properties.jobs()) {
			// DEMO_JOBS=false promises an empty job catalog even on a database an earlier run filled
			dao.deleteApplicationsToDemoJobs();
			return new Result(0, 0, dao.deleteDemoJobs());
		}
		List<DemoJob> jobs = new DemoJobGenerator(reference).jobs(this.properties.openJobs(),
				this.properties.closedJobs());
		Map<String, Long> companies = dao.companyIds();
		int insertedJobs = 0;
		for (DemoJob job : jobs) {
			Long jobId = dao.insertJob(job, companies.get(job.companyIdentifier())).orElse(null);
			if (jobId != null) {
				dao.insertRequirements(jobId, job.requirements());
				dao.insertQuestions(jobId, job.questions());
				insertedJobs++;
			}
		}
		Map<String, Long> jobIds = dao.jobIds();
		int insertedApplications = 0;
		for (DemoApplication application : DemoCandidates.applications(jobs, reference)) {
			long jobId = jobIds.get(application.jobIdentifier());
			Long applicationId = dao.insertApplication(application.candidateId(), jobId, application.status(),
					application.submittedAt(), application.updatedAt()).orElse(null);
			if (applicationId == null) {
				continue;
			}
			dao.insertHistory(applicationId, application.history());
			Map<Integer, Long> questions = dao.questionIds(jobId);
			List<Long> questionIds = new ArrayList<>();
			List<String> answers = new ArrayList<>();
			// a job inserted by an older version of the generator may have other questions
			application.answers().forEach((position, answer) -> {
				Long questionId = questions.get(position);
				if (questionId != null) {
					questionIds.add(questionId);
					answers.add(answer);
				}
			});
			dao.insertAnswers(applicationId, questionIds, answers);
			insertedApplications++;
		}
		return new Result(insertedJobs, insertedApplications, 0);
	}

}
