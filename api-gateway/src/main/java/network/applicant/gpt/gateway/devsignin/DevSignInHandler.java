package network.applicant.gpt.gateway.devsignin;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the dev sign-in: {@code GET /dev/sign-in} (the form), {@code POST /dev/sign-in}
 * (checks the password, sets the {@code __session} cookie and redirects),
 * {@code GET /dev/sign-out} (clears it) and {@code GET /dev/clerk/.well-known/jwks.json}
 * (the public key the gateway verifies the cookie with).
 *
 * <p>Not Clerk: no sign-up, no second factor, no session revocation. Wrong credentials
 * give the form again with one message for unknown email and wrong password alike, status
 * 401 and no cookie. A {@code redirect_url} that is not on the gateway's own origin is
 * refused with 400 before anything else happens.
 */
final class DevSignInHandler {

	static final String SESSION_COOKIE = "__session";

	static final String CSRF_COOKIE = "__dev_sign_in_csrf";

	static final String SIGN_IN_PATH = "/dev/sign-in";

	static final String SIGN_OUT_PATH = "/dev/sign-out";

	static final String JWKS_PATH = "/dev/clerk/.well-known/jwks.json";

	static final String WRONG_CREDENTIALS = "The email or password is not right. Check both and try again.";

	private final DevSessionIssuer issuer;

	private final CsrfTokens csrf;

	private final RedirectTargets targets;

	private final List<DevSignInProperties.User> users;

	private final boolean secureCookie;

	DevSignInHandler(DevSessionIssuer issuer, CsrfTokens csrf, RedirectTargets targets,
			List<DevSignInProperties.User> users, boolean secureCookie) {
		this.issuer = issuer;
		this.csrf = csrf;
		this.targets = targets;
		this.users = users;
		this.secureCookie = secureCookie;
	}

	RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route()
			.GET(SIGN_IN_PATH, this::form)
			.POST(SIGN_IN_PATH, this::signIn)
			.GET(SIGN_OUT_PATH, this::signOut)
			.GET(JWKS_PATH, this::jwks)
			.build();
	}

	Mono<ServerResponse> form(ServerRequest request) {
		String redirectUrl = blankToNull(request.queryParam("redirect_url").orElse(null));
		if (redirectUrl != null && this.targets.check(redirectUrl).isEmpty()) {
			return refusedRedirect();
		}
		return formPage(HttpStatus.OK, redirectUrl, null, null);
	}

	Mono<ServerResponse> signIn(ServerRequest request) {
		return request.formData().flatMap((form) -> signIn(request, form));
	}

	private Mono<ServerResponse> signIn(ServerRequest request, MultiValueMap<String, String> form) {
		String redirectUrl = blankToNull(form.getFirst("redirect_url"));
		String target = null;
		if (redirectUrl != null) {
			Optional<String> checked = this.targets.check(redirectUrl);
			if (checked.isEmpty()) {
				return refusedRedirect();
			}
			target = checked.get();
		}
		String email = Optional.ofNullable(form.getFirst("email")).map(String::strip).orElse("");
		HttpCookie nonce = request.cookies().getFirst(CSRF_COOKIE);
		if (!this.csrf.matches((nonce != null) ? nonce.getValue() : null, form.getFirst("csrf"))) {
			return formPage(HttpStatus.FORBIDDEN, redirectUrl, email,
					"This form has expired or was not sent from this page. Sign in again.");
		}
		String password = Optional.ofNullable(form.getFirst("password")).orElse("");
		String finalTarget = target;
		// PBKDF2 takes tens of milliseconds of CPU: not on the event loop
		return Mono.fromCallable(() -> authenticate(email, password))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((user) -> user.map((signedIn) -> signedIn(signedIn, finalTarget))
				.orElseGet(() -> formPage(HttpStatus.UNAUTHORIZED, redirectUrl, email, WRONG_CREDENTIALS)));
	}

	Optional<DevSignInProperties.User> authenticate(String email, String password) {
		String wanted = email.toLowerCase(Locale.ROOT);
		DevSignInProperties.User found = null;
		for (DevSignInProperties.User user : this.users) {
			if (user.email().toLowerCase(Locale.ROOT).equals(wanted)) {
				found = user;
			}
		}
		// an unknown email costs the same hash as a known one, so timing does not tell them apart
		boolean matches = PasswordHash.matches(password.toCharArray(),
				(found != null) ? found.passwordHash() : PasswordHash.DUMMY);
		return (found != null && matches) ? Optional.of(found) : Optional.empty();
	}

	private Mono<ServerResponse> signedIn(DevSignInProperties.User user, @Nullable String target) {
		ResponseCookie session = ResponseCookie.from(SESSION_COOKIE, this.issuer.issue(user))
			.httpOnly(true)
			.secure(this.secureCookie)
			.sameSite("Lax")
			.path("/")
			.maxAge(this.issuer.lifetime())
			.build();
		ResponseCookie clearCsrf = csrfCookie("", 0);
		if (target != null) {
			return ServerResponse.status(HttpStatus.SEE_OTHER)
				.location(URI.create(target))
				.headers(DevSignInHandler::pageHeaders)
				.cookie(session)
				.cookie(clearCsrf)
				.build();
		}
		return html(HttpStatus.OK).cookie(session)
			.cookie(clearCsrf)
			.bodyValue(DevSignInPage.message("Signed in", "You are signed in as " + user.name() + " (" + user.email()
					+ ")."));
	}

	Mono<ServerResponse> signOut(ServerRequest request) {
		ResponseCookie cleared = ResponseCookie.from(SESSION_COOKIE, "")
			.httpOnly(true)
			.secure(this.secureCookie)
			.sameSite("Lax")
			.path("/")
			.maxAge(0)
			.build();
		return html(HttpStatus.OK).cookie(cleared)
			.bodyValue(DevSignInPage.message("Signed out", "You are signed out."));
	}

	Mono<ServerResponse> jwks(ServerRequest request) {
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
			.bodyValue(this.issuer.jwks());
	}

	private Mono<ServerResponse> formPage(HttpStatus status, @Nullable String redirectUrl, @Nullable String email,
			@Nullable String error) {
		String nonce = this.csrf.newNonce();
		return html(status).cookie(csrfCookie(nonce, -1))
			.bodyValue(DevSignInPage.form(this.csrf.tokenFor(nonce), redirectUrl, email, error));
	}

	private Mono<ServerResponse> refusedRedirect() {
		return html(HttpStatus.BAD_REQUEST).bodyValue(DevSignInPage.message("Sign-in link not valid",
				"This sign-in link would send you to another site afterwards, so it was refused."));
	}

	private ResponseCookie csrfCookie(String value, long maxAgeSeconds) {
		return ResponseCookie.from(CSRF_COOKIE, value)
			.httpOnly(true)
			.secure(this.secureCookie)
			.sameSite("Strict")
			.path(SIGN_IN_PATH)
			.maxAge(maxAgeSeconds)
			.build();
	}

	private static ServerResponse.BodyBuilder html(HttpStatus status) {
		return ServerResponse.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.headers(DevSignInHandler::pageHeaders);
	}

	private static void pageHeaders(HttpHeaders headers) {
		headers.set("Content-Security-Policy", DevSignInPage.CONTENT_SECURITY_POLICY);
		headers.set("X-Frame-Options", "DENY");
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Referrer-Policy", "no-referrer");
		headers.setCacheControl(CacheControl.noStore());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
