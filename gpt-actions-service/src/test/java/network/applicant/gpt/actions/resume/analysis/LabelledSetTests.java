package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labelled set of resume–job pairs, each with the fit band a recruiter would give it,
 * written down before the scores were tuned. The build fails when the analyzer agrees
 * with fewer than {@value #MIN_AGREEMENT_PERCENT}% of the labels, or when any pair is off
 * by more than one band.
 */
class LabelledSetTests {

	static final int MIN_AGREEMENT_PERCENT = 85;

	private static final List<String> BANDS = List.of("weak", "partial", "good", "strong");

	private static final YearMonth TODAY = YearMonth.of(2026, 6);

	record Candidate(String resume, CandidateLocation location) {
	}

	static final Map<String, Candidate> RESUMES = Map.of(
			"backend_senior", new Candidate(TestResumes.ENGINEER, new CandidateLocation("London", "GB")),
			"nurse_uk", new Candidate("""
					Mary Seacole
					Registered Nurse (Adult), NMC registered
					PROFILE
					Registered nurse with nine years of experience in acute and critical care.
					EXPERIENCE
					Senior Staff Nurse (Band 6), Intensive Care Unit, Manchester Royal Infirmary
					April 2020 to present
					- Care for level 3 patients, including ventilated patients; full patient assessment each shift.
					- Document care in the electronic patient record (Epic).
					Staff Nurse (Band 5), Emergency Department, Salford Royal Hospital
					September 2016 to March 2020
					- Triage and resuscitation in a major trauma centre.
					SKILLS
					Critical care, IV therapy, medication administration, triage, sepsis management
					EDUCATION AND REGISTRATION
					BSc (Hons) Adult Nursing, University of Manchester, 2016
					NMC registration: active
					Advanced Life Support (ALS) certified
					""", new CandidateLocation("Manchester", "GB")),
			"accountant_cpa", new Candidate("""
					Luca Pacioli
					Accountant, CPA
					SUMMARY
					Chartered Professional Accountant with seven years of experience in month-end close and IFRS reporting.
					EXPERIENCE
					Senior Accountant, Summa Manufacturing, Toronto — February 2021 to present
					- Own the month-end close for three entities in CAD and USD, including reconciliations.
					- Prepare consolidated financial statements under IFRS; coordinate the annual audit.
					- Automated bank reconciliations in NetSuite; reporting models in Excel with pivot tables.
					Staff Accountant, Double Entry Partners LLP, Toronto — August 2017 to January 2021
					- Year-end working papers and corporate tax returns; accounts payable in QuickBooks and Xero.
					SKILLS
					Month-end close, IFRS, US GAAP, NetSuite, Xero, Excel, Power BI
					EDUCATION AND CREDENTIALS
					CPA (Chartered Professional Accountant), CPA Ontario, 2020
					Bachelor of Commerce, Accounting, University of Toronto, 2017
					""", new CandidateLocation("Toronto", "CA")),
			"frontend_junior", new Candidate("""
					Lena Schmidt
					Berlin, Germany
					EXPERIENCE
					Junior Frontend Developer, Kiez Apps GmbH, Berlin — January 2025 to present
					- Build React components in TypeScript for a booking web app; reviews on GitHub pull requests.
					- Styled pages with CSS and improved accessibility.
					Frontend Intern, Spree Labs — June 2024 to December 2024
					- Fixed bugs in a JavaScript dashboard.
					SKILLS
					JavaScript, TypeScript, React, CSS, HTML, Git
					EDUCATION
					BSc Computer Science, TU Berlin, 2024
					""", new CandidateLocation("Berlin", "DE")),
			"data_analyst", new Candidate("""
					Sam Rivera
					New York, NY
					EXPERIENCE
					Data Analyst, Metro Retail Inc., New York — March 2022 to present
					- Wrote SQL models in Snowflake and dbt for sales reporting.
					- Analysed A/B tests with Python (pandas) and statistics; built Tableau dashboards.
					Junior Data Analyst, Cityline Insurance — July 2020 to February 2022
					- SQL reporting on claims; Excel pivot tables for finance.
					SKILLS
					SQL, Python, pandas, Snowflake, dbt, Tableau, statistics, Excel
					EDUCATION
					BA Economics, CUNY, 2020
					""", new CandidateLocation("New York", "US")),
			"stuffer", new Candidate("""
					Jo Bloggs
					London
					SKILLS
					Java, Kotlin, Go, PostgreSQL, Kubernetes, Terraform, AWS, Kafka, Spring Boot, Docker, Git, SQL,
					Python, React, TypeScript, JavaScript, CSS, system design, distributed systems, CI/CD, code review
					""", new CandidateLocation("London", "GB")),
			"director", new Candidate("""
					Grace Hopper
					New York, NY, USA
					SUMMARY
					Engineering leader with eighteen years of experience in distributed systems and compilers.
					EXPERIENCE
					Director of Engineering, Flowmatic Inc., New York — January 2020 to present
					- Lead four teams (22 engineers) building the data platform on AWS and GCP; mentoring managers.
					Engineering Manager, Cobol Works, New York — May 2015 to December 2019
					- Managed a team of eight engineers building developer tools in Java and Go.
					Lead Software Engineer, Mark One Systems, Philadelphia — 2010 to 2015
					- Technical lead for a compiler team (C++, Java); distributed systems for the build farm.
					Software Engineer, Harvard Computation Lab — 2006 to 2010
					- Compiler development in C and Java.
					SKILLS
					Engineering management, hiring, Java, C++, Go, distributed systems, PostgreSQL, AWS, GCP
					EDUCATION
					PhD Mathematics, Yale University, 2006
					""", new CandidateLocation("New York", "US")),
			"sales", new Candidate("""
					Pat Morgan
					Chicago, IL
					EXPERIENCE
					Account Executive, CloudDesk (SaaS), Chicago — April 2021 to present
					- Closed $1.2M of new mid-market business a year; negotiated multi-year contracts.
					- Kept pipeline and forecasts accurate in Salesforce.
					Sales Development Representative, Brightline Software — June 2019 to March 2021
					- Booked 25 meetings a month by phone and email outreach; HubSpot sequences.
					SKILLS
					Salesforce, HubSpot, negotiation, discovery calls, SaaS sales
					EDUCATION
					BA Communications, University of Illinois, 2019
					""", new CandidateLocation("Chicago", "US")),
			"backend_mid", new Candidate("""
					Priya Shah
					Manchester, UK
					EXPERIENCE
					Software Engineer, Northern Rail Tech, Manchester — May 2023 to present
					- Build Java and Spring Boot services on PostgreSQL; write tests and review pull requests (code review).
					- Maintain the GitHub Actions CI pipeline; deploy with Git-based workflows.
					Graduate Software Engineer, Pennine Systems — September 2022 to April 2023
					- Java maintenance work and SQL reports.
					SKILLS
					Java, Spring Boot, PostgreSQL, Git, Docker
					EDUCATION
					BSc Computer Science, University of Leeds, 2022
					""", new CandidateLocation("Manchester", "GB")),
			"nurse_us", new Candidate("""
					Clara Barton
					Boston, MA
					Registered Nurse, NCLEX-RN licensed
					EXPERIENCE
					Registered Nurse, Emergency Department, Mass General — June 2019 to present
					- Triage and patient assessment for 30+ patients per shift; resuscitation team member.
					- Charting in Epic electronic health records; medication administration.
					LICENSES AND CERTIFICATIONS
					NCLEX-RN, Massachusetts RN license (active)
					BLS, ACLS
					EDUCATION
					BSN Nursing, Boston College, 2019
					""", new CandidateLocation("Boston", "US")));

	static final Map<String, JobPosting> JOBS = Map.of(
			"backend_senior_london", TestResumes.job().title("Senior Backend Engineer (Java)").level("senior")
				.hybrid("London", "GB")
				.required("5+ years of professional experience in software engineering",
						"Solid programming skills in Java, Kotlin, Go or a similar language",
						"Experience with relational databases such as PostgreSQL",
						"Comfortable with Git, code review and continuous integration")
				.preferred("Experience with Kubernetes and Terraform", "Experience with event-driven systems (Kafka, RabbitMQ)")
				.build(),
			"icu_nurse_manchester", TestResumes.job().title("Registered Nurse – ICU").level("mid")
				.onsite("Manchester", "GB")
				.required("3+ years of professional experience in nursing", "Holds current NMC registration",
						"Basic Life Support (BLS) certification", "Excellent patient assessment skills",
						"Experience with electronic health records", "Able to work 12-hour shifts including nights and weekends")
				.preferred("Advanced Cardiac Life Support (ACLS)", "Critical care or emergency experience")
				.build(),
			"accountant_toronto", TestResumes.job().title("Staff Accountant (CPA)").level("mid")
				.hybrid("Toronto", "CA")
				.required("3+ years of professional experience in accounting and finance",
						"CPA qualified, or part-qualified and studying", "Strong command of Excel (pivot tables, lookups)",
						"Experience with month-end close and reconciliations", "Working knowledge of GAAP or IFRS",
						"Experience with an ERP such as NetSuite, SAP or Xero")
				.preferred("Experience with audits and audit preparation", "Multi-currency and multi-entity experience")
				.build(),
			"frontend_junior_de", TestResumes.job().title("Junior Frontend Engineer (React)").level("entry")
				.remote("DE")
				.required("0–2 years of experience in software engineering, internships included",
						"Good JavaScript or TypeScript skills", "Experience building UIs with React", "Comfortable with Git")
				.preferred("Solid CSS")
				.build(),
			"data_analyst_us", TestResumes.job().title("Data Analyst").level("mid")
				.remote("US")
				.required("3+ years of professional experience in data and analytics",
						"Strong SQL and experience with a data warehouse (BigQuery, Snowflake or Redshift)",
						"Python for analysis (pandas, NumPy)", "Sound grasp of statistics and experiment design")
				.preferred("Knowledge of Looker, Tableau or Power BI", "Experience with dbt or a similar transformation tool")
				.build(),
			"er_nurse_boston", TestResumes.job().title("Registered Nurse – Emergency Department").level("mid")
				.onsite("Boston", "US")
				.required("3+ years of professional experience in nursing", "Holds an active state RN licence (NCLEX-RN)",
						"Basic Life Support (BLS) certification", "Excellent patient assessment skills")
				.preferred("Advanced Cardiac Life Support (ACLS)")
				.build(),
			"lead_engineer_ny", TestResumes.job().title("Lead Software Engineer").level("lead")
				.onsite("New York", "US")
				.required("8+ years of experience in software engineering, including leading a team",
						"Solid programming skills in Java or Go", "Understanding of HTTP APIs and distributed systems",
						"Experience with a cloud platform (AWS, GCP or Azure)")
				.preferred("Experience mentoring other engineers")
				.build(),
			"account_exec_chicago", TestResumes.job().title("Account Executive").level("mid")
				.hybrid("Chicago", "US")
				.required("3+ years of professional experience in B2B sales",
						"Experience with a CRM such as Salesforce or HubSpot", "Strong negotiation skills")
				.preferred("Experience selling SaaS to mid-market or enterprise customers")
				.build());

	record Pair(String resume, String job, String expected) {
	}

	static final List<Pair> PAIRS = List.of(new Pair("backend_senior", "backend_senior_london", "strong"),
			new Pair("backend_senior", "lead_engineer_ny", "partial"),
			new Pair("backend_senior", "frontend_junior_de", "weak"),
			new Pair("backend_senior", "data_analyst_us", "weak"),
			new Pair("nurse_uk", "icu_nurse_manchester", "strong"), new Pair("nurse_uk", "er_nurse_boston", "weak"),
			new Pair("nurse_uk", "backend_senior_london", "weak"),
			new Pair("accountant_cpa", "accountant_toronto", "strong"),
			new Pair("accountant_cpa", "account_exec_chicago", "weak"),
			new Pair("accountant_cpa", "data_analyst_us", "weak"),
			new Pair("frontend_junior", "frontend_junior_de", "strong"),
			new Pair("frontend_junior", "backend_senior_london", "weak"),
			new Pair("data_analyst", "data_analyst_us", "strong"), new Pair("data_analyst", "accountant_toronto", "weak"),
			new Pair("stuffer", "backend_senior_london", "weak"), new Pair("stuffer", "frontend_junior_de", "weak"),
			new Pair("director", "lead_engineer_ny", "strong"), new Pair("director", "backend_senior_london", "partial"),
			new Pair("sales", "account_exec_chicago", "strong"), new Pair("sales", "data_analyst_us", "weak"),
			new Pair("data_analyst", "backend_senior_london", "weak"),
			new Pair("frontend_junior", "lead_engineer_ny", "weak"), new Pair("nurse_uk", "accountant_toronto", "weak"),
			new Pair("director", "frontend_junior_de", "weak"), new Pair("backend_mid", "backend_senior_london", "good"),
			new Pair("backend_mid", "frontend_junior_de", "weak"), new Pair("nurse_us", "er_nurse_boston", "strong"),
			new Pair("nurse_us", "icu_nurse_manchester", "weak"));

	@Test
	void labelledSetWhenAnalysedThenAgreementAboveThreshold() {
		ResumeAnalyzer analyzer = new ResumeAnalyzer(SkillDictionary.loadDefault());
		int agree = 0;
		List<String> report = new ArrayList<>();
		List<String> farOff = new ArrayList<>();
		for (Pair pair : PAIRS) {
			Candidate candidate = RESUMES.get(pair.resume());
			ResumeAnalysis analysis = analyzer.analyze(candidate.resume(), JOBS.get(pair.job()), candidate.location(), TODAY);
			boolean same = analysis.fitBand().equals(pair.expected());
			agree += same ? 1 : 0;
			int distance = Math.abs(BANDS.indexOf(analysis.fitBand()) - BANDS.indexOf(pair.expected()));
			String line = pair.resume() + " x " + pair.job() + ": expected " + pair.expected() + ", got "
					+ analysis.fitBand() + " (" + analysis.fitScore() + ")";
			report.add((same ? "  " : "! ") + line);
			if (distance > 1) {
				farOff.add(line);
			}
		}
		int percent = agree * 100 / PAIRS.size();
		System.out.println("Labelled set: " + agree + "/" + PAIRS.size() + " agree (" + percent + "%)\n"
				+ String.join("\n", report));
		assertThat(PAIRS).hasSizeGreaterThanOrEqualTo(20);
		assertThat(farOff).as("pairs more than one band off").isEmpty();
		assertThat(percent).as("agreement with the labelled bands, %").isGreaterThanOrEqualTo(MIN_AGREEMENT_PERCENT);
	}

}
