package network.applicant.gpt.actions.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.actions.demo.DemoRecords.DemoApplication;
import network.applicant.gpt.actions.demo.DemoRecords.DemoCandidate;
import network.applicant.gpt.actions.demo.DemoRecords.DemoJob;
import network.applicant.gpt.actions.demo.DemoRecords.DemoQuestion;
import network.applicant.gpt.actions.demo.DemoRecords.DemoStatusChange;

/**
 * The four demo candidates of the local fixtures (DESIGN.md §4), their resumes, and the
 * applications they have made to demo jobs, which together cover every application status.
 */
final class DemoCandidates {

	private DemoCandidates() {
	}

	static final String ADA = "user_demo_ada";

	static final String GRACE = "user_demo_grace";

	static final String MARY = "user_demo_mary";

	static final String LUCA = "user_demo_luca";

	static final List<String> STATUSES = List.of("submitted", "under_review", "interviewing", "offer", "hired",
			"rejected", "withdrawn");

	/**
	 * A planned application: the first suitable open job of the field (and, if possible, one
	 * of the levels) that the candidate has not applied to yet.
	 */
	record Plan(String candidateId, String field, List<String> levels, String status, String years) {
	}

	static final List<Plan> PLANS = List.of(
			new Plan(ADA, DemoWorld.SOFTWARE, List.of("senior"), "submitted", "11"),
			new Plan(ADA, DemoWorld.SOFTWARE, List.of("senior", "lead"), "under_review", "11"),
			new Plan(ADA, DemoWorld.SOFTWARE, List.of("senior"), "interviewing", "11"),
			new Plan(ADA, DemoWorld.DATA, List.of("senior", "mid"), "rejected", "4"),
			new Plan(GRACE, DemoWorld.SOFTWARE, List.of("lead", "executive"), "offer", "18"),
			new Plan(GRACE, DemoWorld.SOFTWARE, List.of("executive", "lead"), "withdrawn", "18"),
			new Plan(GRACE, DemoWorld.SOFTWARE, List.of("lead"), "under_review", "18"),
			new Plan(MARY, DemoWorld.NURSING, List.of("mid", "senior"), "hired", "9"),
			new Plan(MARY, DemoWorld.NURSING, List.of("senior", "mid"), "interviewing", "9"),
			new Plan(MARY, DemoWorld.NURSING, List.of("lead", "senior"), "submitted", "9"),
			new Plan(LUCA, DemoWorld.ACCOUNTING, List.of("mid", "senior"), "submitted", "7"),
			new Plan(LUCA, DemoWorld.ACCOUNTING, List.of("senior"), "rejected", "7"),
			new Plan(LUCA, DemoWorld.ACCOUNTING, List.of("lead", "senior"), "offer", "7"));

	/** The path an application takes to reach each status. */
	private static final Map<String, List<String>> PATHS = Map.of(
			"submitted", List.of("submitted"),
			"under_review", List.of("submitted", "under_review"),
			"interviewing", List.of("submitted", "under_review", "interviewing"),
			"offer", List.of("submitted", "under_review", "interviewing", "offer"),
			"hired", List.of("submitted", "under_review", "interviewing", "offer", "hired"),
			"rejected", List.of("submitted", "under_review", "rejected"),
			"withdrawn", List.of("submitted", "withdrawn"));

	private static final Map<String, String> NOTES = Map.of(
			"submitted", "Application submitted",
			"under_review", "The hiring team is reviewing the application",
			"interviewing", "Interview scheduled with the hiring manager",
			"offer", "Offer sent",
			"hired", "Offer accepted",
			"rejected", "The team decided to move forward with other candidates",
			"withdrawn", "Withdrawn by the candidate");

	/** Jobs posted at least this many days before the reference leave room for a full history. */
	private static final int MIN_AGE_DAYS = 30;

	static List<DemoCandidate> candidates(Instant reference) {
		Instant uploaded = reference.minus(Duration.ofDays(75));
		return List.of(
				new DemoCandidate(ADA, "ada@applicant.test", "Ada Lovelace", "London", "England", "GB",
						"ada-lovelace-resume.pdf", ADA_RESUME, uploaded),
				new DemoCandidate(GRACE, "grace@applicant.test", "Grace Hopper", "New York", "NY", "US",
						"grace-hopper-resume.pdf", GRACE_RESUME, uploaded.plus(Duration.ofDays(3))),
				new DemoCandidate(MARY, "mary@applicant.test", "Mary Seacole", "Manchester", "England", "GB",
						"mary-seacole-cv.docx", MARY_RESUME, uploaded.plus(Duration.ofDays(5))),
				new DemoCandidate(LUCA, "luca@applicant.test", "Luca Pacioli", "Toronto", "ON", "CA",
						"luca-pacioli-resume.pdf", LUCA_RESUME, uploaded.plus(Duration.ofDays(8))));
	}

