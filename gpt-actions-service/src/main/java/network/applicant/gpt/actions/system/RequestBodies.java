package network.applicant.gpt.actions.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import network.applicant.gpt.config.problem.ApiException;

/**
 * Reads a request body up to a limit, refusing a larger one with 413
 * {@code payload_too_large} before it has been read whole.
 *
 * <p>Not a streaming parser: the bytes up to the limit are held in memory, so the limit is
 * also the memory a request may take. A declared {@code Content-Length} above the limit is
 * refused before a single byte is read; a body without one (chunked) is read until the
 * limit is passed.
 *
 * <pre>{@code
 * byte[] body = RequestBodies.read(request, DataSize.ofKilobytes(64));
 * }</pre>
 */
public final class RequestBodies {

	private RequestBodies() {
	}

	/**
	 * @param request the request whose body has not been read yet
	 * @param limit the largest body accepted
	 * @return the body, possibly empty
	 * @throws ApiException 413 {@code payload_too_large} when the body is larger than the limit
	 * @throws IOException when the body cannot be read
	 */
	public static byte[] read(HttpServletRequest request, DataSize limit) throws IOException {
		long max = limit.toBytes();
		long declared = request.getContentLengthLong();
		if (declared > max) {
			throw tooLarge(limit);
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream((declared > 0) ? (int) declared : 8192);
		try (InputStream in = request.getInputStream()) {
			byte[] buffer = new byte[8192];
			long total = 0;
			int read;
			while ((read = in.read(buffer)) != -1) {
				total += read;
				if (total > max) {
					throw tooLarge(limit);
				}
				body.write(buffer, 0, read);
			}
		}
		return body.toByteArray();
	}

	/**
	 * @param limit the limit that was passed
	 * @return the 413 problem, with the limit in bytes as {@code max_bytes}
	 */
	public static ApiException tooLarge(DataSize limit) {
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "Payload too large",
				"The request body is larger than " + describe(limit) + ".", Map.of("max_bytes", limit.toBytes()),
				HttpHeaders.EMPTY);
	}

	private static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes % 1024 == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

}
