package network.applicant.gpt.oauth.authorize;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.web.RequestIds;
import network.applicant.gpt.oauth.system.Secrets;

/**
 * Decides authorization requests once the candidate is known: issues codes, remembers
 * consents and records the audit events, each decision in one transaction.
 *
 * <p>A code is 256 random bits; only its SHA-256 is stored, with the client, redirect
 * URI, candidate, scopes and PKCE challenge it is bound to. Thread-safe.
 */
class AuthorizationService {

	static final String CONSENT_GRANTED = "oauth.consent.granted";

	static final String AUTHORIZATION_GRANTED = "oauth.authorization.granted";

	static final String AUTHORIZATION_DENIED = "oauth.authorization.denied";

	static final String CODE_ISSUED = "oauth.code.issued";

	private final AuthorizeDao dao;

	private final AuditOutbox outbox;

	private final String source;

	private final TransactionTemplate transactions;

	private final Duration codeLifetime;

	private final Clock clock;

	AuthorizationService(AuthorizeDao dao, AuditOutbox outbox, String source,
			PlatformTransactionManager transactionManager, Duration codeLifetime, Clock clock) {
		this.dao = dao;
		this.outbox = outbox;
		this.source = source;
		this.transactions = new TransactionTemplate(transactionManager);
		this.codeLifetime = codeLifetime;
		this.clock = clock;
	}

	/**
	 * @param candidate the candidate
	 * @param request the request
	 * @return whether the candidate already agreed to these scopes (or more) for this client
	 */
	boolean hasConsent(Candidate candidate, AuthorizationRequest request) {
		return this.dao.findConsent(candidate.id(), request.client().clientId())
			.map((granted) -> granted.containsAll(request.scopes()))
			.orElse(false);
	}

	/**
	 * Issues a code for the request.
	 * @param candidate the candidate
	 * @param request the request
	 * @param consentGiven whether the candidate approved on the consent page just now (the consent is
	 * then remembered); {@code false} when a remembered consent covered the request
	 * @return the URL to send the browser to, with {@code code} and {@code state}
	 */
	String approve(Candidate candidate, AuthorizationRequest request, boolean consentGiven) {
		String code = Secrets.randomToken();
		String codeHash = Secrets.sha256Hex(code);
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			String clientId = request.client().clientId();
			if (consentGiven) {
				this.dao.upsertConsent(candidate.id(), clientId, request.scopes(), now);
				this.outbox.record(event(CONSENT_GRANTED, candidate, request, now).build());
			}
			this.dao.insertCode(codeHash, clientId, candidate.id(), request.redirectUri(), request.scopes(),
					request.codeChallenge(), now, now.plus(this.codeLifetime));
			this.outbox.record(event(AUTHORIZATION_GRANTED, candidate, request, now)
				.detail("consent", consentGiven ? "given" : "remembered")
				.build());
			this.outbox.record(event(CODE_ISSUED, candidate, request, now)
				.subject("authorization_code_hash", codeHash)
				.detail("pkce", (request.codeChallenge() != null) ? "S256" : "none")
				.build());
		});
		return Redirects.withCode(request.redirectUri(), code, request.state());
	}

	/**
	 * Records the candidate's refusal.
	 * @param candidate the candidate
	 * @param request the request
	 * @return the URL to send the browser to, with {@code error=access_denied} and {@code state}
	 */
	String deny(Candidate candidate, AuthorizationRequest request) {
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> this.outbox.record(
				event(AUTHORIZATION_DENIED, candidate, request, now).outcome(AuditEvent.Outcome.DENIED).build()));
		return Redirects.withError(request.redirectUri(), "access_denied", "The candidate declined access.",
				request.state());
	}

	private AuditEvent.Builder event(String type, Candidate candidate, AuthorizationRequest request, Instant now) {
		return AuditEvent.builder(type, this.source)
			.occurredAt(now)
			.requestId(RequestIds.current())
			.actor(AuditEvent.ActorType.CANDIDATE, candidate.id())
			.candidateId(candidate.id())
			.clientId(request.client().clientId())
			.detail("scopes", String.join(" ", request.scopes()))
			.detail("redirect_uri", request.redirectUri());
	}

}
