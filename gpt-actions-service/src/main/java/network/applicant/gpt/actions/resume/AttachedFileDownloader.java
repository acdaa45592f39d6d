package network.applicant.gpt.actions.resume;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import network.applicant.gpt.config.problem.ApiException;

/**
 * Downloads a file attached in ChatGPT, once, straight into memory (it is never written to
 * disk or kept).
 *
 * <p>The link is followed only over HTTPS to a host on
 * {@code applicant.resume.files.allowed-hosts} (exact names; OpenAI's file host by
 * default), checked before anything is sent; redirects are followed by hand, each checked
 * the same way, so a redirect can never lead elsewhere. The download is bounded in size
 * (the {@code Content-Length} is checked first and the body is cut off past the limit), in
 * time (connect timeout plus a deadline for the whole download) and in type (declared and
 * served content types must be PDF, DOCX, plain text or a generic binary type).
 *
 * <p>Not a general HTTP client: there is no way to turn the HTTPS or host checks off.
 * Tests trust their own test certificate through {@code trust-certificates}.
 */
class AttachedFileDownloader {

	static final List<String> ACCEPTED_TYPES = List.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain",
			"application/octet-stream", "binary/octet-stream");

	private final ResumeProperties.Files properties;

	private final HttpClient client;

	AttachedFileDownloader(ResumeProperties.Files properties) {
		this.properties = properties;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.connectTimeout());
		if (properties.trustCertificates() != null) {
			builder.sslContext(sslContext(properties));
		}
		this.client = builder.build();
	}

	/**
	 * @param file the attached file
	 * @return its bytes
	 * @throws ApiException when the link is refused, the download fails, or the file is too large or of the wrong type
	 */
	byte[] download(AttachedFile file) {
		if (file.mimeType() != null && !file.mimeType().isBlank() && !accepted(file.mimeType())) {
			throw unsupported(file.mimeType());
		}
		URI uri = checked(file.downloadLink());
		long deadline = System.nanoTime() + this.properties.timeout().toNanos();
		for (int redirects = 0;; redirects++) {
			HttpResponse<Body> response = send(uri, deadline);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				String location = response.headers().firstValue("Location").orElse(null);
				if (location == null || redirects >= this.properties.maxRedirects()) {
					throw unavailable("the file host redirected too often");
				}
				uri = checked(uri.resolve(location).toString());
				continue;
			}
			if (status != 200) {
				throw unavailable("the file host answered HTTP " + status);
			}
			if (response.body().error() != null) {
				throw response.body().error();
			}
			return response.body().bytes();
		}
	}

	/** A downloaded body, or why it was refused part-way (kept out of the exception path of the HTTP client). */
	private record Body(byte[] bytes, @Nullable ApiException error) {
	}

	private URI checked(String link) {
		URI uri;
		try {
			uri = URI.create(link.strip());
		}
		catch (IllegalArgumentException ex) {
			throw refused("The download_link of the attached file is not a valid URL.");
		}
		if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null) {
			throw refused("Attached files are only downloaded over HTTPS from the ChatGPT file host.");
		}
		if (!this.properties.allowedHosts().contains(uri.getHost().toLowerCase(Locale.ROOT))) {
			throw refused("Attached files are only downloaded from the ChatGPT file host; this link points elsewhere.");
		}
		return uri;
	}

	private HttpResponse<Body> send(URI uri, long deadline) {
		long remaining = deadline - System.nanoTime();
		if (remaining <= 0) {
			throw timeout();
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(java.time.Duration.ofNanos(remaining))
			.header("Accept", String.join(", ", ACCEPTED_TYPES.subList(0, 3)) + ", */*;q=0.1")
			.GET()
			.build();
		CompletableFuture<HttpResponse<Body>> future = this.client.sendAsync(request, this::handle);
		try {
			return future.get(remaining, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw timeout();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable("the download was interrupted");
		}
		catch (ExecutionException ex) {
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof ApiException api) {
					throw api;
				}
				if (cause instanceof java.net.http.HttpTimeoutException) {
					throw timeout();
				}
			}
			throw unavailable("the file host could not be reached");
		}
	}

	private HttpResponse.BodySubscriber<Body> handle(HttpResponse.ResponseInfo info) {
		if (info.statusCode() != 200) {
			return HttpResponse.BodySubscribers.replacing(new Body(new byte[0], null));
		}
		long max = this.properties.maxSize().toBytes();
		long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
		if (length > max) {
			return failed(tooLarge());
		}
		String type = info.headers().firstValue("Content-Type").orElse("application/octet-stream");
		if (!accepted(type)) {
			return failed(unsupported(type));
		}
		return new LimitedBody(max);
	}

	private static boolean accepted(String type) {
		String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return ACCEPTED_TYPES.contains(bare);
	}

	private static HttpResponse.BodySubscriber<Body> failed(ApiException error) {
		return HttpResponse.BodySubscribers.replacing(new Body(new byte[0], error));
	}

	/** Collects the body up to a limit and fails (cancelling the download) beyond it. */
	private final class LimitedBody implements HttpResponse.BodySubscriber<Body> {

		private final long max;

		private final CompletableFuture<Body> result = new CompletableFuture<>();

		private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

		private Flow.@Nullable Subscription subscription;

		LimitedBody(long max) {
			this.max = max;
		}

		@Override
		public CompletionStage<Body> getBody() {
			return this.result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			for (ByteBuffer item : items) {
				if (this.result.isDone()) {
					return;
				}
				if (this.buffer.size() + item.remaining() > this.max) {
					this.result.complete(new Body(new byte[0], tooLarge()));
					if (this.subscription != null) {
						this.subscription.cancel();
					}
					return;
				}
				byte[] chunk = new byte[item.remaining()];
				item.get(chunk);
				this.buffer.writeBytes(chunk);
			}
		}

		@Override
		public void onError(Throwable throwable) {
			this.result.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			this.result.complete(new Body(this.buffer.toByteArray(), null));
		}

	}

	private ApiException tooLarge() {
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "resume_file_too_large", "Resume file too large",
				"The attached file is larger than " + this.properties.maxSize().toKilobytes() / 1024.0
						+ " MB. Attach a shorter PDF or DOCX, or paste the resume text.",
				Map.of(), org.springframework.http.HttpHeaders.EMPTY);
	}

	static ApiException unsupported(String type) {
		String bare = type.split(";", 2)[0].strip();
		return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "resume_file_unsupported", "Unsupported resume file",
				"Files of type '" + bare + "' cannot be analysed. Attach a PDF or DOCX, or paste the resume text.");
	}

	static ApiException refused(String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, "file_link_refused", "File link refused",
				detail + " Attach the file in ChatGPT again, or paste the resume text.");
	}

	private static ApiException unavailable(String why) {
		return new ApiException(HttpStatus.BAD_GATEWAY, "resume_file_unavailable", "Resume file unavailable",
				"The attached file could not be downloaded (" + why + "). Download links expire after five minutes:"
						+ " attach the file again, or paste the resume text.");
	}

	private ApiException timeout() {
		return new ApiException(HttpStatus.GATEWAY_TIMEOUT, "resume_file_unavailable", "Resume file unavailable",
				"Downloading the attached file took longer than " + this.properties.timeout().toSeconds()
						+ " s. Attach the file again, or paste the resume text.");
	}

	private static SSLContext sslContext(ResumeProperties.Files properties) {
		try (InputStream in = properties.trustCertificates().getInputStream()) {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			int i = 0;
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				store.setCertificateEntry("trusted-" + i++, certificate);
			}
			if (i == 0) {
				throw new IllegalStateException("applicant.resume.files.trust-certificates holds no PEM certificate");
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(store);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("applicant.resume.files.trust-certificates cannot be read", ex);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("applicant.resume.files.trust-certificates is not a PEM certificate file", ex);
		}
	}

}
