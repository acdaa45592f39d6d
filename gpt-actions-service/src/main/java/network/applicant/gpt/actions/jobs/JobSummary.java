package network.applicant.gpt.actions.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A short summary of a posting for search results: the paragraph that describes the role
 * (the first one that names a word of the title, else the first paragraph), cut at a
 * sentence or word boundary.
 *
 * <p>Not an abstract of the whole posting; the details action returns the full text.
 */
final class JobSummary {

	/** The most characters a summary has, the ellipsis included. */
	static final int MAX_LENGTH = 300;

	private static final Set<String> WEAK_TITLE_WORDS = Set.of("senior", "junior", "lead", "staff", "principal",
			"head", "chief", "graduate", "associate", "assistant", "intern", "manager", "newly", "qualified");

	private JobSummary() {
	}

	/**
	 * @param title the job title
	 * @param plainText the description as plain text ({@link HtmlText})
	 * @return at most {@link #MAX_LENGTH} characters, on one line
	 */
	static String create(String title, String plainText) {
		List<String> paragraphs = Arrays.stream(plainText.split("\\n\\s*\\n"))
			.map((paragraph) -> paragraph.replaceAll("\\s+", " ").strip())
			.filter((paragraph) -> !paragraph.isEmpty() && !paragraph.startsWith("- ") && !paragraph.endsWith(":"))
			.toList();
		if (paragraphs.isEmpty()) {
			return shorten(plainText.replaceAll("\\s+", " ").strip());
		}
		List<String> titleWords = Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> word.length() >= 3 && !WEAK_TITLE_WORDS.contains(word))
			.toList();
		for (String paragraph : paragraphs.subList(0, Math.min(3, paragraphs.size()))) {
			String lower = paragraph.toLowerCase(Locale.ROOT);
			if (titleWords.stream().anyMatch(lower::contains)) {
				return shorten(paragraph);
			}
		}
		return shorten(paragraphs.get(0));
	}

	static String shorten(String text) {
		if (text.length() <= MAX_LENGTH) {
			return text;
		}
		String head = text.substring(0, MAX_LENGTH - 1);
		int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
		if (sentence >= MAX_LENGTH / 2) {
			return head.substring(0, sentence + 1);
		}
		int space = head.lastIndexOf(' ');
		String cut = (space >= MAX_LENGTH / 2) ? head.substring(0, space) : head;
		return cut.replaceAll("[\\s,;:.–-]+$", "") + "…";
	}

}
