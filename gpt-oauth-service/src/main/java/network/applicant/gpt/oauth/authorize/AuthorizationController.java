package network.applicant.gpt.oauth.authorize;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import network.applicant.gpt.config.internal.InternalServiceProperties;
import network.applicant.gpt.oauth.clients.Scopes;
import network.applicant.gpt.oauth.system.OAuthServerProperties;
import network.applicant.gpt.oauth.system.Pages;

/**
 * The browser side of the authorization-code flow: the authorization endpoint, the
 * consent form's post, and the learn-more page. Thin: the rules are in
 * {@link AuthorizationRequestValidator}, {@link ConsentForms} and
 * {@link AuthorizationService}.
 */
@Controller
class AuthorizationController {

	static final String AUTHORIZE_PATH = "/api/v1/gpt/oauth/authorize";

	static final String CONSENT_PATH = "/api/v1/gpt/oauth/consent";

	static final String LEARN_MORE_PATH = "/api/v1/gpt/oauth/learn-more";

	private static final Logger log = LoggerFactory.getLogger(AuthorizationController.class);

	private final AuthorizationRequestValidator validator;

	private final AuthorizationService authorizations;

	private final ConsentForms forms;

	private final InternalServiceProperties internal;

	private final OAuthServerProperties server;

	AuthorizationController(AuthorizationRequestValidator validator, AuthorizationService authorizations,
			ConsentForms forms, InternalServiceProperties internal, OAuthServerProperties server) {
		this.validator = validator;
		this.authorizations = authorizations;
		this.forms = forms;
		this.internal = internal;
		this.server = server;
	}

	@GetMapping(AUTHORIZE_PATH)
	ModelAndView authorize(HttpServletRequest request, HttpServletResponse response) {
		AuthorizationRequest authorization;
		switch (this.validator.validate(request.getParameterMap())) {
			case AuthorizationRequestValidator.Outcome.ErrorPage page -> {
				return errorPage(HttpStatus.BAD_REQUEST, page.title(), page.detail());
			}
			case AuthorizationRequestValidator.Outcome.ErrorRedirect error -> {
				log.atDebug().addKeyValue("error", error.error()).log("Authorization request refused: {}",
						error.description());
				return redirect(Redirects.withError(error.redirectUri(), error.error(), error.description(),
						error.state()));
			}
			case AuthorizationRequestValidator.Outcome.Valid valid -> authorization = valid.request();
		}
		Optional<Candidate> candidate = Candidate.from(request, this.internal);
		if (candidate.isEmpty()) {
			return redirect(signInUrl(request));
		}
		if (this.authorizations.hasConsent(candidate.get(), authorization)) {
			return redirect(this.authorizations.approve(candidate.get(), authorization, false));
		}
		Pages.allowFormTarget(response, RedirectUris.origin(authorization.redirectUri()));
		return consentPage(candidate.get(), authorization);
	}

	@PostMapping(CONSENT_PATH)
	ModelAndView consent(HttpServletRequest request, HttpServletResponse response) {
		AuthorizationRequest authorization;
		switch (this.validator.validate(request.getParameterMap())) {
			case AuthorizationRequestValidator.Outcome.Valid valid -> authorization = valid.request();
			default -> {
				return errorPage(HttpStatus.BAD_REQUEST, "This consent form is not valid",
						"The form was changed or is incomplete.");
			}
		}
		Optional<Candidate> candidate = Candidate.from(request, this.internal);
		if (candidate.isEmpty()) {
			return errorPage(HttpStatus.UNAUTHORIZED, "You are no longer signed in",
					"Your Applicant.Network sign-in ended before you answered.");
		}
		String token = request.getParameter("consent_token");
		if (token == null || !this.forms.isValid(token, candidate.get(), authorization)) {
			return errorPage(HttpStatus.FORBIDDEN, "This consent form has expired or was not ours",
					"For your safety we only accept the form we showed you, for a limited time.");
		}
		Pages.allowFormTarget(response, RedirectUris.origin(authorization.redirectUri()));
		String decision = request.getParameter("decision");
		if ("approve".equals(decision)) {
			String target = this.authorizations.approve(candidate.get(), authorization, true);
			ModelAndView page = new ModelAndView("oauth/linked");
			page.addObject("clientName", authorization.client().name());
			page.addObject("continueUrl", target);
			page.addObject("learnMoreUrl", LEARN_MORE_PATH);
			return page;
		}
		if ("deny".equals(decision)) {
			return redirect(this.authorizations.deny(candidate.get(), authorization), HttpStatus.SEE_OTHER);
		}
		return errorPage(HttpStatus.BAD_REQUEST, "We could not tell what you chose",
				"The form did not say whether you approve or deny.");
	}

	@GetMapping(LEARN_MORE_PATH)
	ModelAndView learnMore() {
		ModelAndView page = new ModelAndView("oauth/learn-more");
		page.addObject("scopes", Scopes.described(network.applicant.gpt.config.jwt.Scope.allValues()));
		return page;
	}

	private ModelAndView consentPage(Candidate candidate, AuthorizationRequest authorization) {
		ModelAndView page = new ModelAndView("oauth/consent");
		page.addObject("clientName", authorization.client().name());
		page.addObject("candidateName", candidate.displayName());
		page.addObject("scopes", Scopes.described(authorization.scopes()));
		page.addObject("consentPath", CONSENT_PATH);
		page.addObject("learnMoreUrl", LEARN_MORE_PATH);
		page.addObject("fields", Map.of("client_id", authorization.client().clientId(), "redirect_uri",
				authorization.redirectUri(), "response_type", "code", "scope", authorization.scope(), "state",
				authorization.state(), "consent_token", this.forms.issue(candidate, authorization)));
		page.addObject("codeChallenge", authorization.codeChallenge());
		return page;
	}

	private String signInUrl(HttpServletRequest request) {
		String query = request.getQueryString();
		String authorizeUrl = this.server.publicUrl(AUTHORIZE_PATH) + ((query != null) ? "?" + query : "");
		String signIn = this.server.signInUrl().toString();
		return signIn + "?redirect_url=" + Redirects.encode(authorizeUrl);
	}

	private static ModelAndView redirect(String url) {
		return redirect(url, HttpStatus.FOUND);
	}

	/* The URL is complete and encoded: no template expansion, no model attributes appended. */
	private static ModelAndView redirect(String url, HttpStatus status) {
		RedirectView view = new RedirectView(url, false, false, false);
		view.setExpandUriTemplateVariables(false);
		view.setStatusCode(status);
		return new ModelAndView(view);
	}

	static ModelAndView errorPage(HttpStatus status, String title, String detail) {
		ModelAndView page = new ModelAndView("oauth/error");
		page.setStatus(status);
		page.addObject("title", title);
		page.addObject("detail", detail);
		page.addObject("learnMoreUrl", LEARN_MORE_PATH);
		return page;
	}

}
