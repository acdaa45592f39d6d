package network.applicant.gpt.actions.importing;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.actions.system.RequestBodies;
import network.applicant.gpt.config.problem.ApiException;

/**
 * {@code POST /admin/jobs/import}: schema.org {@code JobPosting} JSON as an array
 * ({@code application/json}) or one object per line ({@code application/x-ndjson}).
 * Answers 200 with a result per posting, also when some failed.
 */
@RestController
class JobImportController {

	static final String PATH = "/admin/jobs/import";

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private final JobImporter importer;

	private final ImportProperties properties;

	JobImportController(JobImporter importer, ImportProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> importJobs(HttpServletRequest request) throws IOException {
		MediaType type = contentType(request);
		byte[] body = RequestBodies.read(request, this.properties.maxBodySize());
		return NDJSON.equalsTypeAndSubtype(type) ? this.importer.importNdjson(body) : this.importer.importJson(body);
	}

	private static MediaType contentType(HttpServletRequest request) {
		List<MediaType> allowed = List.of(MediaType.APPLICATION_JSON, NDJSON);
		try {
			MediaType type = MediaType.parseMediaType(request.getContentType());
			if (allowed.stream().anyMatch(type::equalsTypeAndSubtype)) {
				return type;
			}
		}
		catch (RuntimeException ex) {
			// missing or malformed: answered below
		}
		throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Unsupported media type",
				"Send the postings as application/json (an array) or application/x-ndjson (one object per line).",
				Map.of("allowed", List.of("application/json", "application/x-ndjson")), HttpHeaders.EMPTY);
	}

}
