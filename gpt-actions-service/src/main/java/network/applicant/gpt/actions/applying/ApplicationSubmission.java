package network.applicant.gpt.actions.applying;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.actions.applying.AnswerRules.AcceptedAnswer;
import network.applicant.gpt.actions.applying.SubmissionDao.ApplicationRow;
import network.applicant.gpt.actions.applying.SubmissionDao.CandidateRow;
import network.applicant.gpt.actions.applying.SubmissionDao.JobRow;
import network.applicant.gpt.actions.applying.SubmissionDao.TokenRow;
import network.applicant.gpt.actions.applying.SubmissionResponses.ConfirmationRequired;
import network.applicant.gpt.actions.applying.SubmissionResponses.Submitted;
import network.applicant.gpt.actions.applying.SubmissionResponses.SubmittedApplication;
import network.applicant.gpt.actions.applying.SubmissionResponses.Summary;
import network.applicant.gpt.actions.applying.SubmissionResponses.SummaryAnswer;
import network.applicant.gpt.actions.applying.SubmissionResponses.SummaryCandidate;
import network.applicant.gpt.actions.applying.SubmissionResponses.SummaryJob;
import network.applicant.gpt.actions.applying.SubmissionResponses.SummaryResume;
import network.applicant.gpt.actions.system.Caller;
import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.problem.ApiException;

/**
 * Submits applications in two steps: {@link #prepare} validates and issues a confirmation
 * token, {@link #confirm} submits what was confirmed.
 *
 * <p>Not a validator that can be skipped: {@link #confirm} checks everything again (job
 * still open, not applied meanwhile, answers still valid) because time passes between the
 * two calls. Each method runs in one transaction; a failure writes nothing.
 */
class ApplicationSubmission {

	/*
	 * Why the token row is locked (SELECT ... FOR UPDATE) rather than consumed with one
	 * conditional UPDATE: a retry of a confirmed call must answer with the application the
	 * first call created. With the lock, a second confirmation of the same token (another
	 * replica, or ChatGPT retrying while the first is still running) waits until the first
	 * commits, then reads the token as consumed and returns the same application. If the
	 * first rolls back, the second finds the token unconsumed and submits. The unique
	 * (candidate_id, job_id) key with ON CONFLICT DO NOTHING covers two different tokens
	 * for the same job: the later one ends in already_applied. The UPDATE that consumes the
	 * token is itself conditional (consumed_at IS NULL) as a second guard.
	 */

	static final String CONFIRMATION_REQUESTED = "actions.application.confirmation_requested";

	static final String SUBMITTED = "actions.application.submitted";

	private final Jdbi jdbi;

	private final TransactionTemplate transactions;

	private final AuditOutbox outbox;

	private final String auditSource;

	private final ConfirmationTokens tokens;

