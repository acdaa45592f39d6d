package network.applicant.gpt.gateway.devsignin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of the dev sign-in pages: plain server-rendered forms that work without
 * JavaScript, with labelled fields, a visible focus ring and text that meets WCAG AA
 * contrast. The only style is one inline block whose hash the Content-Security-Policy
 * allows; nothing else may load, and no page may frame it.
 */
final class DevSignInPage {

	private static final String STYLE = """
			body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}
			main{max-width:24rem;margin:3rem auto;padding:0 1rem}
			h1{font-size:1.5rem}
			label{display:block;font-weight:600;margin-top:1rem}
			input{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #595959;border-radius:4px}
			button{margin-top:1.5rem;font:inherit;font-weight:600;padding:.6rem 1.2rem;color:#fff;background:#0b57d0;border:0;border-radius:4px;cursor:pointer}
			:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
			.note{color:#4a4a4a;font-size:.9rem}
			.error{color:#a50e0e;border:1px solid #a50e0e;padding:.5rem;border-radius:4px}
			""";

	/** The Content-Security-Policy of every dev sign-in page. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(STYLE)
			+ "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	private DevSignInPage() {
	}

	/**
	 * @param csrfToken the form's CSRF token
	 * @param redirectUrl where to go afterwards, or {@code null}
	 * @param email the email to prefill, or {@code null}
	 * @param error a message to show, or {@code null}
	 * @return the sign-in form
	 */
	static String form(String csrfToken, @Nullable String redirectUrl, @Nullable String email, @Nullable String error) {
		StringBuilder html = new StringBuilder();
		html.append(head("Sign in"));
		html.append("<h1>Sign in</h1>\n");
		html.append("<p class=\"note\">Development sign-in standing in for Clerk. Demo candidates use the password")
			.append(" given in the project README.</p>\n");
		if (error != null) {
			html.append("<p class=\"error\" id=\"sign-in-error\" role=\"alert\">").append(escape(error)).append("</p>\n");
		}
		String described = (error != null) ? " aria-describedby=\"sign-in-error\"" : "";
		html.append("<form method=\"post\" action=\"/dev/sign-in\">\n");
		html.append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrfToken)).append("\">\n");
		if (redirectUrl != null) {
			html.append("<input type=\"hidden\" name=\"redirect_url\" value=\"").append(escape(redirectUrl)).append("\">\n");
		}
		html.append("<label for=\"email\">Email</label>\n");
		html.append("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required autofocus")
			.append(described)
			.append(" value=\"")
			.append(escape((email != null) ? email : ""))
			.append("\">\n");
		html.append("<label for=\"password\">Password</label>\n");
		html.append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required")
			.append(described)
			.append(">\n");
		html.append("<button type=\"submit\">Sign in</button>\n");
		html.append("</form>\n");
		return html.append(foot()).toString();
	}

	/**
	 * @param title the page title and heading
	 * @param message the text
	 * @return a page with a message and a link back to the sign-in form
	 */
	static String message(String title, String message) {
		return head(title) + "<h1>" + escape(title) + "</h1>\n<p>" + escape(message)
				+ "</p>\n<p><a href=\"/dev/sign-in\">Sign in</a></p>\n" + foot();
	}

	private static String head(String title) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
				+ " · Applicant.Network (development)</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n";
	}

	private static String foot() {
		return "</main>\n</body>\n</html>\n";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
