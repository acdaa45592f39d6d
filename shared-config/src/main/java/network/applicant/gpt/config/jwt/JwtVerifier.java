package network.applicant.gpt.config.jwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;
import org.jspecify.annotations.Nullable;

/**
 * Verifies signed JWTs (signature, allowed algorithm, issuer, audience, expiry, not-before)
 * and caches the verified claims until the token expires.
 *
 * <p>Signature verification is the expensive part (about a millisecond for ES256 with
 * the JDK provider), and ChatGPT sends the same access token with every call for its
 * whole lifetime, so verified claims are kept in a bounded cache keyed by the SHA-256 of
 * the token. A cached entry is checked against the clock on every hit and dropped when
 * the token expires; failures are never cached, so a flood of bad tokens cannot evict
 * good ones and a key that appears later is picked up.
 *
 * <p>Not an authorization decision: it says who the token is for and what it claims;
 * scope and other rules are the caller's.
 *
 * <pre>{@code
 * JwtVerifier verifier = new JwtVerifier(JwtVerifier.Settings.of("https://applicant.network", "gpt-actions", "ES256"),
 *     JwksKeys.fromUrl(jwksUri, Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(2)), Clock.systemUTC());
 * VerifiedJwt jwt = verifier.verify(bearerToken);
 * }</pre>
 *
 * Thread-safe.
 */
public final class JwtVerifier {

	private final Settings settings;

	private final VerificationKeyResolver keys;

	private final Clock clock;

	private final Cache<String, VerifiedJwt> verified;

	public JwtVerifier(Settings settings, VerificationKeyResolver keys, Clock clock) {
		this.settings = Objects.requireNonNull(settings, "settings is null");
		this.keys = Objects.requireNonNull(keys, "keys is null");
		this.clock = Objects.requireNonNull(clock, "clock is null");
		this.verified = Caffeine.newBuilder()
			.maximumSize(settings.cacheSize())
			.expireAfter(Expiry.<String, VerifiedJwt>creating((key, jwt) -> untilExpiry(jwt)))
			.build();
	}

