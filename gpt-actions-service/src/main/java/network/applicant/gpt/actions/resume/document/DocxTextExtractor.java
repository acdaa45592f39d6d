package network.applicant.gpt.actions.resume.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of a DOCX with Apache POI: paragraphs in order, list paragraphs as
 * "- " bullets, tables row by row, and a one-row table (the common way to lay out two
 * columns in Word) column by column. Headers, footers, comments,
 * embedded objects and external links are ignored; POI parses the XML without external
 * entities and with zip-bomb limits.
 */
final class DocxTextExtractor {

	String extract(byte[] bytes) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				append(element, text);
			}
			return text.toString();
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException("The Word document could not be read; it may be damaged or"
					+ " password-protected. Save it again as DOCX or PDF without a password, or paste the resume text.");
		}
	}

	private static void append(IBodyElement element, StringBuilder text) {
		if (element instanceof XWPFParagraph paragraph) {
			String line = paragraph.getText();
			if (paragraph.getNumID() != null && !line.isBlank()) {
				text.append("- ");
			}
			text.append(line).append('\n');
		}
		else if (element instanceof XWPFTable table && table.getRows().size() > 1) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					cell.getBodyElements().forEach((inner) -> append(inner, text));
				}
			}
		}
		else if (element instanceof XWPFTable table) {
			// one row of cells side by side: a page laid out in columns
			int columns = table.getRows().stream().mapToInt((r) -> r.getTableCells().size()).max().orElse(0);
			for (int column = 0; column < columns; column++) {
				for (XWPFTableRow row : table.getRows()) {
					if (column < row.getTableCells().size()) {
						XWPFTableCell cell = row.getTableCells().get(column);
						cell.getBodyElements().forEach((inner) -> append(inner, text));
					}
				}
				text.append('\n');
			}
		}
	}

}
