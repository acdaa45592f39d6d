package network.applicant.gpt.actions.importing;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

import network.applicant.gpt.config.admin.AdminKey;

/**
 * The key that guards the admin endpoints ({@code Authorization: Bearer <admin key>}): optional,
 * at least {@value AdminKey#MIN_LENGTH} characters when set, the local fixture only in the
 * {@code local} profile; validated by {@link AdminKey} without ever printing the value.
 *
 * @param adminKey the admin key; comes from a secret, never from the repository
 */
@ConfigurationProperties(AdminProperties.PREFIX)
record AdminProperties(@Nullable String adminKey) {

	static final String PREFIX = "applicant.actions";

	static final String KEY = PREFIX + ".admin-key";



	AdminProperties {
		// validates without ever printing the value
		AdminKey.of(adminKey, KEY);
	}

	/** @return the admin key, validated */
	AdminKey key() {
		return AdminKey.of(this.adminKey, KEY);
	}

	@Override
	public String toString() {
		return "AdminProperties[adminKey=" + ((this.adminKey != null) ? "<redacted>" : "<unset>") + "]";
	}

}
