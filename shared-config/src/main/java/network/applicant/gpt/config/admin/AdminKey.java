package network.applicant.gpt.config.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * A configured admin key ({@code Authorization: Bearer <admin key>} on {@code /admin/**}).
 *
 * <p>Optional: without it every admin call is refused. When set it must have at least
 * {@value #MIN_LENGTH} characters; the one exception is the publicly known local fixture
 * {@value #LOCAL_KEY} (DESIGN §4), accepted by name and only in the {@code local} profile.
 * Checked here rather than with Bean Validation, whose failure report would print the
 * rejected value; {@link #toString()} never shows the key. Immutable and thread-safe.
 *
 * <pre>{@code
 * AdminKey key = AdminKey.of(properties.adminKey(), "applicant.audit.admin-key");
 * key.requireLocalProfileForFixture(environment);
 * }</pre>
 */
public final class AdminKey {

	/** The shortest key accepted, except the local fixture. */
	public static final int MIN_LENGTH = 16;

	/** The publicly known local fixture, shorter than the minimum, so accepted by name and only locally. */
	public static final String LOCAL_KEY = "local-admin-key";

	private final @Nullable String key;

	private final String property;

	private AdminKey(@Nullable String key, String property) {
		this.key = key;
		this.property = property;
	}

	/**
	 * @param key the configured key, or {@code null}/blank when unset
	 * @param property the configuration key it came from, for messages
	 * @return the admin key
	 * @throws IllegalArgumentException if it is set but too short (the message names the property, not the value)
	 */
	public static AdminKey of(@Nullable String key, String property) {
		String value = (key == null || key.isBlank()) ? null : key;
		if (value != null && !value.equals(LOCAL_KEY) && value.strip().length() < MIN_LENGTH) {
			throw new IllegalArgumentException(property + " must be at least " + MIN_LENGTH
					+ " characters (for example: openssl rand -hex 32), or left unset to disable the admin endpoints");
		}
		return new AdminKey(value, property);
	}

	/** @return the configuration key this admin key comes from */
	public String property() {
		return this.property;
	}

	/** @return whether an admin key is configured */
	public boolean isEnabled() {
		return this.key != null;
	}

	/** @return whether the configured key is the publicly known local fixture */
	public boolean isLocalFixture() {
		return LOCAL_KEY.equals(this.key);
	}

	/**
	 * Refuses the local fixture outside the {@code local} profile.
	 * @param environment the application's environment
	 * @throws IllegalStateException if the fixture is configured and the {@code local} profile is not active
	 */
	public void requireLocalProfileForFixture(Environment environment) {
		if (isLocalFixture() && !environment.acceptsProfiles(Profiles.of("local"))) {
			throw new IllegalStateException(this.property + " is the publicly known local development key;"
					+ " outside the local profile set a random key of at least " + MIN_LENGTH
					+ " characters (for example: openssl rand -hex 32)");
		}
	}

	/**
	 * Compares in constant time: both sides are hashed first, so neither the content nor
	 * the length of the key leaks through timing.
	 * @param presented the presented key, or {@code null}
	 * @return whether it is the configured key
	 */
	public boolean matches(@Nullable String presented) {
		if (this.key == null || presented == null) {
			return false;
		}
		return MessageDigest.isEqual(sha256(this.key), sha256(presented));
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
		return "AdminKey[" + this.property + "=" + ((this.key != null) ? "<redacted>" : "<unset>") + "]";
	}

}
