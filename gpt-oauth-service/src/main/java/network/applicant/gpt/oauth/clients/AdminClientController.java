package network.applicant.gpt.oauth.clients;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.config.problem.ApiException;
import network.applicant.gpt.oauth.system.AdminAuthorization;

/**
 * The operators' endpoint for client secrets. Outside {@code /api/v1/gpt}, so the
 * gateway never routes it: reach it inside the cluster only (e.g. {@code kubectl
 * port-forward}), with {@code Authorization: Bearer <applicant.oauth.admin-key>}.
 */
@RestController
class AdminClientController {

	static final String ROTATE_PATH = "/admin/clients/{clientId}/secret";

	private final AdminAuthorization admin;

	private final ClientSecretRotation rotation;

	AdminClientController(AdminAuthorization admin, ClientSecretRotation rotation) {
		this.admin = admin;
		this.rotation = rotation;
	}

	@PostMapping(ROTATE_PATH)
	ResponseEntity<Map<String, Object>> rotate(@PathVariable String clientId,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		this.admin.require(authorization);
		ClientSecretRotation.Rotated rotated = this.rotation.rotate(clientId)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "client_not_found", "Client not found",
					"No confidential client has this id."));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("client_id", rotated.clientId());
		body.put("client_secret", rotated.secret());
		body.put("rotated_at", rotated.rotatedAt().toString());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache").body(body);
	}

}
