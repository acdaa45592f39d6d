package network.applicant.gpt.oauth.connections;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import network.applicant.gpt.config.internal.InternalServiceProperties;
import network.applicant.gpt.config.jwt.Scope;
import network.applicant.gpt.config.problem.ApiException;
import network.applicant.gpt.oauth.authorize.Candidate;
import network.applicant.gpt.oauth.clients.Scopes;
import network.applicant.gpt.oauth.system.OAuthServerProperties;

/**
 * The connected-apps page and its JSON API, for the signed-in candidate. Everything is
 * under {@code /api/v1/gpt/connections}, where the gateway forwards the Clerk session's
 * identity ({@code x-clerk-user-id} with the internal service key).
 *
 * <p>The JSON API answers a request without identity with a 401 problem; the page sends
 * the browser to sign in and back. {@code DELETE} needs no form token: browsers send it
 * cross-site only after a CORS preflight, which nothing here allows. The page's form
 * cannot send {@code DELETE}, so it posts to {@code …/disconnect} with a signed token.
 */
@Controller
class ConnectionsController {

	static final String API_PATH = "/api/v1/gpt/connections";

	static final String PAGE_PATH = API_PATH + "/manage";

	static final String LEARN_MORE_PATH = "/api/v1/gpt/oauth/learn-more";

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final Connections connections;

	private final ConnectionForms forms;

	private final InternalServiceProperties internal;

	private final OAuthServerProperties server;

	ConnectionsController(Connections connections, ConnectionForms forms, InternalServiceProperties internal,
			OAuthServerProperties server) {
		this.connections = connections;
		this.forms = forms;
		this.internal = internal;
		this.server = server;
	}

	@GetMapping(API_PATH)
	@ResponseBody
	ConnectionsResponse list(HttpServletRequest request) {
		Candidate candidate = requireCandidate(request);
		return new ConnectionsResponse(this.connections.list(candidate.id())
			.stream()
			.map((each) -> new ConnectionResponse(each.clientId(), each.clientName(), each.scopes(), each.linkedAt(),
					each.lastUsedAt()))
			.toList());
	}

	@DeleteMapping(API_PATH + "/{clientId}")
	ResponseEntity<Void> delete(@PathVariable String clientId, HttpServletRequest request) {
		Candidate candidate = requireCandidate(request);
		if (!this.connections.disconnect(candidate.id(), clientId)) {
			throw new ApiException(HttpStatus.NOT_FOUND, "connection_not_found", "Connection not found",
					"This app is not connected to your account.");
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping(PAGE_PATH)
	ModelAndView page(HttpServletRequest request, @RequestParam(name = "disconnected", required = false)
			@Nullable String disconnected) {
		Optional<Candidate> candidate = Candidate.from(request, this.internal);
		if (candidate.isEmpty()) {
			RedirectView signIn = new RedirectView(this.server.signInUrl() + "?redirect_url="
					+ URLEncoder.encode(this.server.publicUrl(PAGE_PATH), StandardCharsets.UTF_8),
					false, false, false);
			signIn.setExpandUriTemplateVariables(false);
			signIn.setStatusCode(HttpStatus.FOUND);
			return new ModelAndView(signIn);
		}
		String candidateId = candidate.get().id();
		ModelAndView page = new ModelAndView("connections/manage");
		page.addObject("candidateName", candidate.get().displayName());
		page.addObject("connections", this.connections.list(candidateId)
			.stream()
			.map((each) -> new ConnectionView(each.clientName(), Scopes.described(each.scopes())
				.stream()
				.map(Scope::description)
				.toList(), each.linkedAt().toString(), DISPLAY.format(each.linkedAt()),
					(each.lastUsedAt() != null) ? each.lastUsedAt().toString() : null,
					(each.lastUsedAt() != null) ? DISPLAY.format(each.lastUsedAt()) : null,
					API_PATH + "/" + each.clientId() + "/disconnect", this.forms.issue(candidateId, each.clientId())))
			.toList());
		page.addObject("disconnectedName", (disconnected != null)
				? this.connections.clientName(disconnected).orElse("The app") : null);
		page.addObject("learnMoreUrl", LEARN_MORE_PATH);
		return page;
	}

	@PostMapping(API_PATH + "/{clientId}/disconnect")
	ModelAndView disconnect(@PathVariable String clientId, HttpServletRequest request) {
		Optional<Candidate> candidate = Candidate.from(request, this.internal);
		if (candidate.isEmpty()) {
			return errorPage(HttpStatus.UNAUTHORIZED, "You are no longer signed in",
					"Your Applicant.Network sign-in ended before you chose. Nothing was changed.");
		}
		String token = request.getParameter("connection_token");
		if (token == null || !this.forms.isValid(token, candidate.get().id(), clientId)) {
			return errorPage(HttpStatus.FORBIDDEN, "This form has expired or was not ours",
					"For your safety we only accept the form we showed you, for a limited time. Nothing was changed.");
		}
		this.connections.disconnect(candidate.get().id(), clientId);
		// relative, so that the browser stays on whichever host (the gateway) it used
		RedirectView done = new RedirectView(PAGE_PATH + "?disconnected="
				+ URLEncoder.encode(clientId, StandardCharsets.UTF_8), false, false, false);
		done.setExpandUriTemplateVariables(false);
		done.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(done);
	}

	private Candidate requireCandidate(HttpServletRequest request) {
		return Candidate.from(request, this.internal).orElseThrow(() -> {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"applicant\"");
			return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign-in required",
					"Sign in to Applicant.Network to see and manage your connected apps.", Map.of(), headers);
		});
	}

	private static ModelAndView errorPage(HttpStatus status, String title, String detail) {
		ModelAndView page = new ModelAndView("oauth/error");
		page.setStatus(status);
		page.addObject("title", title);
		page.addObject("detail", detail);
		page.addObject("advice", List.of("Open your connected apps again and repeat what you wanted to do.",
				"If it keeps happening, contact Applicant.Network support."));
		page.addObject("backUrl", PAGE_PATH);
		page.addObject("learnMoreUrl", LEARN_MORE_PATH);
		return page;
	}

	/**
	 * The JSON API's answer.
	 * @param connections the connected clients
	 */
	record ConnectionsResponse(List<ConnectionResponse> connections) {
	}

	/**
	 * One connected client in the JSON API.
	 * @param clientId the client
	 * @param clientName its name
	 * @param scopes the scopes it holds
	 * @param linkedAt when the candidate connected it
	 * @param lastUsedAt when it last used the connection, or {@code null}
	 */
	record ConnectionResponse(@JsonProperty("client_id") String clientId,
			@JsonProperty("client_name") String clientName, @JsonProperty("scopes") List<String> scopes,
			@JsonProperty("linked_at") Instant linkedAt, @JsonProperty("last_used_at") @Nullable Instant lastUsedAt) {
	}

	/**
	 * One connected client on the page.
	 * @param name its name
	 * @param scopes what it can do, in plain words
	 * @param linkedAt when it was connected, ISO-8601
	 * @param linkedOn the same for people
	 * @param lastUsedAt when it was last used, ISO-8601, or {@code null}
	 * @param lastUsedOn the same for people, or {@code null}
	 * @param disconnectPath where its disconnect form posts
	 * @param token the form's anti-forgery token
	 */
	record ConnectionView(String name, List<String> scopes, String linkedAt, String linkedOn,
			@Nullable String lastUsedAt, @Nullable String lastUsedOn, String disconnectPath, String token) {
	}

}
