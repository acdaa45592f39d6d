package network.applicant.gpt.audit.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that guards the admin query ({@code Authorization: Bearer <admin key>}).
 *
 * <p>Optional: without it every admin call is refused with 401. When set it must have at
 * least {@value #MIN_LENGTH} characters; the one exception is the fixed local fixture
 * {@value #LOCAL_KEY}, which {@code AdminConfiguration} accepts only in the {@code local}
 * profile. Checked here and not with Bean Validation, whose failure report would print the
 * rejected value; {@link #toString()} never shows the key.
 *
 * @param adminKey the admin key; comes from a secret, never from the repository
 */
@ConfigurationProperties(AuditAdminProperties.PREFIX)
record AuditAdminProperties(@Nullable String adminKey) {

	static final String PREFIX = "applicant.audit";

	static final String KEY = PREFIX + ".admin-key";

	static final int MIN_LENGTH = 16;

	/** The publicly known local fixture (DESIGN §4): shorter than the minimum, so accepted by name, and only locally. */
	static final String LOCAL_KEY = "local-admin-key";

	AuditAdminProperties {
		if (adminKey != null && adminKey.isBlank()) {
			adminKey = null;
		}
		if (adminKey != null && !adminKey.equals(LOCAL_KEY) && adminKey.strip().length() < MIN_LENGTH) {
			throw new IllegalArgumentException(KEY + " must be at least " + MIN_LENGTH
					+ " characters (for example: openssl rand -hex 32), or left unset to disable the admin query");
		}
	}

	/** @return whether an admin key is configured */
	boolean isEnabled() {
		return this.adminKey != null;
	}

	/** @return whether the configured key is the publicly known local fixture */
	boolean isLocalFixture() {
		return LOCAL_KEY.equals(this.adminKey);
	}

	/**
	 * Compares in constant time: both sides are hashed first, so neither the content nor
	 * the length of the key leaks through timing.
	 * @param presented the presented key, or {@code null}
	 * @return whether it is the configured key
	 */
	boolean isAdminKey(@Nullable String presented) {
		if (this.adminKey == null || presented == null) {
			return false;
		}
		return MessageDigest.isEqual(sha256(this.adminKey), sha256(presented));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	@Override
	public String toString() {
		return "AuditAdminProperties[adminKey=" + ((this.adminKey != null) ? "<redacted>" : "<unset>") + "]";
	}

}
