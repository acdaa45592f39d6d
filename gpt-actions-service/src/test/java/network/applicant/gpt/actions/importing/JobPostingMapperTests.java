package network.applicant.gpt.actions.importing;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import network.applicant.gpt.actions.importing.JobPostingMapper.PostingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JobPostingMapperTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ImportedJob map(String json) {
		return JobPostingMapper.map(JSON.readTree(json));
	}

	private static String minimal(String extra) {
		return """
				{"@type": "JobPosting", "identifier": "job-1", "title": "Accountant", "description": "<p>Books.</p>",
				 "hiringOrganization": {"name": "Acme"}%s}""".formatted(extra);
	}

	private static void assertRefused(String json, String code, String... fragments) {
		assertThatExceptionOfType(PostingException.class).isThrownBy(() -> map(json)).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.getMessage()).contains(fragments);
		});
	}

	@Test
	void mapWhenEveryFieldPresentThenEveryColumn() {
		ImportedJob job = map("""
				{"@context": "https://schema.org/", "@type": "JobPosting",
				 "identifier": {"@type": "PropertyValue", "name": "Acme", "value": "ACME-42"},
				 "title": "Backend Engineer", "description": "<p>Build <b>APIs</b>.</p>",
				 "datePosted": "2026-03-01", "validThrough": "2026-04-30T23:59:00+02:00",
				 "employmentType": ["PART_TIME", "CONTRACTOR"],
				 "hiringOrganization": {"@type": "Organization", "name": "Acme Ltd", "sameAs": "https://www.Acme.example/"},
				 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin",
				     "addressRegion": "BE", "addressCountry": {"@type": "Country", "name": "Germany"}}},
				 "baseSalary": {"@type": "MonetaryAmount", "currency": "eur",
				     "value": {"@type": "QuantitativeValue", "minValue": 60000, "maxValue": "75,000", "unitText": "YEAR"}},
				 "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 36},
				 "skills": "Java, Spring, PostgreSQL",
				 "qualifications": ["Good English"],
				 "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"}}
				""");

		assertThat(job.identifier()).isEqualTo("ACME-42");
		assertThat(job.title()).isEqualTo("Backend Engineer");
		assertThat(job.description()).isEqualTo("<p>Build <b>APIs</b>.</p>");
		assertThat(job.postedAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
		assertThat(job.validThrough()).isEqualTo(Instant.parse("2026-04-30T21:59:00Z"));
		assertThat(job.employmentType()).isEqualTo("part_time");
		assertThat(job.company()).isEqualTo(new ImportedJob.Company("web:acme.example", "Acme Ltd", "https://www.Acme.example/"));
		assertThat(job.city()).isEqualTo("Berlin");
		assertThat(job.region()).isEqualTo("BE");
		assertThat(job.country()).isEqualTo("DE");
		assertThat(job.applicantCountries()).isNull();
		assertThat(job.commuteType()).isEqualTo("onsite");
		assertThat(job.jobLevel()).isEqualTo("mid");
		assertThat(job.salaryMin()).isEqualByComparingTo("60000");
		assertThat(job.salaryMax()).isEqualByComparingTo("75000");
		assertThat(job.salaryCurrency()).isEqualTo("EUR");
		assertThat(job.salaryPeriod()).isEqualTo("year");
		assertThat(job.requirements()).containsExactly("At least 3 years of experience", "Java", "Spring", "PostgreSQL",
				"Good English", "bachelor degree");
	}

	@Test
	void mapWhenOnlyRequiredFieldsThenDefaults() {
		ImportedJob job = map(minimal(""));

		assertThat(job.company()).isEqualTo(new ImportedJob.Company("name:acme", "Acme", null));
		assertThat(job.employmentType()).isEqualTo("full_time");
		assertThat(job.commuteType()).isEqualTo("onsite");
		assertThat(job.jobLevel()).isEqualTo("mid");
		assertThat(job.postedAt()).isNull();
		assertThat(job.salaryMin()).isNull();
		assertThat(job.requirements()).isEmpty();
	}

	@Test
	void mapWhenOrganizationHasIdentifierOrUrlThenStableCompanyKey() {
		assertThat(map(minimal("").replace("{\"name\": \"Acme\"}", "{\"name\": \"Acme\", \"identifier\": \"demo-company-01\"}"))
			.company().identifier()).isEqualTo("demo-company-01");
		assertThat(map(minimal("").replace("{\"name\": \"Acme\"}", "{\"name\": \"Acme\", \"url\": \"https://acme.example/jobs/\"}"))
			.company().identifier()).isEqualTo("web:acme.example/jobs");
	}

	@Test
	void mapWhenTelecommuteWithApplicantCountriesThenRemoteRestricted() {
		ImportedJob job = map(minimal("""
				, "jobLocationType": "TELECOMMUTE",
				 "applicantLocationRequirements": [{"@type": "Country", "name": "UK"}, {"@type": "Country", "name": "IRL"},
				   {"@type": "State", "name": "Ontario"}, {"@type": "State", "name": "Bavaria", "containedInPlace": {"@type": "Country", "name": "DE"}}]"""));

		assertThat(job.commuteType()).isEqualTo("remote");
		assertThat(job.applicantCountries()).containsExactly("GB", "IE", "CA", "DE");
	}

	@Test
	void mapWhenApplicantCountriesOnOnsiteJobThenIgnored() {
		ImportedJob job = map(minimal(", \"applicantLocationRequirements\": {\"@type\": \"Country\", \"name\": \"US\"}"));

		assertThat(job.applicantCountries()).isNull();
	}

	@Test
	void mapWhenUnknownStateThenRefused() {
		assertRefused(minimal(", \"jobLocationType\": \"TELECOMMUTE\", \"applicantLocationRequirements\": {\"@type\": \"State\", \"name\": \"Atlantis\"}"),
				"invalid_value", "applicantLocationRequirements", "Atlantis");
	}

	@Test
	void mapWhenExtensionsPresentThenTheyWin() {
		ImportedJob job = map(minimal(", \"workplaceType\": \"hybrid\", \"jobLevel\": \"Executive\", \"jobLocationType\": \"TELECOMMUTE\""));

		assertThat(job.commuteType()).isEqualTo("hybrid");
		assertThat(job.jobLevel()).isEqualTo("executive");
	}

	@Test
	void mapWhenExtensionValuesUnknownThenAllowedValuesListed() {
		assertRefused(minimal(", \"workplaceType\": \"MOON\""), "unknown_value", "ONSITE, HYBRID, REMOTE");
		assertRefused(minimal(", \"jobLevel\": \"guru\""), "unknown_value", "intern, entry, mid, senior, lead, executive");
		assertRefused(minimal(", \"employmentType\": \"GIG\""), "unknown_value", "FULL_TIME", "PER_DIEM");
	}

	@Test
	void inferCommuteTypeFromLocationTypeAndText() {
		assertThat(JobPostingMapper.inferCommuteType(null, true, "Engineer", "Work from anywhere")).isEqualTo("remote");
		assertThat(JobPostingMapper.inferCommuteType(null, true, "Engineer", "Hybrid: two days in the office")).isEqualTo("hybrid");
		assertThat(JobPostingMapper.inferCommuteType(null, false, "Engineer (Remote)", "On-site interviews")).isEqualTo("remote");
		assertThat(JobPostingMapper.inferCommuteType(null, false, "Engineer", "<p>This is a <b>hybrid</b> role.</p>")).isEqualTo("hybrid");
		assertThat(JobPostingMapper.inferCommuteType(null, false, "Engineer", "This is not remote; on-site in Leeds.")).isEqualTo("onsite");
		assertThat(JobPostingMapper.inferCommuteType(null, false, "Engineer", "Great team.")).isEqualTo("onsite");
		assertThat(JobPostingMapper.inferCommuteType("REMOTE", false, "Engineer", "on-site")).isEqualTo("remote");
	}

	@Test
	void inferJobLevelFromTitleThenEmploymentTypeThenExperience() {
		assertThat(JobPostingMapper.inferJobLevel("Summer Intern, Finance", "full_time", null)).isEqualTo("intern");
		assertThat(JobPostingMapper.inferJobLevel("Internal Auditor", "full_time", null)).isEqualTo("mid");
		assertThat(JobPostingMapper.inferJobLevel("Junior Developer", "full_time", 60)).isEqualTo("entry");
		assertThat(JobPostingMapper.inferJobLevel("Graduate Nurse", "full_time", null)).isEqualTo("entry");
		assertThat(JobPostingMapper.inferJobLevel("Sr. Data Analyst", "full_time", null)).isEqualTo("senior");
		assertThat(JobPostingMapper.inferJobLevel("Staff Engineer", "full_time", null)).isEqualTo("lead");
		assertThat(JobPostingMapper.inferJobLevel("Principal Designer", "full_time", null)).isEqualTo("lead");
		assertThat(JobPostingMapper.inferJobLevel("Tech Lead", "full_time", null)).isEqualTo("lead");
		assertThat(JobPostingMapper.inferJobLevel("Head of Sales", "full_time", null)).isEqualTo("executive");
		assertThat(JobPostingMapper.inferJobLevel("Director of Nursing", "full_time", null)).isEqualTo("executive");
		assertThat(JobPostingMapper.inferJobLevel("VP Engineering", "full_time", null)).isEqualTo("executive");
		assertThat(JobPostingMapper.inferJobLevel("Chief Financial Officer", "full_time", null)).isEqualTo("executive");
		assertThat(JobPostingMapper.inferJobLevel("Marketing Assistant", "internship", null)).isEqualTo("intern");
		assertThat(JobPostingMapper.inferJobLevel("Accountant", "full_time", 12)).isEqualTo("entry");
		assertThat(JobPostingMapper.inferJobLevel("Accountant", "full_time", 36)).isEqualTo("mid");
		assertThat(JobPostingMapper.inferJobLevel("Accountant", "full_time", 72)).isEqualTo("senior");
		assertThat(JobPostingMapper.inferJobLevel("Accountant", "full_time", 120)).isEqualTo("lead");
	}

	@Test
	void mapWhenExperienceIsTextThenRequirementAndMonthsForTheLevel() {
		ImportedJob job = map(minimal(", \"experienceRequirements\": \"5+ years in accounting\""));

		assertThat(job.requirements()).containsExactly("5+ years in accounting");
		assertThat(job.jobLevel()).isEqualTo("senior");
		assertThat(JobPostingMapper.monthsIn("at least 18 months")).isEqualTo(18);
		assertThat(JobPostingMapper.monthsIn("plenty")).isNull();
	}

	@Test
	void mapWhenSkillsAreAListOrHtmlThenOneRequirementEach() {
		ImportedJob job = map(minimal(", \"skills\": [\"Excel\", {\"@type\": \"DefinedTerm\", \"name\": \"IFRS\"}],"
				+ " \"qualifications\": \"<ul><li>ACCA or CPA</li><li>Audit &amp; tax</li></ul>\""));

		assertThat(job.requirements()).containsExactly("Excel", "IFRS", "ACCA or CPA", "Audit & tax");
	}

	@Test
	void mapWhenSalaryIsSingleValueOrHourlyThenBoth() {
		ImportedJob single = map(minimal(", \"baseSalary\": {\"currency\": \"USD\", \"value\": {\"value\": 40, \"unitText\": \"HOUR\"}}"));
		ImportedJob plain = map(minimal(", \"baseSalary\": {\"currency\": \"GBP\", \"value\": 3000, \"unitText\": \"month\"}"));

		assertThat(single.salaryMin()).isEqualByComparingTo(BigDecimal.valueOf(40));
		assertThat(single.salaryMax()).isEqualByComparingTo(BigDecimal.valueOf(40));
		assertThat(single.salaryPeriod()).isEqualTo("hour");
		assertThat(plain.salaryMin()).isEqualByComparingTo("3000");
		assertThat(plain.salaryPeriod()).isEqualTo("month");
	}

	@Test
	void mapWhenSalaryBadThenRefusedNamingTheMember() {
		assertRefused(minimal(", \"baseSalary\": {\"currency\": \"USD\", \"value\": {\"minValue\": 90, \"maxValue\": 50, \"unitText\": \"YEAR\"}}"),
				"invalid_value", "maxValue 50 is below minValue 90");
		assertRefused(minimal(", \"baseSalary\": {\"currency\": \"USD\", \"value\": {\"minValue\": -1, \"unitText\": \"YEAR\"}}"),
				"invalid_value", "baseSalary.value.minValue");
		assertRefused(minimal(", \"baseSalary\": {\"currency\": \"USD\", \"value\": {\"minValue\": 1, \"unitText\": \"FORTNIGHT\"}}"),
				"unknown_value", "HOUR, DAY, WEEK, MONTH, YEAR");
		assertRefused(minimal(", \"baseSalary\": {\"currency\": \"XYZ1\", \"value\": 5, \"unitText\": \"YEAR\"}"),
				"invalid_value", "ISO 4217");
		assertRefused(minimal(", \"baseSalary\": {\"value\": 5, \"unitText\": \"YEAR\"}"), "missing_field", "baseSalary.currency");
		assertRefused(minimal(", \"baseSalary\": {\"currency\": \"USD\", \"value\": \"lots\", \"unitText\": \"YEAR\"}"),
				"invalid_value", "must be a number");
	}

	@Test
	void mapWhenRequiredMissingOrInvalidThenRefused() {
		assertRefused(minimal("").replace("\"title\": \"Accountant\",", ""), "missing_field", "title");
		assertRefused(minimal("").replace("\"identifier\": \"job-1\",", ""), "missing_field", "identifier");
		assertRefused("{\"identifier\": \"x\", \"title\": \"T\", \"description\": \"D\"}", "missing_field", "hiringOrganization");
		assertRefused("[1]", "invalid_value", "JSON object");
		assertRefused(minimal(", \"datePosted\": \"yesterday\""), "invalid_value", "datePosted");
		assertRefused(minimal(", \"datePosted\": \"2026-03-02\", \"validThrough\": \"2026-03-01\""), "invalid_value", "validThrough");
	}

	@Test
	void mapWhenCountryUnknownThenRefused() {
		assertRefused(minimal(", \"jobLocation\": {\"address\": {\"addressCountry\": \"Atlantis\"}}"), "invalid_value",
				"jobLocation.address.addressCountry", "Atlantis");
		assertThat(map(minimal(", \"jobLocation\": [{\"address\": {\"addressCountry\": \"gb\"}}]")).country()).isEqualTo("GB");
		assertThat(map(minimal(", \"jobLocation\": {\"address\": {\"addressCountry\": \"United States\"}}")).country()).isEqualTo("US");
	}

	@Test
	void mapWhenDateTimeWithoutZoneThenUtc() {
		assertThat(map(minimal(", \"datePosted\": \"2026-03-01T10:15:00\"")).postedAt())
			.isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
	}

	@Test
	void mapWhenIdentifierIsANumberThenItsText() {
		JsonNode node = JSON.readTree(minimal("").replace("\"job-1\"", "42"));
		assertThat(JobPostingMapper.map(node).identifier()).isEqualTo("42");
	}

}
