package network.applicant.gpt.oauth.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import network.applicant.gpt.config.problem.ApiException;

/**
 * Guards the non-public admin endpoints ({@code /admin/**}, never routed by the gateway):
 * the caller must send {@code Authorization: Bearer <applicant.oauth.admin-key>}.
 *
 * <p>Not a user login: one shared operator key, compared in constant time. Without a
 * configured key every admin request is refused, so an admin endpoint is never open by
 * accident. Thread-safe.
 *
 * <pre>{@code
 * admin.require(request.getHeader(HttpHeaders.AUTHORIZATION)); // throws a 401 problem
 * }</pre>
 */
public final class AdminAuthorization {

	private static final String BEARER = "Bearer ";

	private final byte @Nullable [] key;

	/**
	 * @param adminKey the configured admin key, or {@code null} when admin endpoints are disabled
	 */
	public AdminAuthorization(@Nullable String adminKey) {
		this.key = (adminKey != null) ? adminKey.getBytes(StandardCharsets.UTF_8) : null;
	}

	/**
	 * @param authorization the {@code Authorization} header, or {@code null}
	 * @throws ApiException 401 {@code unauthorized} unless it carries the admin key
	 */
	public void require(@Nullable String authorization) {
		if (!isAdmin(authorization)) {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"applicant-oauth-admin\"");
			throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Admin key required",
					"Send Authorization: Bearer with the service's admin key.", java.util.Map.of(), headers);
		}
	}

	/**
	 * @param authorization the {@code Authorization} header, or {@code null}
	 * @return whether it is {@code Bearer <admin key>}
	 */
	public boolean isAdmin(@Nullable String authorization) {
		if (this.key == null || authorization == null
				|| !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(this.key, presented);
	}

	@Override
	public String toString() {
		return "AdminAuthorization[key=" + ((this.key != null) ? "<redacted>" : "<unset>") + "]";
	}

}