	/**
	 * @param jobs the generated jobs, in number order
	 * @param reference the generator's reference instant
	 * @return the applications whose plan found a job; none when {@code jobs} is empty
	 */
	static List<DemoApplication> applications(List<DemoJob> jobs, Instant reference) {
		List<DemoApplication> applications = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Plan plan : PLANS) {
			DemoJob job = choose(jobs, plan, reference, taken);
			if (job == null) {
				continue;
			}
			taken.add(plan.candidateId() + "/" + job.identifier());
			applications.add(application(plan, job));
		}
		return List.copyOf(applications);
	}

	private static @Nullable DemoJob choose(List<DemoJob> jobs, Plan plan, Instant reference, Set<String> taken) {
		Instant latestPosting = reference.minus(Duration.ofDays(MIN_AGE_DAYS));
		List<java.util.function.Predicate<DemoJob>> preferences = List.of(
				(job) -> job.field().equals(plan.field()) && plan.levels().contains(job.jobLevel()),
				(job) -> job.field().equals(plan.field()), (job) -> true);
		for (java.util.function.Predicate<DemoJob> preference : preferences) {
			for (DemoJob job : jobs) {
				if (job.status().equals("open") && job.postedAt().isBefore(latestPosting)
						&& !taken.contains(plan.candidateId() + "/" + job.identifier()) && preference.test(job)) {
					return job;
				}
			}
		}
		return null;
	}

	private static DemoApplication application(Plan plan, DemoJob job) {
		Instant at = job.postedAt().plus(Duration.ofDays(2)).plus(Duration.ofHours(3));
		List<DemoStatusChange> history = new ArrayList<>();
		String previous = null;
		for (String status : PATHS.get(plan.status())) {
			history.add(new DemoStatusChange(previous, status, at, NOTES.get(status)));
			previous = status;
			at = at.plus(Duration.ofDays(4)).plus(Duration.ofHours(2));
		}
		Map<Integer, String> answers = new LinkedHashMap<>();
		for (DemoQuestion question : job.questions()) {
			answers.put(question.position(), switch (question.answerType()) {
				case "yes_no" -> "yes";
				case "number" -> plan.years();
				case "single_choice" -> java.util.Objects.requireNonNull(question.choices()).get(1);
				default -> "I have followed this team's work for a while and would love to contribute to it.";
			});
		}
		return new DemoApplication(plan.candidateId(), job.identifier(), plan.status(), history.get(0).changedAt(),
				List.copyOf(history), answers);
	}

	private static final String ADA_RESUME = """
			Ada Lovelace
			London, United Kingdom · ada@applicant.test
			Senior Software Engineer

			SUMMARY
			Senior software engineer with eleven years of experience building reliable backend
			systems and the analytical tooling around them. Enjoys turning vague problems into
			clear designs, mentoring engineers and writing the documentation nobody else will.

			EXPERIENCE
			Senior Software Engineer, Analytical Engines Ltd, London — March 2019 to present
			- Led the redesign of the billing platform (Java 21, Spring Boot, PostgreSQL), cutting
			  invoice errors by 80% and month-end processing from two days to three hours.
			- Introduced event-driven integration with Kafka between six services.
			- Mentored five engineers; two were promoted to senior.
			- Ran the team's move to Kubernetes on AWS with Terraform.

			Software Engineer, Difference Systems, Cambridge — June 2015 to February 2019
			- Built REST APIs and batch jobs for a logistics planning product (Java, Spring).
			- Wrote the query layer that made route planning five times faster.
			- Owned the CI pipeline (Jenkins, later GitHub Actions).

			Junior Developer, Babbage & Co., London — September 2013 to May 2015
			- Maintained internal reporting tools in Python and SQL.

			SKILLS
			Java, Kotlin, Python, SQL, PostgreSQL, Spring Boot, Kafka, RabbitMQ, Kubernetes, AWS,
			Terraform, Git, CI/CD, system design, code review, mentoring

			EDUCATION
			BSc Mathematics and Computer Science, University of London, 2013

			CERTIFICATIONS
			AWS Certified Solutions Architect – Associate (2021)
			""";

	private static final String GRACE_RESUME = """
			Grace Hopper
			New York, NY, USA · grace@applicant.test
			Engineering Manager / Lead Engineer

			SUMMARY
			Engineering leader with eighteen years of experience, the last seven leading teams of
			up to 25 engineers. Known for compilers, developer tooling, clear writing and for
			hiring and growing strong, diverse teams.

			EXPERIENCE
			Director of Engineering, Flowmatic Inc., New York — January 2020 to present
			- Lead four teams (22 engineers) building the company's data platform.
			- Set engineering strategy and hiring plans; grew the group from 9 to 22 people.
			- Cut production incidents by 60% through SLOs, on-call reform and blameless reviews.

			Engineering Manager, Cobol Works, New York — May 2015 to December 2019
			- Managed a team of eight engineers building internal developer tools.
			- Delivered a new build system that reduced build times from 40 to 6 minutes.

			Lead Software Engineer, Mark One Systems, Philadelphia — 2010 to 2015
			- Technical lead for a compiler and runtime team (C++, Java).
			- Designed the language's first optimizing compiler back end.

			Software Engineer, Harvard Computation Lab, Cambridge, MA — 2006 to 2010
			- Compiler and tooling development in C and Java.

			SKILLS
			Engineering management, hiring, roadmap planning, budgeting, Java, C++, Go, compilers,
			distributed systems, PostgreSQL, AWS, GCP, incident management, public speaking

			EDUCATION
			PhD Mathematics, Yale University, 2006
			BA Mathematics and Physics, Vassar College, 2001
			""";

	private static final String MARY_RESUME = """
			Mary Seacole
			Manchester, United Kingdom · mary@applicant.test
			Registered Nurse (Adult), NMC registered

			PROFILE
			Compassionate registered nurse with nine years of experience in acute and critical
			care, including intensive care and emergency medicine. Calm under pressure, a
			confident mentor for students and newly qualified nurses.

			EXPERIENCE
			Senior Staff Nurse (Band 6), Intensive Care Unit, Manchester Royal Infirmary
			April 2020 to present
			- Care for level 2 and level 3 patients, including ventilated and post-operative patients.
			- Shift coordinator two days a week for a 20-bed unit.
			- Practice supervisor and assessor for nursing students.

			Staff Nurse (Band 5), Emergency Department, Salford Royal Hospital
			September 2016 to March 2020
			- Triage, resuscitation and care of adults in a major trauma centre.
			- Led the department's sepsis screening audit, improving timely antibiotics by 30%.

			Healthcare Assistant, Kingston Community Care, Kingston upon Thames
			2013 to 2016

			SKILLS
			Critical care, ventilator management, IV therapy and cannulation, medication
			administration, triage, sepsis management, electronic patient records (Epic, Cerner),
			infection prevention, mentoring, clear communication with patients and families

			EDUCATION AND REGISTRATION
			BSc (Hons) Adult Nursing, University of Manchester, 2016
			NMC registration: active
			Immediate Life Support (ILS) and Advanced Life Support (ALS) certified
			""";

	private static final String LUCA_RESUME = """
			Luca Pacioli
			Toronto, ON, Canada · luca@applicant.test
			Accountant, CPA

			SUMMARY
			Chartered Professional Accountant with seven years of experience in general ledger
			accounting, month-end close, audit preparation and financial reporting under IFRS
			and ASPE, for manufacturing and technology companies.

			EXPERIENCE
			Senior Accountant, Summa Manufacturing, Toronto — February 2021 to present
			- Own the month-end close for three entities in CAD and USD.
			- Prepare consolidated financial statements under IFRS.
			- Coordinated the annual audit; cut audit adjustments from 14 to 2.
			- Automated bank reconciliations in NetSuite, saving two days a month.

			Staff Accountant, Double Entry Partners LLP, Toronto — August 2017 to January 2021
			- Prepared year-end working papers and corporate tax returns for 40 clients.
			- Managed accounts payable and receivable for small business clients in QuickBooks and Xero.

			Accounting Intern, Venetian Traders Inc., Mississauga — Summer 2016

			SKILLS
			Month-end close, reconciliations, IFRS, ASPE, US GAAP, consolidation, audit
			preparation, corporate tax, NetSuite, QuickBooks, Xero, Excel (pivot tables, Power
			Query), Power BI, SQL basics

			EDUCATION AND CREDENTIALS
			CPA (Chartered Professional Accountant), CPA Ontario, 2020
			Bachelor of Commerce, Accounting, University of Toronto, 2017
			""";

}
