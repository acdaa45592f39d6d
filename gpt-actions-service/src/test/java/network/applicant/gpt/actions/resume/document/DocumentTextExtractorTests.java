package network.applicant.gpt.actions.resume.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import network.applicant.gpt.actions.resume.analysis.ParsedResume;
import network.applicant.gpt.actions.resume.analysis.ResumeParser;
import network.applicant.gpt.actions.resume.analysis.Section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentTextExtractorTests {

	private final DocumentTextExtractor extractor = new DocumentTextExtractor(10);

	private final ResumeParser parser = new ResumeParser();

	@Test
	void extractWhenSingleColumnPdfThenSectionsAndRoles() {
		ParsedResume resume = this.parser.parse(this.extractor.extract(TestDocuments.singleColumnPdf()));

		assertThat(resume.sections()).contains(Section.SUMMARY, Section.EXPERIENCE, Section.SKILLS, Section.EDUCATION);
		assertThat(resume.roles()).extracting((r) -> r.title())
			.containsExactly("Senior Software Engineer", "Software Engineer");
		assertThat(resume.linesOf(Section.SKILLS)).anySatisfy((l) -> assertThat(l).contains("Kubernetes"));
	}

	@Test
	void extractWhenTwoColumnPdfThenColumnsReadOneAfterTheOther() {
		String text = this.extractor.extract(TestDocuments.twoColumnPdf(1));
		ParsedResume resume = this.parser.parse(text);

		assertThat(text).contains("- Led the billing platform redesign in Java and PostgreSQL.\n");
		assertThat(text.indexOf("Owned the CI pipeline")).isLessThan(text.indexOf("SKILLS"));
		assertThat(resume.roles()).hasSize(2);
		assertThat(resume.roles().get(0).bullets()).containsExactly("Led the billing platform redesign in Java and PostgreSQL.",
				"Ran the move to Kubernetes on AWS.");
		assertThat(resume.linesOf(Section.SKILLS)).contains("Java, Kotlin, SQL", "Terraform, Git");
		assertThat(resume.linesOf(Section.EDUCATION)).contains("BSc Mathematics");
	}

	@Test
	void extractWhenImageOnlyPdfThenUnreadable() {
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.extractor.extract(TestDocuments.imageOnlyPdf()))
			.withMessageContaining("no usable text layer")
			.withMessageContaining("paste the resume text");
	}

	@Test
	void extractWhenPasswordProtectedPdfThenUnreadable() {
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.extractor.extract(TestDocuments.passwordProtectedPdf()))
			.withMessageContaining("password-protected");
	}

	@Test
	void extractWhenCorruptPdfThenUnreadable() {
		byte[] corrupt = "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(UnreadableDocumentException.class).isThrownBy(() -> this.extractor.extract(corrupt));
	}

	@Test
	void extractWhenSingleColumnDocxThenSectionsAndRoles() {
		ParsedResume resume = this.parser.parse(this.extractor.extract(TestDocuments.singleColumnDocx()));

		assertThat(resume.sections()).contains(Section.SUMMARY, Section.EXPERIENCE, Section.SKILLS, Section.EDUCATION);
		assertThat(resume.roles()).hasSize(2);
	}

	@Test
	void extractWhenTwoColumnDocxThenColumnsReadOneAfterTheOther() {
		String text = this.extractor.extract(TestDocuments.twoColumnDocx());
		ParsedResume resume = this.parser.parse(text);

		assertThat(text.indexOf("Owned the CI pipeline")).isLessThan(text.indexOf("SKILLS"));
		assertThat(resume.roles()).hasSize(2);
		assertThat(resume.linesOf(Section.SKILLS)).contains("Java, Kotlin, SQL");
	}

	@Test
	void extractWhenEmptyDocxThenUnreadable() {
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.extractor.extract(TestDocuments.emptyDocx()))
			.withMessageContaining("no usable text");
	}

	@Test
	void extractWhenUnknownBinaryThenUnreadable() {
		assertThat(DocumentTextExtractor.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1 })).isNull();
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> this.extractor.extract(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1 }));
	}

}
