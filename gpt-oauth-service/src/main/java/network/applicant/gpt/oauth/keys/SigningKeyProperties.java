package network.applicant.gpt.oauth.keys;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The keys access tokens are signed with. Every configured key is published in the
 * JWKS; only the active one signs. Rotation: add the new key, make it active, and remove
 * the old one once the last token it signed has expired (one access-token lifetime).
 *
 * <p>Key material is checked in {@link SigningKeys}, never with Bean Validation (whose
 * report would print it), and {@link #toString()} redacts it.
 *
 * @param keys the configured keys, each a PKCS#8 EC P-256 private key in PEM form with a key id
 * @param activeKeyId the id of the key that signs new tokens; required unless {@code localKeyFile}
 * is set
 * @param localKeyFile local runs only: a PEM file with the signing key, generated (mode 600) when
 * missing; this key is then the active one. Refused when the {@code prod} profile is active
 */
@Validated
@ConfigurationProperties(SigningKeyProperties.PREFIX)
record SigningKeyProperties(@DefaultValue List<Key> keys, @Nullable String activeKeyId, @Nullable Path localKeyFile) {

	static final String PREFIX = "applicant.oauth.signing";

	SigningKeyProperties {
		keys = (keys != null) ? List.copyOf(keys) : List.of();
		if (activeKeyId != null && activeKeyId.isBlank()) {
			activeKeyId = null;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < keys.size(); i++) {
			Key key = keys.get(i);
			String name = PREFIX + ".keys[" + i + "]";
			if (key.id() == null || !key.id().matches("[A-Za-z0-9._-]{1,64}")) {
				throw new IllegalArgumentException(name + ".id must be 1-64 letters, digits, '.', '_' or '-'");
			}
			if (!ids.add(key.id())) {
				throw new IllegalArgumentException(name + ".id '" + key.id() + "' is configured more than once");
			}
			if (key.privateKeyPem() == null || key.privateKeyPem().isBlank()) {
				throw new IllegalArgumentException(name + ".private-key-pem is not set");
			}
		}
		if (localKeyFile == null) {
			if (keys.isEmpty()) {
				throw new IllegalArgumentException(PREFIX + ".keys is empty; configure at least one signing key"
						+ " (PKCS#8 EC P-256 PEM, e.g. openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)");
			}
			if (activeKeyId == null) {
				throw new IllegalArgumentException(PREFIX + ".active-key-id is not set");
			}
			if (!ids.contains(activeKeyId)) {
				throw new IllegalArgumentException(PREFIX + ".active-key-id '" + activeKeyId
						+ "' names no key in " + PREFIX + ".keys");
			}
		}
	}

	@Override
	public String toString() {
		return "SigningKeyProperties[keys=" + this.keys + ", activeKeyId=" + this.activeKeyId + ", localKeyFile="
				+ this.localKeyFile + "]";
	}

	/**
	 * One configured signing key.
	 *
	 * @param id the key id ({@code kid})
	 * @param privateKeyPem the PKCS#8 EC P-256 private key, PEM; from a secret
	 */
	record Key(@Nullable String id, @Nullable String privateKeyPem) {

		@Override
		public String toString() {
			return "Key[id=" + this.id + ", privateKeyPem=<redacted>]";
		}

	}

}