	private Duration untilExpiry(VerifiedJwt jwt) {
		Duration left = Duration.between(this.clock.instant(), jwt.expiresAt().plus(this.settings.clockSkew()));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/**
	 * @param token a compact JWS
	 * @return its verified claims
	 * @throws InvalidTokenException if the token must not be accepted
	 */
	public VerifiedJwt verify(String token) throws InvalidTokenException {
		if (token.isEmpty() || token.length() > this.settings.maxTokenLength()) {
			throw new InvalidTokenException(InvalidTokenException.Reason.MALFORMED, "token is empty or too long");
		}
		String key = sha256(token);
		VerifiedJwt cached = this.verified.getIfPresent(key);
		if (cached != null) {
			checkTimes(cached);
			return cached;
		}
		VerifiedJwt fresh = verifyUncached(token);
		this.verified.put(key, fresh);
		return fresh;
	}

	/** @return how many verified tokens are cached (for metrics and tests) */
	public long cachedTokens() {
		this.verified.cleanUp();
		return this.verified.estimatedSize();
	}

	private void checkTimes(VerifiedJwt jwt) throws InvalidTokenException {
		Instant now = this.clock.instant();
		if (!now.isBefore(jwt.expiresAt().plus(this.settings.clockSkew()))) {
			throw new InvalidTokenException(InvalidTokenException.Reason.EXPIRED, "token expired");
		}
	}

	private VerifiedJwt verifyUncached(String token) throws InvalidTokenException {
		JwtConsumerBuilder builder = new JwtConsumerBuilder().setRequireExpirationTime()
			.setRequireSubject()
			.setAllowedClockSkewInSeconds((int) this.settings.clockSkew().toSeconds())
			.setEvaluationTime(NumericDate.fromMilliseconds(this.clock.millis()))
			.setExpectedIssuer(true, this.settings.issuer())
			.setVerificationKeyResolver(this.keys)
			.setJwsAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
					this.settings.algorithms().toArray(String[]::new)))
			.setRelaxVerificationKeyValidation();
		if (this.settings.audiences().isEmpty()) {
			builder.setSkipDefaultAudienceValidation();
		}
		else {
			builder.setExpectedAudience(true, this.settings.audiences().toArray(String[]::new));
		}
		JwtConsumer consumer = builder.build();
		try {
			JwtContext context = consumer.process(token);
			return toVerified(context);
		}
		catch (InvalidJwtException ex) {
			throw translate(ex);
		}
	}

	private static VerifiedJwt toVerified(JwtContext context) throws InvalidTokenException {
		JwtClaims claims = context.getJwtClaims();
		try {
			NumericDate issuedAt = claims.getIssuedAt();
			List<JsonWebStructure> structures = context.getJoseObjects();
			String keyId = structures.isEmpty() ? null : structures.get(0).getKeyIdHeaderValue();
			Map<String, Object> all = new HashMap<>();
			claims.getClaimsMap().forEach((name, value) -> {
				if (value != null) {
					all.put(name, value);
				}
			});
			return new VerifiedJwt(claims.getSubject(), claims.getIssuer(),
					claims.hasAudience() ? claims.getAudience() : List.of(),
					Instant.ofEpochSecond(claims.getExpirationTime().getValue()),
					(issuedAt != null) ? Instant.ofEpochSecond(issuedAt.getValue()) : null, claims.getJwtId(), keyId,
					all);
		}
		catch (MalformedClaimException ex) {
			throw new InvalidTokenException(InvalidTokenException.Reason.MISSING_CLAIM, "malformed registered claim");
		}
	}

	private static InvalidTokenException translate(InvalidJwtException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof UnresolvableKeyException) {
				boolean unavailable = cause.getCause() instanceof java.io.IOException;
				return new InvalidTokenException(
						unavailable ? InvalidTokenException.Reason.KEYS_UNAVAILABLE
								: InvalidTokenException.Reason.UNKNOWN_KEY,
						unavailable ? "verification keys unavailable" : "no key for the token's key id");
			}
			if (cause instanceof org.jose4j.lang.InvalidAlgorithmException) {
				return new InvalidTokenException(InvalidTokenException.Reason.BAD_SIGNATURE, "algorithm not allowed");
			}
		}
		if (ex.hasExpired()) {
			return new InvalidTokenException(InvalidTokenException.Reason.EXPIRED, "token expired");
		}
		for (ErrorCodeValidator.Error error : ex.getErrorDetails()) {
			InvalidTokenException.Reason reason = switch (error.getErrorCode()) {
				case ErrorCodes.SIGNATURE_INVALID, ErrorCodes.SIGNATURE_MISSING -> InvalidTokenException.Reason.BAD_SIGNATURE;
				case ErrorCodes.ISSUER_INVALID, ErrorCodes.ISSUER_MISSING -> InvalidTokenException.Reason.WRONG_ISSUER;
				case ErrorCodes.AUDIENCE_INVALID, ErrorCodes.AUDIENCE_MISSING -> InvalidTokenException.Reason.WRONG_AUDIENCE;
				case ErrorCodes.NOT_YET_VALID, ErrorCodes.ISSUED_AT_INVALID_FUTURE -> InvalidTokenException.Reason.NOT_YET_VALID;
				case ErrorCodes.EXPIRATION_MISSING, ErrorCodes.SUBJECT_MISSING, ErrorCodes.MALFORMED_CLAIM ->
					InvalidTokenException.Reason.MISSING_CLAIM;
				case ErrorCodes.JSON_INVALID -> InvalidTokenException.Reason.MALFORMED;
				default -> null;
			};
			if (reason != null) {
				return new InvalidTokenException(reason, reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
			}
		}
		// jose4j's own message quotes the claims; keep only its error codes
		return new InvalidTokenException(InvalidTokenException.Reason.MALFORMED, "not a valid signed token (error codes "
				+ ex.getErrorDetails().stream().map(ErrorCodeValidator.Error::getErrorCode).toList() + ")");
	}

	private static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * What a verifier accepts.
	 *
	 * @param issuer the only accepted {@code iss}
	 * @param audiences accepted {@code aud} values (one must be present); empty to skip the audience check
	 * @param algorithms allowed JWS algorithms, e.g. {@code ES256}; never {@code none} or HMAC
	 * @param clockSkew tolerance for {@code exp}, {@code nbf} and {@code iat}
	 * @param cacheSize how many verified tokens to remember
	 * @param maxTokenLength longer tokens are refused before parsing
	 */
	public record Settings(String issuer, Set<String> audiences, Set<String> algorithms, Duration clockSkew,
			int cacheSize, int maxTokenLength) {

		private static final Set<String> ASYMMETRIC = Set.of("ES256", "ES384", "ES512", "RS256", "RS384", "RS512",
				"PS256", "PS384", "PS512", "EdDSA");

		public Settings {
			if (issuer == null || issuer.isBlank()) {
				throw new IllegalArgumentException("issuer is blank");
			}
			audiences = Set.copyOf(audiences);
			algorithms = Set.copyOf(algorithms);
			if (algorithms.isEmpty() || !ASYMMETRIC.containsAll(algorithms)) {
				throw new IllegalArgumentException("algorithms must be asymmetric JWS algorithms, got " + algorithms);
			}
			if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
				throw new IllegalArgumentException("clock skew must be between 0 and 5 minutes");
			}
			if (cacheSize < 0) {
				throw new IllegalArgumentException("cache size must not be negative");
			}
		}

		/**
		 * @param issuer the accepted issuer
		 * @param audience the accepted audience, or {@code null} to skip the check
		 * @param algorithm the one allowed algorithm
		 * @return settings with 30 s clock skew, 10 000 cached tokens and 8 KiB maximum length
		 */
		public static Settings of(String issuer, @Nullable String audience, String algorithm) {
			return new Settings(issuer, (audience != null) ? Set.of(audience) : Set.of(), Set.of(algorithm),
					Duration.ofSeconds(30), 10_000, 8192);
		}

	}

}
