package network.applicant.gpt.actions.resume.analysis;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans text extracted from documents: ligatures and compatibility characters become
 * plain letters (NFKC turns "ﬁ" into "fi"), bullets of every shape become "- ", and
 * glyph junk (replacement characters, private-use glyphs, control characters, zero-width
 * characters, PDF "(cid:NN)" leftovers) is removed. Line structure is kept.
 */
public final class TextNormalizer {

	private static final Pattern CID = Pattern.compile("\\(cid:\\d+\\)");

	private static final Pattern JUNK = Pattern.compile("[\\uFFFD\\p{Co}\\p{Cs}\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*[•●▪■◦‣∙·○◆►▶✓✔➢➤\\*\\-–—][ \\t]*(?=\\S)");

	private static final Pattern SPACES = Pattern.compile("[\\t \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

	private TextNormalizer() {
	}

	/**
	 * @param text raw text
	 * @return the cleaned text, lines trimmed, runs of blank lines collapsed to one
	 */
	public static String normalize(String text) {
		String value = text.replace("\r\n", "\n").replace('\r', '\n');
		value = Normalizer.normalize(value, Normalizer.Form.NFKC);
		value = CID.matcher(value).replaceAll("");
		value = JUNK.matcher(value).replaceAll("");
		value = CONTROL.matcher(value).replaceAll(" ");
		value = SPACES.matcher(value).replaceAll(" ");
		value = BULLET.matcher(value).replaceAll("- ");
		StringBuilder out = new StringBuilder(value.length());
		boolean blank = false;
		for (String line : value.split("\n", -1)) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				if (!blank && !out.isEmpty()) {
					out.append('\n');
				}
				blank = true;
				continue;
			}
			blank = false;
			out.append(trimmed).append('\n');
		}
		return out.toString().strip();
	}

	/**
	 * Whether a text is usable as a resume: enough letters and words, and not mostly junk.
	 * @param text normalized text
	 * @return whether it has usable text
	 */
	public static boolean hasUsableText(String text) {
		int letters = 0;
		int other = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
			}
			else if (!Character.isWhitespace(c) && !Character.isDigit(c) && ".,;:()-/&+#'\"@%".indexOf(c) < 0) {
				other++;
			}
		}
		long words = Pattern.compile("\\p{L}{2,}").matcher(text).results().count();
		return letters >= 80 && words >= 15 && other * 4 < letters;
	}

}
