package network.applicant.gpt.actions.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import network.applicant.gpt.actions.system.ActionsApi;

/**
 * {@code GET /api/v1/gpt/privacy}: the privacy policy page, public (listed in the security
 * wiring's public paths), rendered once at start-up from {@code privacy/privacy.html}.
 * It may not be framed, runs no script and loads nothing from elsewhere.
 */
@RestController
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyController {

	static final String PATH = ActionsApi.PREFIX + "/privacy";

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	private final String page;

	PrivacyController(PrivacyProperties properties,
			@Value("${applicant.actions.apply.confirmation-ttl:15m}") Duration confirmationTtl) throws IOException {
		try (InputStream in = new ClassPathResource("privacy/privacy.html").getInputStream()) {
			this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8)
				.replace("{{contact_email}}", HtmlUtils.htmlEscape(properties.contactEmail()))
				.replace("{{confirmation_minutes}}", Long.toString(confirmationTtl.toMinutes()));
		}
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> privacy() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.header("X-Frame-Options", "DENY")
			.body(this.page);
	}

}
