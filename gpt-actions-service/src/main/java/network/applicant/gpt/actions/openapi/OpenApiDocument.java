package network.applicant.gpt.actions.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Actions API's OpenAPI document, rendered for one public base URL.
 *
 * <p>The document is written by hand ({@code actions-openapi.yaml} beside this class), so
 * that descriptions are worded for the model that reads them; tests parse it with an
 * independent parser, lint it against ChatGPT's rules and check it against the handlers
 * and their responses, which is what keeps it from drifting.
 */
public final class OpenApiDocument {

	static final String PLACEHOLDER = "${PUBLIC_BASE_URL}";

	private final String template;

	private OpenApiDocument(String template) {
		this.template = template;
	}

	/** @return the document shipped with the service */
	public static OpenApiDocument standard() {
		try (InputStream in = OpenApiDocument.class.getResourceAsStream("actions-openapi.yaml")) {
			if (in == null) {
				throw new IllegalStateException("actions-openapi.yaml is missing from the classpath");
			}
			return new OpenApiDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param publicBaseUrl the platform's public base URL, without a trailing slash
	 * @return the YAML document with its server and OAuth URLs under that base
	 */
	public String render(String publicBaseUrl) {
		return this.template.replace(PLACEHOLDER, publicBaseUrl);
	}

}
