package network.applicant.gpt.config.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The request id that ties one public request's log lines, responses and audit events
 * together across the gateway and the services.
 *
 * <p>The gateway accepts a caller's {@value #HEADER} only when it looks like an id
 * (so a caller cannot inject log lines or huge values) and generates one otherwise;
 * services take the gateway's.
 */
public final class RequestIds {

	/** The HTTP header that carries the request id. */
	public static final String HEADER = "X-Request-Id";

	/** The MDC key, and so the JSON log field, that carries the request id. */
	public static final String MDC_KEY = "request_id";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

	private RequestIds() {
	}

	/**
	 * @param candidate a presented request id, or {@code null}
	 * @return whether it is safe to adopt as the request id
	 */
	public static boolean isValid(@Nullable String candidate) {
		return candidate != null && VALID.matcher(candidate).matches();
	}

	/** @return a new random request id */
	public static String generate() {
		return UUID.randomUUID().toString();
	}

	/**
	 * The request id of the request the calling thread is serving, as {@code RequestIdFilter}
	 * put it into the logging context; for audit events built deep in a service.
	 * @return the current request id, or {@code null} outside a request
	 */
	public static @Nullable String current() {
		String id = MDC.get(MDC_KEY);
		return isValid(id) ? id : null;
	}

	/**
	 * @param presented a presented request id, or {@code null}
	 * @return the presented id when valid, otherwise a new one
	 */
	public static String adoptOrGenerate(@Nullable String presented) {
		return isValid(presented) ? presented : generate();
	}

}
