package network.applicant.gpt.actions.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.actions.demo.DemoRecords.DemoApplication;
import network.applicant.gpt.actions.demo.DemoRecords.DemoJob;

import static org.assertj.core.api.Assertions.assertThat;

class DemoJobGeneratorTests {

	private static final Instant REFERENCE = Instant.parse("2026-03-01T00:00:00Z");

	private final List<DemoJob> jobs = new DemoJobGenerator(REFERENCE).jobs(300, 8);

	@Test
	void jobsWhenGeneratedTwiceThenEqual() {
		assertThat(new DemoJobGenerator(REFERENCE).jobs(300, 8)).isEqualTo(this.jobs);
	}

	@Test
	void jobsWhenReferenceDiffersThenOnlyDatesDiffer() {
		List<DemoJob> later = new DemoJobGenerator(REFERENCE.plus(Duration.ofDays(9))).jobs(300, 8);
		for (int i = 0; i < this.jobs.size(); i++) {
			assertThat(withoutDates(later.get(i))).isEqualTo(withoutDates(this.jobs.get(i)));
			assertThat(later.get(i).postedAt()).isEqualTo(this.jobs.get(i).postedAt().plus(Duration.ofDays(9)));
		}
	}

	@Test
	void jobsWhenFewerRequestedThenSamePrefix() {
		assertThat(new DemoJobGenerator(REFERENCE).jobs(50, 0)).isEqualTo(this.jobs.subList(0, 50));
	}

	@Test
	void jobsHaveStableSequentialIdentifiersAndStatuses() {
		assertThat(this.jobs).hasSize(308);
		assertThat(this.jobs.get(0).identifier()).isEqualTo("demo-job-0001");
		assertThat(this.jobs.get(307).identifier()).isEqualTo("demo-job-0308");
		assertThat(this.jobs.stream().filter((job) -> job.status().equals("open"))).hasSize(300);
		assertThat(this.jobs.subList(300, 308)).allMatch((job) -> job.status().equals("closed"));
	}

	@Test
	void jobsCoverEveryFieldLevelAndCommuteType() {
		assertThat(values(DemoJob::field)).containsExactlyInAnyOrderElementsOf(
				DemoWorld.FIELDS.stream().map(DemoWorld.Field::key).toList());
		assertThat(values(DemoJob::jobLevel)).containsExactlyInAnyOrderElementsOf(DemoJobGenerator.LEVELS);
		assertThat(values(DemoJob::commuteType)).containsExactlyInAnyOrderElementsOf(DemoJobGenerator.COMMUTE_TYPES);
		assertThat(values(DemoJob::country)).contains("US", "GB", "CA", "DE");
		assertThat(values(DemoJob::companyIdentifier)).hasSizeGreaterThan(30);
	}

	@Test
	void jobsHaveRealisticTitles() {
		assertThat(values(DemoJob::title)).contains("Senior Software Engineer", "Registered Nurse – ICU",
				"Staff Accountant (CPA)");
	}

	@Test
	void remoteJobsHaveNoCityAndSomeAreRestrictedToOneCountry() {
		List<DemoJob> remote = this.jobs.stream().filter((job) -> job.commuteType().equals("remote")).toList();
		assertThat(remote).allMatch((job) -> job.city() == null);
		assertThat(remote).anyMatch((job) -> job.applicantCountries() != null
				&& job.applicantCountries().equals(List.of(job.country())));
		assertThat(remote).anyMatch((job) -> job.applicantCountries() == null);
		assertThat(this.jobs).filteredOn((job) -> !job.commuteType().equals("remote"))
			.allMatch((job) -> job.city() != null && job.applicantCountries() == null);
	}

	@Test
	void salariesFitLevelAndCountry() {
		assertThat(this.jobs).filteredOn((job) -> job.salaryMin() != null)
			.hasSizeGreaterThan(200)
			.allMatch((job) -> job.salaryMax().compareTo(job.salaryMin()) > 0 && job.salaryCurrency() != null);
		Map<String, Double> levelPay = Map.of("entry", 0.7, "mid", 1.0, "senior", 1.3, "lead", 1.6, "executive", 2.3);
		assertThat(this.jobs).filteredOn((job) -> "year".equals(job.salaryPeriod())).allSatisfy((job) -> {
			double expected = DemoWorld.field(job.field()).baseSalaryUsd()
					* DemoWorld.COUNTRY_BY_CODE.get(job.country()).salaryFactor() * levelPay.get(job.jobLevel());
			assertThat(job.salaryMin().doubleValue()).isBetween(expected * 0.87, expected * 1.13);
		});
		assertThat(this.jobs).filteredOn((job) -> job.jobLevel().equals("intern") && job.salaryPeriod() != null)
			.allMatch((job) -> job.salaryPeriod().equals("month"));
		assertThat(this.jobs).filteredOn((job) -> job.country().equals("GB") && job.salaryCurrency() != null)
			.allMatch((job) -> job.salaryCurrency().equals("GBP"));
	}

