package network.applicant.gpt.oauth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.web.RequestIds;
import network.applicant.gpt.oauth.clients.RegisteredClient;
import network.applicant.gpt.oauth.clients.Scopes;
import network.applicant.gpt.oauth.keys.AccessTokenIssuer;
import network.applicant.gpt.oauth.system.Secrets;

/**
 * The grants of the token endpoint and revocation, each in one transaction.
 *
 * <p>Every failure of a code or refresh token is {@code invalid_grant} with the same
 * description; which check failed is logged at debug level only. A refused grant can
 * still change state (a replayed code revokes its family, a replayed refresh token all
 * the candidate's families): that transaction commits, and only then is the error
 * returned. Thread-safe.
 */
class TokenService {

	static final String TOKEN_ISSUED = "oauth.token.issued";

	static final String TOKEN_REFRESHED = "oauth.token.refreshed";

	static final String TOKEN_REVOKED = "oauth.token.revoked";

	static final String CODE_REPLAYED = "oauth.code.replay_detected";

	static final String REFRESH_REPLAYED = "oauth.token.replay_detected";

	private static final Logger log = LoggerFactory.getLogger(TokenService.class);

	private final TokenDao dao;

	private final AccessTokenIssuer accessTokens;

	private final RefreshTokens refreshTokens;

	private final AuditOutbox outbox;

	private final String source;

	private final TransactionTemplate transactions;

	private final Duration absoluteLifetime;

	private final Clock clock;

	private final TokenMetrics metrics;

