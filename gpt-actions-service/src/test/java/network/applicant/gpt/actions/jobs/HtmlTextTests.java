package network.applicant.gpt.actions.jobs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTests {

	@Test
	void toPlainTextWhenHtmlThenParagraphsListsAndEntitiesDecoded() {
		String html = "<p>Fish &amp; chips &lt;daily&gt;</p>\n<h3>What you&#39;ll do</h3><ul><li>Fry</li><li>Serve&nbsp;hot</li></ul>";

		assertThat(HtmlText.toPlainText(html)).isEqualTo("Fish & chips <daily>\n\nWhat you'll do\n\n- Fry\n- Serve hot");
	}

	@Test
	void toPlainTextWhenScriptStyleAndHandlersThenTheirContentIsDropped() {
		String html = "<style>p{color:red}</style><p onclick=\"steal()\">Hello<script>alert('x')</script></p>"
				+ "<noscript>enable js</noscript><iframe src=\"https://evil.example\">frame</iframe><p>World</p>";

		String text = HtmlText.toPlainText(html);

		assertThat(text).isEqualTo("Hello\n\nWorld");
		assertThat(text).doesNotContain("alert", "color", "steal", "enable js", "frame");
	}

	@Test
	void toPlainTextWhenPlainTextThenOnlyWhitespaceTidied() {
		assertThat(HtmlText.toPlainText("  About us.  \r\n\r\n\r\nWhat you'll do:\n- Build   things\n")).isEqualTo(
				"About us.\n\nWhat you'll do:\n- Build things");
	}

	@Test
	void toPlainTextWhenTextMentionsComparisonThenNotTreatedAsHtml() {
		assertThat(HtmlText.toPlainText("Teams of 5 < 10 people")).isEqualTo("Teams of 5 < 10 people");
	}

	@Test
	void toPlainTextWhenBreaksAndStrongThenLinesKept() {
		assertThat(HtmlText.toPlainText("Line one<br>Line <strong>two</strong>")).isEqualTo("Line one\nLine two");
	}

}