	@Test
	void datesFallInTheLastSixtyDays() {
		assertThat(this.jobs).allMatch((job) -> job.postedAt().isBefore(REFERENCE)
				&& job.postedAt().isAfter(REFERENCE.minus(Duration.ofDays(61))));
		assertThat(this.jobs).filteredOn((job) -> job.status().equals("open") && job.validThrough() != null)
			.allMatch((job) -> job.validThrough().isAfter(REFERENCE));
		assertThat(this.jobs).filteredOn((job) -> job.status().equals("closed"))
			.allMatch((job) -> job.validThrough().isBefore(REFERENCE));
	}

	@Test
	void descriptionsHaveParagraphsAndBulletListsSomeInHtml() {
		assertThat(this.jobs).allMatch((job) -> job.description().contains("<li>") || job.description().contains("\n- "));
		assertThat(this.jobs).anyMatch((job) -> job.description().startsWith("<p>"));
		assertThat(this.jobs).anyMatch((job) -> !job.description().contains("<"));
	}

	@Test
	void requirementsAndQuestionsAreNumberedInOrder() {
		assertThat(this.jobs).allMatch((job) -> job.requirements().stream().anyMatch((r) -> r.kind().equals("required"))
				&& job.requirements().stream().anyMatch((r) -> r.kind().equals("preferred")));
		assertThat(this.jobs).filteredOn((job) -> !job.questions().isEmpty()).hasSizeBetween(60, 160);
		for (DemoJob job : this.jobs) {
			for (int i = 0; i < job.requirements().size(); i++) {
				assertThat(job.requirements().get(i).position()).isEqualTo(i);
			}
			for (int i = 0; i < job.questions().size(); i++) {
				assertThat(job.questions().get(i).position()).isEqualTo(i);
				assertThat(job.questions().get(i).choices() != null)
					.isEqualTo(job.questions().get(i).answerType().equals("single_choice"));
			}
		}
	}

	@Test
	void applicationsCoverEveryStatusWithHistoryEndingInIt() {
		List<DemoApplication> applications = DemoCandidates.applications(this.jobs, REFERENCE);
		assertThat(applications.stream().map(DemoApplication::status).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(DemoCandidates.STATUSES);
		assertThat(applications.stream().map(DemoApplication::candidateId).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(DemoCandidates.ADA, DemoCandidates.GRACE, DemoCandidates.MARY, DemoCandidates.LUCA);
		for (DemoApplication application : applications) {
			assertThat(application.history().get(0).fromStatus()).isNull();
			assertThat(application.history().get(application.history().size() - 1).toStatus())
				.isEqualTo(application.status());
			assertThat(application.updatedAt()).isBefore(REFERENCE);
		}
	}

	@Test
	void applicationsWhenNoJobsThenNone() {
		assertThat(DemoCandidates.applications(List.of(), REFERENCE)).isEmpty();
	}

	@Test
	void companiesAreFortyWithExampleWebsites() {
		assertThat(DemoJobGenerator.companies()).hasSize(40)
			.allMatch((company) -> company.website().endsWith(".example"));
	}

	private Set<String> values(java.util.function.Function<DemoJob, String> value) {
		return this.jobs.stream().map(value).collect(Collectors.toSet());
	}

	private static DemoJob withoutDates(DemoJob job) {
		return new DemoJob(job.identifier(), job.companyIdentifier(), job.field(), job.title(), job.description(),
				job.employmentType(), job.city(), job.region(), job.country(), job.applicantCountries(),
				job.commuteType(), job.jobLevel(), job.salaryMin(), job.salaryMax(), job.salaryCurrency(),
				job.salaryPeriod(), REFERENCE, null, job.status(), job.requirements(), job.questions());
	}

}
