package network.applicant.gpt.actions.resume.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Generates the PDF and DOCX resumes the parsing tests and the API tests use.
 */
public final class TestDocuments {

	private TestDocuments() {
	}

	/** The left column of the two-column resume: experience. */
	public static final List<String> LEFT = List.of("EXPERIENCE",
			"Senior Software Engineer, Analytical Engines Ltd — March 2019 to present",
			"- Led the billing platform redesign in Java and PostgreSQL.", "- Ran the move to Kubernetes on AWS.",
			"Software Engineer, Difference Systems — June 2015 to February 2019",
			"- Built REST APIs in Java and Spring for logistics planning.", "- Owned the CI pipeline and code review.");

	/** The right column: skills and education. */
	public static final List<String> RIGHT = List.of("SKILLS", "Java, Kotlin, SQL", "PostgreSQL, Kafka", "Kubernetes, AWS",
			"Terraform, Git", "", "EDUCATION", "BSc Mathematics", "University of London, 2013");

	/** A single-column resume, one entry per line. */
	public static final List<String> SINGLE = List.of("Ada Lovelace", "London, United Kingdom", "", "SUMMARY",
			"Senior software engineer with eleven years of experience building backend systems.", "", "EXPERIENCE",
			"Senior Software Engineer, Analytical Engines Ltd — March 2019 to present",
			"- Led the billing platform redesign in Java and PostgreSQL.", "- Ran the move to Kubernetes on AWS.",
			"Software Engineer, Difference Systems — June 2015 to February 2019",
			"- Built REST APIs in Java and Spring for logistics planning.", "", "SKILLS",
			"Java, Kotlin, SQL, PostgreSQL, Kafka, Kubernetes, AWS, Terraform, Git", "", "EDUCATION",
			"BSc Mathematics, University of London, 2013");

	private static PDType1Font font() {
		return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	}

	/** @return a one-page, single-column PDF with a text layer */
	public static byte[] singleColumnPdf() {
		return pdf((document) -> {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				write(content, SINGLE, 50, 790);
			}
		});
	}

	/**
	 * A two-column page: name across the top, experience on the left, skills and education on
	 * the right, written line by line across both columns (as many generators do).
	 * @param pages number of pages (each repeats the layout)
	 * @return the PDF
	 */
	public static byte[] twoColumnPdf(int pages) {
		return pdf((document) -> {
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					write(content, List.of("Ada Lovelace - London, United Kingdom - Senior Software Engineer"), 40, 800);
					float y = 770;
					for (int repeat = 0; repeat < ((pages > 1) ? 3 : 1); repeat++) {
						for (int row = 0; row < Math.max(LEFT.size(), RIGHT.size()); row++) {
							if (row < LEFT.size()) {
								write(content, List.of(shorten(LEFT.get(row))), 40, y);
							}
							if (row < RIGHT.size() && !RIGHT.get(row).isEmpty()) {
								write(content, List.of(RIGHT.get(row)), 370, y);
							}
							y -= 14;
						}
						y -= 14;
					}
				}
			}
		});
	}

	private static String shorten(String line) {
		// keep the left column clear of the right one at x = 370
		return line.replace("Analytical Engines Ltd", "Analytical Engines").replace("Difference Systems", "Difference");
	}

	/** @return a PDF whose only page is an image: no text layer (a scan) */
	public static byte[] imageOnlyPdf() {
		return pdf((document) -> {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, 200, 100);
			graphics.setColor(Color.BLACK);
			graphics.drawString("Ada Lovelace, Senior Engineer", 10, 50);
			graphics.dispose();
			PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(xobject, 50, 500, 400, 200);
			}
		});
	}

	/** @return a single-column PDF that needs a password to open */
	public static byte[] passwordProtectedPdf() {
		return pdf((document) -> {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				write(content, SINGLE, 50, 790);
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		});
	}

	/** @return a DOCX with paragraphs, list bullets and headings in one column */
	public static byte[] singleColumnDocx() {
		return docx((document) -> {
			for (String line : SINGLE) {
				document.createParagraph().createRun().setText(line);
			}
		});
	}

	/** @return a DOCX laid out as a one-row, two-cell table: experience left, skills right */
	public static byte[] twoColumnDocx() {
		return docx((document) -> {
			document.createParagraph().createRun().setText("Ada Lovelace, London, United Kingdom");
			XWPFTable table = document.createTable(1, 2);
			fill(table.getRow(0).getCell(0), LEFT);
			fill(table.getRow(0).getCell(1), RIGHT);
		});
	}

	/** @return a DOCX without any text */
	public static byte[] emptyDocx() {
		return docx((document) -> document.createParagraph());
	}

	private static void fill(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, List<String> lines) {
		cell.getParagraphs().get(0).createRun().setText(lines.get(0));
		for (String line : lines.subList(1, lines.size())) {
			cell.addParagraph().createRun().setText(line);
		}
	}

	private static void write(PDPageContentStream content, List<String> lines, float x, float y) throws IOException {
		content.beginText();
		content.setFont(font(), 9);
		content.setLeading(13);
		content.newLineAtOffset(x, y);
		for (String line : lines) {
			content.showText(line.replace("—", "-"));
			content.newLine();
		}
		content.endText();
	}

	interface PdfWriter {

		void write(PDDocument document) throws IOException;

	}

	interface DocxWriter {

		void write(XWPFDocument document) throws IOException;

	}

	private static byte[] pdf(PdfWriter writer) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			writer.write(document);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] docx(DocxWriter writer) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			writer.write(document);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
