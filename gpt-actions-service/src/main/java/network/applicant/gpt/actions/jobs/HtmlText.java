package network.applicant.gpt.actions.jobs;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a job description that may contain HTML into plain text a model can read.
 *
 * <p>Not a sanitiser for HTML output: the result is text, never markup. Script, style and
 * other non-content elements are dropped with their content, entities are decoded, block
 * elements become line breaks and list items start with {@code "- "}. Text without markup
 * only has its whitespace tidied.
 *
 * <pre>{@code
 * HtmlText.toPlainText("<p>Fish &amp; chips</p><ul><li>Fry</li></ul>"); // "Fish & chips\n\n- Fry"
 * }</pre>
 */
public final class HtmlText {

	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

	private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
			"embed", "svg", "math", "head", "title", "button", "select", "textarea", "form", "canvas");

	private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "header", "footer",
			"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "dl", "main", "aside");

	private static final Set<String> LINES = Set.of("li", "br", "tr", "dt", "dd", "hr");

	private HtmlText() {
	}

	/**
	 * @param text plain text or an HTML fragment or document
	 * @return the plain text: lines trimmed, runs of spaces collapsed, at most one empty line
	 * between paragraphs, no leading or trailing blank lines
	 */
	public static String toPlainText(String text) {
		if (!MARKUP.matcher(text).find()) {
			return tidy(text);
		}
		Document document = Jsoup.parse(text);
		document.select(String.join(",", DROPPED)).remove();
		StringBuilder out = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					out.append(textNode.getWholeText().replaceAll("\\s+", " "));
				}
				else if (node instanceof Element element) {
					String tag = element.normalName();
					if (PARAGRAPHS.contains(tag)) {
						out.append("\n\n");
					}
					else if (tag.equals("li")) {
						out.append("\n- ");
					}
					else if (LINES.contains(tag)) {
						out.append('\n');
					}
					else if (tag.equals("td") || tag.equals("th")) {
						out.append(' ');
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					String tag = element.normalName();
					if (PARAGRAPHS.contains(tag)) {
						out.append("\n\n");
					}
					else if (LINES.contains(tag) && !tag.equals("br") && !tag.equals("li")) {
						out.append('\n');
					}
				}
			}

		}, document.body());
		return tidy(out.toString());
	}

	private static String tidy(String text) {
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n", -1);
		StringBuilder out = new StringBuilder(text.length());
		boolean blank = false;
		for (String line : lines) {
			String trimmed = line.replaceAll("[ \\t\\f\\u000B]+", " ").strip();
			if (trimmed.isEmpty() || trimmed.equals("-")) {
				blank = out.length() > 0;
				continue;
			}
			if (out.length() > 0) {
				out.append(blank ? "\n\n" : "\n");
			}
			out.append(trimmed);
			blank = false;
		}
		return out.toString();
	}

}
