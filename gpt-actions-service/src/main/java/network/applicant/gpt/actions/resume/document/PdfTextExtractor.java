package network.applicant.gpt.actions.resume.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF with PDFBox, page by page, in reading order, including
 * two-column layouts.
 *
 * <p>PDF text comes as positioned glyphs; the order in the file is often not reading
 * order, and sorting by position alone interleaves the two columns of a two-column resume
 * line by line ("Senior Engineer Java, Kotlin, SQL"). So this class builds lines from glyph
 * positions, splits each line at wide gaps into segments, and looks for a vertical gutter:
 * an x position in the middle of the page that (almost) no segment crosses, with a good
 * share of text on both sides. When there is one, the page is read column by column
 * (full-width lines at the top, such as the name, first); otherwise line by line. A date
 * pushed to the right margin does not make a column: the right side must hold at least a
 * quarter of the page's segments.
 *
 * <p>Only text is read. PDFBox does not run JavaScript, and nothing here renders pages,
 * opens attachments or follows links.
 */
final class PdfTextExtractor {

	private final int maxPages;

	PdfTextExtractor(int maxPages) {
		this.maxPages = maxPages;
	}

	String extract(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
			GlyphCollector collector = new GlyphCollector();
			collector.setStartPage(1);
			collector.setEndPage(Math.min(document.getNumberOfPages(), this.maxPages));
			collector.getText(document);
			return collector.text.toString();
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableDocumentException("The PDF is password-protected. Remove the password (print or export"
					+ " it again without one), or paste the resume text.");
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocumentException("The PDF could not be read; it may be damaged. Export it again from"
					+ " your editor, attach a DOCX, or paste the resume text.");
		}
	}

	record Glyph(float x, float y, float width, float height, String text) {

		float end() {
			return this.x + this.width;
		}
	}

	record Segment(float start, float end, String text) {
	}

	record Line(float y, List<Segment> segments) {

		float start() {
			return this.segments.get(0).start();
		}

		float end() {
			return this.segments.get(this.segments.size() - 1).end();
		}
	}

	private static final class GlyphCollector extends PDFTextStripper {

		final StringBuilder text = new StringBuilder();

		private final List<Glyph> glyphs = new ArrayList<>();

		private float pageWidth;

		GlyphCollector() {
			setSortByPosition(false);
		}

		@Override
		protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
			this.glyphs.clear();
			this.pageWidth = page.getCropBox().getWidth();
			super.startPage(page);
		}

		@Override
		protected void processTextPosition(TextPosition position) {
			String unicode = position.getUnicode();
			if (unicode == null || unicode.isBlank()) {
				return;
			}
			float width = position.getWidthDirAdj();
			float height = Math.max(position.getHeightDir(), 1f);
			if (width <= 0) {
				width = Math.max(position.getFontSizeInPt() * 0.5f, 1f);
			}
			this.glyphs.add(new Glyph(position.getXDirAdj(), position.getYDirAdj(), width, height, unicode));
		}

		@Override
		protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
			this.text.append(layout(this.glyphs, this.pageWidth)).append('\n');
			super.endPage(page);
		}

	}

	static String layout(List<Glyph> glyphs, float pageWidth) {
		List<Line> lines = lines(glyphs);
		if (lines.isEmpty()) {
			return "";
		}
		Float gutter = gutter(lines, pageWidth);
		StringBuilder out = new StringBuilder();
		if (gutter == null) {
			lines.forEach((line) -> out.append(join(line.segments())).append('\n'));
			return out.toString();
		}
		List<String> header = new ArrayList<>();
		List<String> left = new ArrayList<>();
		List<String> right = new ArrayList<>();
		List<String> footer = new ArrayList<>();
		boolean columnsStarted = false;
		for (Line line : lines) {
			List<Segment> l = new ArrayList<>();
			List<Segment> r = new ArrayList<>();
			boolean spans = false;
			for (Segment segment : line.segments()) {
				if (segment.start() < gutter && segment.end() > gutter) {
					spans = true;
				}
				(segment.end() <= gutter ? l : r).add(segment);
			}
			if (spans) {
				(columnsStarted ? footer : header).add(join(line.segments()));
				continue;
			}
			columnsStarted = true;
			if (!l.isEmpty()) {
				left.add(join(l));
			}
			if (!r.isEmpty()) {
				right.add(join(r));
			}
		}
		for (List<String> part : List.of(header, left, right, footer)) {
			part.forEach((line) -> out.append(line).append('\n'));
			if (!part.isEmpty()) {
				out.append('\n');
			}
		}
		return out.toString();
	}

	private static List<Line> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<List<Glyph>> rows = new ArrayList<>();
		List<Glyph> row = new ArrayList<>();
		float rowY = Float.NaN;
		for (Glyph glyph : sorted) {
			if (!row.isEmpty() && Math.abs(glyph.y() - rowY) > Math.max(2f, glyph.height() * 0.4f)) {
				rows.add(row);
				row = new ArrayList<>();
			}
			if (row.isEmpty()) {
				rowY = glyph.y();
			}
			row.add(glyph);
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		List<Line> lines = new ArrayList<>();
		for (List<Glyph> cells : rows) {
			cells.sort(Comparator.comparingDouble(Glyph::x));
			List<Segment> segments = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			float start = cells.get(0).x();
			float end = cells.get(0).end();
			text.append(cells.get(0).text());
			for (int i = 1; i < cells.size(); i++) {
				Glyph glyph = cells.get(i);
				float gap = glyph.x() - end;
				float size = glyph.height();
				if (gap > size * 2.0f) {
					segments.add(new Segment(start, end, text.toString()));
					text.setLength(0);
					start = glyph.x();
				}
				else if (gap > size * 0.15f) {
					text.append(' ');
				}
				text.append(glyph.text());
				end = Math.max(end, glyph.end());
			}
			segments.add(new Segment(start, end, text.toString()));
			lines.add(new Line(cells.get(0).y(), segments));
		}
		return lines;
	}

	/** @return the x of the gutter between two columns, or {@code null} for a single-column page */
	static Float gutter(List<Line> lines, float pageWidth) {
		int total = lines.stream().mapToInt((l) -> l.segments().size()).sum();
		int allowed = Math.max(1, lines.size() / 10);
		float bestStart = -1;
		float bestWidth = 0;
		float runStart = -1;
		for (float x = pageWidth * 0.2f; x <= pageWidth * 0.8f; x += 1f) {
			int crossing = 0;
			for (Line line : lines) {
				for (Segment segment : line.segments()) {
					if (segment.start() < x && segment.end() > x) {
						crossing++;
					}
				}
			}
			if (crossing <= allowed) {
				if (runStart < 0) {
					runStart = x;
				}
				if (x - runStart > bestWidth) {
					bestWidth = x - runStart;
					bestStart = runStart;
				}
			}
			else {
				runStart = -1;
			}
		}
		if (bestStart < 0 || bestWidth < 6f) {
			return null;
		}
		float gutter = bestStart + bestWidth / 2;
		int left = 0;
		int right = 0;
		for (Line line : lines) {
			for (Segment segment : line.segments()) {
				if (segment.end() <= gutter) {
					left++;
				}
				else if (segment.start() >= gutter) {
					right++;
				}
			}
		}
		int minimum = Math.max(5, total / 4);
		return (left >= minimum && right >= minimum) ? gutter : null;
	}

	private static String join(List<Segment> segments) {
		StringBuilder text = new StringBuilder();
		for (Segment segment : segments) {
			if (!text.isEmpty()) {
				text.append("   ");
			}
			text.append(segment.text());
		}
		return text.toString();
	}

}