	TokenService(TokenDao dao, AccessTokenIssuer accessTokens, RefreshTokens refreshTokens, AuditOutbox outbox,
			String source, PlatformTransactionManager transactionManager, Duration absoluteLifetime, Clock clock,
			TokenMetrics metrics) {
		this.dao = dao;
		this.accessTokens = accessTokens;
		this.refreshTokens = refreshTokens;
		this.outbox = outbox;
		this.source = source;
		this.transactions = new TransactionTemplate(transactionManager);
		this.absoluteLifetime = absoluteLifetime;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * The {@code authorization_code} grant (RFC 6749 4.1.3, RFC 7636 4.6).
	 * @param client the authenticated client
	 * @param code the presented code
	 * @param redirectUri the presented redirect URI
	 * @param codeVerifier the presented PKCE verifier, if any
	 * @return tokens, or {@code invalid_grant}
	 */
	GrantResult exchangeCode(RegisteredClient client, String code, @Nullable String redirectUri,
			@Nullable String codeVerifier) {
		String codeHash = Secrets.sha256Hex(code);
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			Optional<TokenDao.RedeemedCode> redeemed = this.dao.consumeCode(codeHash, now);
			if (redeemed.isEmpty()) {
				codeReplayed(client, codeHash, now);
				return GrantResult.Refused.invalidGrant();
			}
			TokenDao.RedeemedCode bound = redeemed.get();
			String failed = null;
			if (!bound.clientId().equals(client.clientId())) {
				failed = "issued to another client";
			}
			else if (redirectUri == null || !bound.redirectUri().equals(redirectUri)) {
				failed = "redirect_uri differs from the authorization request";
			}
			else if (!now.isBefore(bound.expiresAt())) {
				failed = "expired";
			}
			else if (!Pkce.verify(bound.codeChallenge(), codeVerifier)) {
				failed = (bound.codeChallenge() == null) ? "code_verifier sent for a code without challenge"
						: "code_verifier missing or wrong";
			}
			if (failed != null) {
				log.atDebug().addKeyValue("client_id", client.clientId()).log("Code refused: {}", failed);
				return GrantResult.Refused.invalidGrant();
			}
			String refreshToken = Secrets.randomToken();
			Instant absoluteExpiry = now.plus(this.absoluteLifetime);
			UUID familyId = this.dao.insertFamily(client.clientId(), bound.candidateId(), bound.scopes(), codeHash,
					Secrets.sha256Hex(refreshToken), now, this.refreshTokens.idleExpiry(now, absoluteExpiry),
					absoluteExpiry);
			AccessTokenIssuer.Issued access = this.accessTokens.issue(bound.candidateId(), client.clientId(),
					bound.scopes());
			this.outbox.record(event(TOKEN_ISSUED, client.clientId(), bound.candidateId(), now)
				.subject("token_family_id", familyId.toString())
				.subject("authorization_code_hash", codeHash)
				.detail("grant_type", "authorization_code")
				.detail("scopes", String.join(" ", bound.scopes()))
				.build());
			return new GrantResult.Issued(access.token(), access.expiresIn(), refreshToken,
					String.join(" ", bound.scopes()));
		});
	}

	private void codeReplayed(RegisteredClient client, String codeHash, Instant now) {
		List<TokenDao.RevokedFamily> revoked = this.dao.revokeFamilyOfCode(codeHash, now);
		Optional<String> candidate = revoked.stream()
			.map(TokenDao.RevokedFamily::candidateId)
			.findFirst()
			.or(() -> this.dao.findCodeCandidate(codeHash));
		if (candidate.isEmpty()) {
			log.atDebug().addKeyValue("client_id", client.clientId()).log("Code refused: unknown");
			return;
		}
		this.metrics.codeReplayed();
		log.atWarn()
			.addKeyValue("client_id", client.clientId())
			.addKeyValue("revoked_families", revoked.size())
			.log("Authorization code used again; the tokens issued from it are revoked");
		AuditEvent.Builder event = event(CODE_REPLAYED, client.clientId(), candidate.get(), now)
			.outcome(AuditEvent.Outcome.DENIED)
			.severity(AuditEvent.Severity.CRITICAL)
			.subject("authorization_code_hash", codeHash)
			.detail("revoked_family_count", Integer.toString(revoked.size()));
		revoked.stream().findFirst().ifPresent((family) -> event.subject("token_family_id", family.id().toString()));
		this.outbox.record(event.build());
	}

	/**
	 * The {@code refresh_token} grant (RFC 6749 6) with rotation, a retry grace period and
	 * replay detection.
	 * @param client the authenticated client
	 * @param presented the presented refresh token
	 * @param scope the requested {@code scope}, or {@code null} for the grant's scopes
	 * @return tokens, or {@code invalid_grant} / {@code invalid_scope}
	 */
	GrantResult refresh(RegisteredClient client, String presented, @Nullable String scope) {
		String tokenHash = Secrets.sha256Hex(presented);
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			Optional<TokenDao.RefreshTokenRow> found = this.dao.lockRefreshToken(tokenHash);
			if (found.isEmpty()) {
				log.atDebug().addKeyValue("client_id", client.clientId()).log("Refresh refused: unknown token");
				return GrantResult.Refused.invalidGrant();
			}
			TokenDao.RefreshTokenRow row = found.get();
			String failed = null;
			if (!row.clientId().equals(client.clientId())) {
				failed = "issued to another client";
			}
			else if (row.revokedAt() != null) {
				failed = "family revoked";
			}
			else if (!now.isBefore(row.absoluteExpiresAt())) {
				failed = "family expired";
			}
			else if (row.rotatedAt() == null && !now.isBefore(row.idleExpiresAt())) {
				failed = "idle expired";
			}
			if (failed != null) {
				log.atDebug().addKeyValue("client_id", client.clientId()).log("Refresh refused: {}", failed);
				return GrantResult.Refused.invalidGrant();
			}
			List<String> scopes = row.scopes();
			if (scope != null && !scope.isBlank()) {
				Optional<List<String>> requested = Scopes.parse(scope);
				if (requested.isEmpty() || !row.scopes().containsAll(requested.get())) {
					return new GrantResult.Refused("invalid_scope", "The requested scope exceeds the grant.");
				}
				scopes = requested.get();
			}
			String successor = this.refreshTokens.successor(presented, row.generation());
			String successorHash = Secrets.sha256Hex(successor);
			if (row.rotatedAt() == null) {
				this.dao.rotate(tokenHash, successorHash, row.familyId(), row.generation() + 1, now,
						this.refreshTokens.idleExpiry(now, row.absoluteExpiresAt()));
				return refreshed(client, row, successor, scopes, now, false);
			}
			if (this.refreshTokens.isWithinGrace(row.rotatedAt(), now)
					&& Secrets.constantTimeEquals(successorHash, String.valueOf(row.successorTokenHash()))) {
				if (this.dao.isCurrent(successorHash).orElse(false)) {
					return refreshed(client, row, successor, scopes, now, true);
				}
				// the successor was itself used already: the family has moved on, but this is no replay
				log.atDebug().addKeyValue("client_id", client.clientId()).log("Refresh refused: retry after successor was used");
				return GrantResult.Refused.invalidGrant();
			}
			refreshReplayed(client, row, now);
			return GrantResult.Refused.invalidGrant();
		});
	}

	private GrantResult refreshed(RegisteredClient client, TokenDao.RefreshTokenRow row, String successor,
			List<String> scopes, Instant now, boolean retry) {
		AccessTokenIssuer.Issued access = this.accessTokens.issue(row.candidateId(), client.clientId(), scopes);
		this.outbox.record(event(TOKEN_REFRESHED, client.clientId(), row.candidateId(), now)
			.subject("token_family_id", row.familyId().toString())
			.detail("grant_type", "refresh_token")
			.detail("generation", Integer.toString(row.generation() + 1))
			.detail("retry", Boolean.toString(retry))
			.detail("scopes", String.join(" ", scopes))
			.build());
		return new GrantResult.Issued(access.token(), access.expiresIn(), successor, String.join(" ", scopes));
	}

	/*
	 * A rotated token presented after the grace period means two parties hold tokens of
	 * the family, and we cannot tell which one is the candidate's: end every session of
	 * the candidate, with every client, and tell a person.
	 */
	private void refreshReplayed(RegisteredClient client, TokenDao.RefreshTokenRow row, Instant now) {
		this.metrics.refreshReplayed();
		List<TokenDao.RevokedFamily> revoked = this.dao.revokeCandidateFamilies(row.candidateId(), "token_replayed",
				now);
		log.atWarn()
			.addKeyValue("client_id", client.clientId())
			.addKeyValue("token_family_id", row.familyId())
			.addKeyValue("revoked_families", revoked.size())
			.log("Rotated refresh token used again after the grace period; all the candidate's grants are revoked");
		this.outbox.record(event(REFRESH_REPLAYED, client.clientId(), row.candidateId(), now)
			.outcome(AuditEvent.Outcome.DENIED)
			.severity(AuditEvent.Severity.CRITICAL)
			.subject("token_family_id", row.familyId().toString())
			.detail("generation", Integer.toString(row.generation()))
			.detail("revoked_family_count", Integer.toString(revoked.size()))
			.build());
	}

	/**
	 * Revocation (RFC 7009): a refresh token of this client ends its whole family. Anything
	 * else (an access token, an unknown or foreign token) changes nothing; the caller
	 * answers 200 either way.
	 * @param client the authenticated client
	 * @param token the presented token
	 * @return whether a family was revoked now
	 */
	boolean revoke(RegisteredClient client, String token) {
		String tokenHash = Secrets.sha256Hex(token);
		Boolean revoked = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<TokenDao.RevokedFamily> families = this.dao.revokeFamilyOfToken(tokenHash, client.clientId(), now);
			for (TokenDao.RevokedFamily family : families) {
				this.outbox.record(event(TOKEN_REVOKED, client.clientId(), family.candidateId(), now)
							.subject("token_family_id", family.id().toString())
					.detail("reason", "client_revoked")
					.build());
			}
			return !families.isEmpty();
		});
		return Boolean.TRUE.equals(revoked);
	}

	private AuditEvent.Builder event(String type, String clientId, String candidateId, Instant now) {
		return AuditEvent.builder(type, this.source)
			.occurredAt(now)
			.requestId(RequestIds.current())
			.actor(AuditEvent.ActorType.CLIENT, clientId)
			.candidateId(candidateId)
			.clientId(clientId);
	}

}