	private final ApplyProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	ApplicationSubmission(Jdbi jdbi, TransactionTemplate transactions, AuditOutbox outbox, String auditSource,
			ConfirmationTokens tokens, ApplyProperties properties, JsonMapper json, Clock clock) {
		this.jdbi = jdbi;
		this.transactions = transactions;
		this.outbox = outbox;
		this.auditSource = auditSource;
		this.tokens = tokens;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The outcome of a confirming call.
	 * @param body the answer
	 * @param created whether this call created the application (false for a retry)
	 */
	record Outcome(Submitted body, boolean created) {
	}

	/**
	 * First step: checks the application and issues a confirmation token for it.
	 * @param caller the candidate
	 * @param request the request, with {@code confirmed} false
	 * @return the summary and the token
	 * @throws ApiException {@code job_not_found}, {@code job_closed}, {@code already_applied},
	 * {@code invalid_answers}, {@code candidate_not_found}
	 */
	ConfirmationRequired prepare(Caller caller, SubmitApplicationRequest request) {
		Instant now = this.clock.instant();
		return Objects.requireNonNull(this.transactions.execute((status) -> this.jdbi.withExtension(SubmissionDao.class,
				(dao) -> prepare(dao, caller, request, now))));
	}

	private ConfirmationRequired prepare(SubmissionDao dao, Caller caller, SubmitApplicationRequest request,
			Instant now) {
		JobRow job = openJob(dao, request.jobId(), now);
		CandidateRow candidate = dao.findCandidate(caller.candidateId())
			.orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "candidate_not_found", "Profile not found",
					"There is no Applicant.Network profile for this account yet. The candidate needs to finish"
							+ " signing up on Applicant.Network before applying."));
		notAppliedYet(dao, caller.candidateId(), job);
		List<AcceptedAnswer> answers = checkAnswers(dao, request);
		Summary summary = new Summary(
				new SummaryJob(job.id(), job.title(), job.company(), location(job)),
				new SummaryCandidate(candidate.fullName(), candidate.email()),
				dao.currentResume(caller.candidateId())
					.map((resume) -> new SummaryResume(resume.fileName(), resume.uploadedAt()))
					.orElse(null),
				answers.stream().map((a) -> new SummaryAnswer(a.questionId(), a.question(), a.answer())).toList(),
				request.coverNote());
		String token = this.tokens.generate();
		Instant expiresAt = now.plus(this.properties.confirmationTtl()).truncatedTo(ChronoUnit.MILLIS);
		dao.insertToken(ConfirmationTokens.hash(token), caller.candidateId(), job.id(),
				ConfirmationTokens.answersHash(answers, request.coverNote()), this.json.writeValueAsString(summary),
				expiresAt, now);
		this.outbox.record(event(CONFIRMATION_REQUESTED, caller, now).subject("job_id", Long.toString(job.id()))
			.detail("expires_at", expiresAt.toString())
			.build());
		String message = "Nothing has been submitted yet. Show the candidate this summary and ask whether to submit"
				+ " it. Only if they clearly agree, call submitApplication again with the same job_id, answers and"
				+ " cover_note, confirmed=true and this confirmation_token (valid until " + expiresAt
				+ "). Changed answers need a new confirmation.";
		return new ConfirmationRequired(SubmissionResponses.CONFIRMATION_REQUIRED, token, expiresAt, summary, message);
	}

	/**
	 * Second step: submits what the token confirmed, or answers a retry with the
	 * application the token already created.
	 * @param caller the candidate
	 * @param request the request, with {@code confirmed} true
	 * @return the application, and whether this call created it
	 * @throws ApiException {@code confirmation_required}, {@code confirmation_invalid},
	 * {@code confirmation_expired}, and every error of {@link #prepare}
	 */
	Outcome confirm(Caller caller, SubmitApplicationRequest request) {
		String token = request.confirmationToken();
		if (token == null) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "confirmation_required", "Confirmation required",
					"Nothing was submitted: confirmed=true needs the confirmation_token from a first call. Call"
							+ " submitApplication without confirmed to get the summary and a token, show the summary"
							+ " to the candidate, and only after they agree call again with confirmed=true and the token.");
		}
		byte[] tokenHash = ConfirmationTokens.hash(token);
		Instant now = this.clock.instant();
		return Objects.requireNonNull(this.transactions.execute((status) -> this.jdbi.withExtension(SubmissionDao.class,
				(dao) -> confirm(dao, caller, request, tokenHash, now))));
	}

	private Outcome confirm(SubmissionDao dao, Caller caller, SubmitApplicationRequest request, byte[] tokenHash,
			Instant now) {
		TokenRow row = dao.lockToken(tokenHash)
			.orElseThrow(() -> invalid("The confirmation_token is not known."));
		if (!row.candidateId().equals(caller.candidateId())) {
			throw invalid("The confirmation_token is not known.");
		}
		if (row.jobId() != request.jobId()) {
			throw invalid("The confirmation_token was issued for another job.");
		}
		if (row.applicationId() != null) {
			return retry(dao, request, row);
		}
		if (!row.expiresAt().isAfter(now)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "confirmation_expired", "Confirmation expired",
					"Nothing was submitted: the confirmation expired at " + row.expiresAt() + ". Call submitApplication"
							+ " again without confirmed to get a fresh summary and token, and ask the candidate again.");
		}
		JobRow job = openJob(dao, request.jobId(), now);
		notAppliedYet(dao, caller.candidateId(), job);
		List<AcceptedAnswer> answers = checkAnswers(dao, request);
		if (!MessageDigest.isEqual(row.answersHash(), ConfirmationTokens.answersHash(answers, request.coverNote()))) {
			throw invalid("The answers or the cover note differ from what the candidate confirmed.");
		}
		long applicationId = dao.insertApplication(caller.candidateId(), job.id(), now)
			.orElseThrow(() -> alreadyApplied(dao, caller.candidateId(), job));
		if (!answers.isEmpty()) {
			dao.insertAnswers(applicationId, answers.stream().map(AcceptedAnswer::questionId).toList(),
					answers.stream().map(AcceptedAnswer::answer).toList());
		}
		dao.insertFirstHistory(applicationId, now, "Submitted through ChatGPT after the candidate confirmed.");
		if (dao.consumeToken(tokenHash, applicationId, now) != 1) {
			throw new IllegalStateException("confirmation token consumed while locked");
		}
		this.outbox.record(event(SUBMITTED, caller, now).subject("application_id", Long.toString(applicationId))
			.subject("job_id", Long.toString(job.id()))
			.build());
		ApplicationRow application = dao.application(applicationId).orElseThrow();
		return new Outcome(new Submitted(SubmissionResponses.SUBMITTED, SubmittedApplication.of(application),
				"The application to " + job.title() + " at " + job.company() + " was submitted. The candidate can"
						+ " follow it with getApplicationStatus."),
				true);
	}

	private Outcome retry(SubmissionDao dao, SubmitApplicationRequest request, TokenRow row) {
		ApiException used = invalid("The confirmation_token was already used for a different submission.");
		List<AcceptedAnswer> answers;
		try {
			answers = checkAnswers(dao, request);
		}
		catch (ApiException ex) {
			throw used;
		}
		if (!MessageDigest.isEqual(row.answersHash(), ConfirmationTokens.answersHash(answers, request.coverNote()))) {
			throw used;
		}
		ApplicationRow application = dao.application(Objects.requireNonNull(row.applicationId())).orElseThrow(() -> used);
		return new Outcome(new Submitted(SubmissionResponses.SUBMITTED, SubmittedApplication.of(application),
				"This application was already submitted with this confirmation; nothing was sent twice."), false);
	}

	private static JobRow openJob(SubmissionDao dao, long jobId, Instant now) {
		JobRow job = dao.findJob(jobId)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "job_not_found", "Job not found",
					"There is no job with id " + jobId + ". Search again (searchJobs) to get current job ids."));
		if (!job.isOpenAt(now)) {
			throw new ApiException(HttpStatus.CONFLICT, "job_closed", "Job closed",
					"The job " + job.title() + " at " + job.company() + " no longer takes applications. Nothing was"
							+ " submitted; search for similar open jobs instead.");
		}
		return job;
	}

	private static void notAppliedYet(SubmissionDao dao, String candidateId, JobRow job) {
		if (dao.findApplication(candidateId, job.id()).isPresent()) {
			throw alreadyApplied(dao, candidateId, job);
		}
	}

	private static ApiException alreadyApplied(SubmissionDao dao, String candidateId, JobRow job) {
		String since = dao.findApplication(candidateId, job.id())
			.map((application) -> " on " + application.submittedAt().truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10)
					+ " (status: " + SubmissionResponses.statusLabel(application.status()) + ")")
			.orElse("");
		return new ApiException(HttpStatus.CONFLICT, "already_applied", "Already applied",
				"The candidate already applied to " + job.title() + " at " + job.company() + since
						+ ". Nothing was submitted; use getApplicationStatus to follow that application.");
	}

	private static List<AcceptedAnswer> checkAnswers(SubmissionDao dao, SubmitApplicationRequest request) {
		List<PrescreenQuestion> questions = new ArrayList<>();
		dao.questions(request.jobId()).forEach((row) -> questions.add(row.toQuestion()));
		return AnswerRules.check(questions, request.answers());
	}

	private static ApiException invalid(String reason) {
		return new ApiException(HttpStatus.BAD_REQUEST, "confirmation_invalid", "Confirmation invalid",
				"Nothing was submitted. " + reason + " Call submitApplication again without confirmed to get a new"
						+ " summary and token, show it to the candidate and ask again.");
	}

	private AuditEvent.Builder event(String type, Caller caller, Instant now) {
		return AuditEvent.builder(type, this.auditSource)
			.occurredAt(now)
			.actor(AuditEvent.ActorType.CANDIDATE, caller.candidateId())
			.candidateId(caller.candidateId())
			.clientId(caller.clientId())
			.requestId(caller.requestId());
	}

	static String location(JobRow job) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { job.city(), job.region(), job.country() }) {
			if (part != null && !part.isBlank()) {
				parts.add(part);
			}
		}
		String place = String.join(", ", parts);
		return switch (job.commuteType()) {
			case "remote" -> (job.applicantCountries() != null)
					? "Remote (" + String.join(", ", job.applicantCountries()) + ")" : "Remote";
			case "hybrid" -> place.isEmpty() ? "Hybrid" : place + " (hybrid)";
			default -> place.isEmpty() ? "On-site" : place;
		};
	}

}
