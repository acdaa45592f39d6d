package network.applicant.gpt.actions.openapi;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.actions.system.ActionsApi;
import network.applicant.gpt.actions.system.ActionsProperties;

/**
 * Serves the OpenAPI document ChatGPT imports; a public path (no token needed).
 */
@RestController
@EnableConfigurationProperties(ActionsProperties.class)
class OpenApiController {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	private final String document;

	OpenApiController(ActionsProperties properties) {
		this.document = OpenApiDocument.standard().render(properties.base());
	}

	@GetMapping(ActionsApi.PREFIX + "/openapi.yaml")
	ResponseEntity<String> openapi() {
		return ResponseEntity.ok()
			.contentType(YAML)
			.cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
			.body(this.document);
	}

}
