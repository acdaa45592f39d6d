package network.applicant.gpt.oauth.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.ECPrivateKey;
import java.util.List;

import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import network.applicant.gpt.oauth.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SigningKeysTests {

	private static final String PEM = TestKeys.newPkcs8Pem();

	private static final String OTHER_PEM = TestKeys.newPkcs8Pem();

	@Test
	void loadPublishesEveryKeyAndSignsWithTheActiveOne() throws Exception {
		SigningKeys keys = SigningKeys.load(new SigningKeyProperties(
				List.of(new SigningKeyProperties.Key("old", PEM), new SigningKeyProperties.Key("new", OTHER_PEM)), "new",
				null), true);

		assertThat(keys.activeKeyId()).isEqualTo("new");
		assertThat(new JsonWebKeySet(keys.jwksJson()).getJsonWebKeys()).extracting((key) -> key.getKeyId())
			.containsExactly("old", "new");
		assertThat(keys.jwksJson()).doesNotContain("\"d\"");
	}

	@Test
	void publicKeyOfMatchesTheJdkKeyPair() throws Exception {
		java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
		generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
		java.security.KeyPair pair = generator.generateKeyPair();

		assertThat(SigningKeys.publicKeyOf((ECPrivateKey) pair.getPrivate()).getW())
			.isEqualTo(((java.security.interfaces.ECPublicKey) pair.getPublic()).getW());
	}

	@Test
	void loadWhenKeyMalformedThenNamesTheKeyWithoutItsValue() {
		String broken = PEM.replace("A", "B");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> SigningKeys.load(
					new SigningKeyProperties(List.of(new SigningKeyProperties.Key("k", broken)), "k", null), false))
			.withMessageContaining("applicant.oauth.signing.keys[0].private-key-pem")
			.withMessageNotContaining(broken.lines().skip(1).findFirst().orElseThrow());
	}

	@Test
	void loadWhenLocalKeyFileMissingThenGeneratesItWithMode600AndReusesIt(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("run/oauth-signing-key.pem");

		SigningKeys first = SigningKeys.load(new SigningKeyProperties(List.of(), null, file), false);
		SigningKeys second = SigningKeys.load(new SigningKeyProperties(List.of(), null, file), false);

		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(first.activeKeyId()).startsWith("local-").isEqualTo(second.activeKeyId());
	}

	@Test
	void loadWhenLocalKeyFileUnderProdThenRefused(@TempDir Path dir) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SigningKeys.load(new SigningKeyProperties(List.of(), null, dir.resolve("k.pem")), true))
			.withMessageContaining("applicant.oauth.signing.local-key-file is set while the prod profile is active");
		assertThat(dir.resolve("k.pem")).doesNotExist();
	}

	@Test
	void propertiesWhenActiveKeyUnknownThenNamesTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SigningKeyProperties(List.of(new SigningKeyProperties.Key("k", PEM)), "other", null))
			.withMessageContaining("applicant.oauth.signing.active-key-id 'other' names no key");
		assertThat(new SigningKeyProperties(List.of(new SigningKeyProperties.Key("k", PEM)), "k", null).toString())
			.doesNotContain(PEM.lines().skip(1).findFirst().orElseThrow());
	}

}
