package network.applicant.gpt.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * Signing keys for tests, as the configuration carries them: PKCS#8 EC P-256 PEM.
 */
public final class TestKeys {

	private TestKeys() {
	}

	/** @return a new P-256 private key, PKCS#8 PEM */
	public static String newPkcs8Pem() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
			return "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
					+ "\n-----END PRIVATE KEY-----\n";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
