package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeParserTests {

	private final ResumeParser parser = new ResumeParser();

	@Test
	void parseWhenHeadingsThenSections() {
		ParsedResume resume = this.parser.parse(TextNormalizer.normalize(TestResumes.ENGINEER));

		assertThat(resume.sections()).contains(Section.HEADER, Section.SUMMARY, Section.EXPERIENCE, Section.SKILLS,
				Section.EDUCATION);
		assertThat(resume.linesOf(Section.SKILLS)).anySatisfy((l) -> assertThat(l).startsWith("Java, Kotlin"));
	}

	@Test
	void parseWhenRolesThenTitleEmployerDatesAndBullets() {
		ParsedResume resume = this.parser.parse(TextNormalizer.normalize(TestResumes.ENGINEER));

		assertThat(resume.roles()).hasSize(3);
		Role current = resume.roles().get(0);
		assertThat(current.title()).isEqualTo("Senior Software Engineer");
		assertThat(current.employer()).isEqualTo("Analytical Engines Ltd");
		assertThat(current.start()).isEqualTo(YearMonth.of(2019, 3));
		assertThat(current.isCurrent()).isTrue();
		assertThat(current.bullets()).hasSize(3);
		assertThat(current.bullets().get(0)).endsWith("cutting invoice errors by 80%.");
		assertThat(resume.roles().get(1).end()).isEqualTo(YearMonth.of(2019, 2));
	}

	@Test
	void parseWhenDatesOnTheirOwnLineThenTitleFromLineAbove() {
		String text = """
				EXPERIENCE
				Senior Staff Nurse (Band 6), Intensive Care Unit, Manchester Royal Infirmary
				April 2020 to present
				- Care for ventilated patients.
				Staff Nurse (Band 5), Emergency Department, Salford Royal Hospital
				09/2016 – 03/2020
				- Triage and resuscitation.
				Healthcare Assistant, Kingston Community Care
				2013 - 2016
				Accounting Intern, Venetian Traders Inc. — Summer 2016
				""";

		ParsedResume resume = this.parser.parse(text);

		assertThat(resume.roles()).extracting(Role::title)
			.containsExactly("Senior Staff Nurse (Band 6)", "Staff Nurse (Band 5)", "Healthcare Assistant",
					"Accounting Intern");
		assertThat(resume.roles().get(0).bullets()).containsExactly("Care for ventilated patients.");
		assertThat(resume.roles().get(1).start()).isEqualTo(YearMonth.of(2016, 9));
		assertThat(resume.roles().get(2).start()).isEqualTo(YearMonth.of(2013, 1));
		assertThat(resume.roles().get(2).end()).isEqualTo(YearMonth.of(2016, 12));
		assertThat(resume.roles().get(3).start()).isEqualTo(YearMonth.of(2016, 6));
		assertThat(resume.roles().get(3).end()).isEqualTo(YearMonth.of(2016, 8));
	}

	@Test
	void parseWhenEducationHasDatesThenNotARole() {
		ParsedResume resume = this.parser.parse(TextNormalizer.normalize(TestResumes.ENGINEER));

		assertThat(resume.roles()).noneSatisfy((r) -> assertThat(r.title()).contains("BSc"));
	}

	@Test
	void headingWhenVariantsThenSection() {
		assertThat(ResumeParser.heading("Work Experience")).isEqualTo(Section.EXPERIENCE);
		assertThat(ResumeParser.heading("EDUCATION AND REGISTRATION")).isEqualTo(Section.EDUCATION);
		assertThat(ResumeParser.heading("Licenses & Certifications:")).isEqualTo(Section.CERTIFICATIONS);
		assertThat(ResumeParser.heading("Technical Skills")).isEqualTo(Section.SKILLS);
		assertThat(ResumeParser.heading("Senior software engineer with eleven years of experience")).isNull();
	}

}
