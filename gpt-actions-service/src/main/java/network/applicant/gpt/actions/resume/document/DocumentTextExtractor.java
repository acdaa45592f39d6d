package network.applicant.gpt.actions.resume.document;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

import network.applicant.gpt.actions.resume.analysis.TextNormalizer;

/**
 * Turns a resume file into normalized plain text, choosing the reader by the file's first
 * bytes (never by its name or declared type alone).
 *
 * <p>Throws {@link UnreadableDocumentException} when there is no usable text, so that an
 * empty or scanned document never produces a score.
 */
public final class DocumentTextExtractor {

	/** The document kinds we read. */
	public enum Kind {

		PDF, DOCX, TEXT

	}

	private final PdfTextExtractor pdf;

	private final DocxTextExtractor docx = new DocxTextExtractor();

	/**
	 * @param maxPdfPages pages of a PDF that are read
	 */
	public DocumentTextExtractor(int maxPdfPages) {
		this.pdf = new PdfTextExtractor(maxPdfPages);
	}

	/**
	 * @param bytes the file
	 * @return its kind, or {@code null} when it is none we read
	 */
	public static @Nullable Kind sniff(byte[] bytes) {
		if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
			return Kind.PDF;
		}
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			return Kind.DOCX;
		}
		if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
			// OLE2: a legacy .doc or an encrypted (password-protected) Office file
			return null;
		}
		return (decodeText(bytes) != null) ? Kind.TEXT : null;
	}

	/**
	 * @param bytes the file
	 * @return the normalized text
	 * @throws UnreadableDocumentException when there is no usable text
	 */
	public String extract(byte[] bytes) {
		Kind kind = sniff(bytes);
		if (kind == null) {
			if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
				throw new UnreadableDocumentException("The file is a password-protected or legacy Word document that"
						+ " cannot be read. Remove the password or save it as DOCX or PDF, or paste the resume text.");
			}
			throw new UnreadableDocumentException(
					"The file is not a PDF, DOCX or plain-text resume. Attach a PDF or DOCX, or paste the resume text.");
		}
		String raw = switch (kind) {
			case PDF -> this.pdf.extract(bytes);
			case DOCX -> this.docx.extract(bytes);
			case TEXT -> java.util.Objects.requireNonNull(decodeText(bytes));
		};
		return usable(raw, kind);
	}

	/**
	 * @param raw extracted text
	 * @param kind where it came from
	 * @return normalized text
	 * @throws UnreadableDocumentException when there is no usable text
	 */
	public static String usable(String raw, Kind kind) {
		String text = TextNormalizer.normalize(raw);
		if (!TextNormalizer.hasUsableText(text)) {
			String what = switch (kind) {
				case PDF -> "The PDF has no usable text layer: it looks scanned, image-only or empty.";
				case DOCX -> "The Word document has no usable text.";
				case TEXT -> "The resume text is empty or too short to analyse.";
			};
			throw new UnreadableDocumentException(what + " Export the resume from your editor as a PDF with selectable"
					+ " text or as DOCX, or paste the resume text.");
		}
		return text;
	}

	private static @Nullable String decodeText(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			long controls = text.chars().filter((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
			return (controls * 100 > Math.max(1, text.length())) ? null : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
