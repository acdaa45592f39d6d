package network.applicant.gpt.actions.jobs;

import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static network.applicant.gpt.actions.jobs.IndexedJobs.job;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards search quality: a fixed corpus of postings and queries as people type them, each
 * with the jobs that must come first. A change to analysis, synonyms, boosts or fuzziness
 * that makes any of these worse fails here.
 */
class JobSearchRelevanceTests {

	private static JobSearchIndex index;

	@BeforeAll
	static void corpus() {
		index = new JobSearchIndex(new ByteBuffersDirectory(), Synonyms.standard());
		Stream.of(
				job(1, "Senior Software Engineer").description("Build backend services in Java and PostgreSQL.")
					.requirements("5+ years of software engineering", "Java or Kotlin"),
				job(2, "Software Developer (Python)").description("Develop data products with Python and Django."),
				job(3, "Frontend Developer (React)").description("Build user interfaces in React and TypeScript.")
					.requirements("Strong JavaScript and TypeScript"),
				job(4, "Site Reliability Engineer").description("Run Kubernetes clusters and on-call rotations.")
					.requirements("Experience with Kubernetes and Terraform"),
				job(5, "Registered Nurse – ICU").description("Care for critically ill patients in intensive care.")
					.requirements("Active RN licence", "BLS and ACLS"),
				job(6, "Registered Nurse – Emergency Department").description("Triage and treat patients in the ED."),
				job(7, "Staff Accountant (CPA)").description("Month-end close, reconciliations and journal entries.")
					.requirements("CPA qualified or studying"),
				job(8, "Certified Public Accountant – Tax").description("Prepare corporate tax returns."),
				job(9, "Accounts Payable Specialist").description("Process supplier invoices and payments."),
				job(10, "Machine Learning Engineer").description("Train and deploy machine learning models."),
				job(11, "Data Analyst").description("SQL dashboards and analysis for the sales team."),
				job(12, "Product Designer").description("Design flows in Figma with user research."),
				job(13, "UX Researcher").description("Plan and run user experience research studies."),
				job(14, "Account Executive").description("Close new business with mid-market customers."),
				job(15, "Sales Development Representative").description("Prospect and book meetings for AEs."),
				job(16, "Customer Success Manager").description("Help customers adopt the product."),
				job(17, "Mathematics Teacher").description("Teach maths to secondary school students."),
				job(18, "Warehouse Operations Supervisor").description("Lead the night shift in our fulfilment centre."),
				job(19, "Human Resources Business Partner").description("Advise managers on people matters."),
				job(20, "Chief Financial Officer").level("executive").description("Own finance strategy."),
				job(21, "Community Nurse").description("Visit patients at home; registered nurse required."),
				job(22, "Office Manager").description("Keep the office running; our engineers love snacks."),
				job(23, "DevOps Engineer").description("CI/CD pipelines, Docker and AWS."),
				job(24, "Backend Engineer (Go)").description("Golang microservices and gRPC."),
				job(25, "Payroll Specialist").description("Run monthly payroll for 2,000 employees."),
				job(26, "Nurse Practitioner").description("Diagnose and treat patients in primary care."),
				job(27, "Junior Web Developer").level("entry").description("HTML, CSS and JavaScript for client sites."),
				job(28, "Engineering Manager").level("lead").description("Lead a team of software engineers."),
				job(29, "Marketing Manager").description("Plan campaigns and SEO."),
				job(30, "SEO Specialist").description("Search engine optimisation for our content."))
			.map(IndexedJobs::build)
			.forEach(index::upsert);
		index.refresh();
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	static Stream<Arguments> queries() {
		return Stream.of(
				// abbreviations and synonyms
				Arguments.of("SWE", List.of(1L, 2L)),
				Arguments.of("software engineer", List.of(1L, 2L)),
				Arguments.of("RN", List.of(5L, 6L, 21L)),
				Arguments.of("registered nurse icu", List.of(5L)),
				Arguments.of("CPA", List.of(7L, 8L)),
				Arguments.of("certified public accountant", List.of(8L, 7L)),
				Arguments.of("k8s", List.of(4L)),
				Arguments.of("sre", List.of(4L)),
				Arguments.of("ML engineer", List.of(10L)),
				Arguments.of("python dev", List.of(2L)),
				Arguments.of("react dev", List.of(3L)),
				Arguments.of("ux", List.of(13L)),
				Arguments.of("SDR", List.of(15L)),
				Arguments.of("CSM", List.of(16L)),
				Arguments.of("math teacher", List.of(17L)),
				Arguments.of("HR", List.of(19L)),
				Arguments.of("cfo", List.of(20L)),
				Arguments.of("golang", List.of(24L)),
				Arguments.of("nurse practitioner jobs", List.of(26L)),
				Arguments.of("np", List.of(26L)),
				// typos
				Arguments.of("sofware enginer", List.of(1L)),
				Arguments.of("acountant", List.of(7L, 8L)),
				Arguments.of("registred nurse", List.of(5L, 6L)),
				// stemming must not join unrelated words ("accountant" is not "account")
				Arguments.of("accountant", List.of(7L, 8L)),
				Arguments.of("kubernets", List.of(4L)),
				Arguments.of("payrol specialist", List.of(25L)),
				Arguments.of("warehose supervisor", List.of(18L)),
				// title above description
				Arguments.of("engineer", List.of(1L, 4L, 10L, 23L, 24L)),
				Arguments.of("accounts payable", List.of(9L)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void searchRanksTheExpectedJobsFirst(String keywords, List<Long> expectedFirst) {
		List<Long> ids = index.search(JobSearchCriteria.keywords(keywords), null, null, 10, IndexedJobs.NOW)
			.hits()
			.stream()
			.map(JobSearchIndex.JobHit::id)
			.toList();

		assertThat(ids).as("results for '%s'", keywords).hasSizeGreaterThanOrEqualTo(expectedFirst.size());
		assertThat(ids.subList(0, expectedFirst.size())).as("top results for '%s': %s", keywords, ids)
			.containsExactlyInAnyOrderElementsOf(expectedFirst);
	}

}
