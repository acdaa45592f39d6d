package network.applicant.gpt.oauth.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.EllipticCurves;

/**
 * The server's signing keys, loaded and checked at start-up: each configured key must
 * be a P-256 private key that signs what its public half verifies. The active key signs;
 * every key is published ({@link #jwksJson()}), so tokens signed before a rotation keep
 * verifying until they expire.
 *
 * <p>No message ever contains key material: a bad key is named by its configuration key.
 * Immutable and thread-safe once loaded.
 */
public final class SigningKeys {

	private final List<EllipticCurveJsonWebKey> keys;

	private final EllipticCurveJsonWebKey active;

	private final String jwksJson;

	SigningKeys(List<EllipticCurveJsonWebKey> keys, EllipticCurveJsonWebKey active) {
		this.keys = List.copyOf(keys);
		this.active = active;
		List<JsonWebKey> publics = new ArrayList<>();
		for (EllipticCurveJsonWebKey key : this.keys) {
			EllipticCurveJsonWebKey published = new EllipticCurveJsonWebKey((ECPublicKey) key.getPublicKey());
			published.setKeyId(key.getKeyId());
			published.setUse("sig");
			published.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
			publics.add(published);
		}
		this.jwksJson = new JsonWebKeySet(publics).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
	}

	/**
	 * Loads the keys the properties describe.
	 * @param properties the signing properties
	 * @param prodProfileActive whether the {@code prod} profile is active (a local key file is then refused)
	 * @return the loaded keys
	 * @throws IllegalArgumentException naming the key at fault, never its value
	 */
	static SigningKeys load(SigningKeyProperties properties, boolean prodProfileActive) {
		List<EllipticCurveJsonWebKey> keys = new ArrayList<>();
		for (int i = 0; i < properties.keys().size(); i++) {
			SigningKeyProperties.Key configured = properties.keys().get(i);
			String name = SigningKeyProperties.PREFIX + ".keys[" + i + "].private-key-pem";
			keys.add(jwk(parsePrivateKey(configured.privateKeyPem(), name), configured.id(), name));
		}
		EllipticCurveJsonWebKey active;
		Path file = properties.localKeyFile();
		if (file != null) {
			if (prodProfileActive) {
				throw new IllegalArgumentException(SigningKeyProperties.PREFIX + ".local-key-file is set while the"
						+ " prod profile is active; production keys come from " + SigningKeyProperties.PREFIX
						+ ".keys[n] and " + SigningKeyProperties.PREFIX + ".active-key-id");
			}
			String name = SigningKeyProperties.PREFIX + ".local-key-file";
			ECPrivateKey privateKey = parsePrivateKey(readOrCreate(file), name);
			EllipticCurveJsonWebKey local = jwk(privateKey, null, name);
			local.setKeyId("local-" + local.calculateBase64urlEncodedThumbprint("SHA-256").substring(0, 16));
			keys.removeIf((key) -> key.getKeyId().equals(local.getKeyId()));
			keys.add(local);
			active = local;
		}
		else {
			active = keys.stream()
				.filter((key) -> key.getKeyId().equals(properties.activeKeyId()))
				.findFirst()
				.orElseThrow();
		}
		return new SigningKeys(keys, active);
	}

	/** @return the id of the key that signs new tokens */
	public String activeKeyId() {
		return this.active.getKeyId();
	}

	/** @return the active key, private half included */
	EllipticCurveJsonWebKey active() {
		return this.active;
	}

	/** @return the ids of every published key */
	public List<String> keyIds() {
		return this.keys.stream().map(JsonWebKey::getKeyId).toList();
	}

	/** @return the JWKS document: public halves only, with {@code kid}, {@code use} and {@code alg} */
	public String jwksJson() {
		return this.jwksJson;
	}

	@Override
	public String toString() {
		return "SigningKeys[active=" + activeKeyId() + ", published=" + keyIds() + "]";
	}

	/*
	 * A local key file is created with mode 600 from the start (never written first and
	 * restricted later) so that no other user of the machine can read it in between.
	 */
	static String readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				Path parent = file.toAbsolutePath().getParent();
				if (parent != null) {
					Files.createDirectories(parent);
				}
				KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
				generator.initialize(new ECGenParameterSpec("secp256r1"));
				KeyPair pair = generator.generateKeyPair();
				String pem = "-----BEGIN PRIVATE KEY-----\n"
						+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
							.encodeToString(pair.getPrivate().getEncoded())
						+ "\n-----END PRIVATE KEY-----\n";
				try {
					Files.createFile(file,
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
					Files.writeString(file, pem, StandardCharsets.US_ASCII);
				}
				catch (FileAlreadyExistsException ex) {
					// another process created it first; use theirs
				}
			}
			return Files.readString(file, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(SigningKeyProperties.PREFIX + ".local-key-file cannot be read or created: "
					+ ex.getClass().getSimpleName(), ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("EC P-256 is not available", ex);
		}
	}

	static ECPrivateKey parsePrivateKey(String pem, String name) {
		if (pem.contains("BEGIN EC PRIVATE KEY")) {
			throw new IllegalArgumentException(name + " is a SEC 1 key; convert it to PKCS#8 (openssl pkcs8 -topk8"
					+ " -nocrypt)");
		}
		String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
		try {
			byte[] der = Base64.getDecoder().decode(body);
			if (KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof ECPrivateKey key
					&& key.getParams().getCurve().getField().getFieldSize() == 256
					&& key.getParams().getOrder().equals(EllipticCurves.P256.getOrder())) {
				return key;
			}
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			// reported below without the cause, whose message might quote the input
		}
		throw new IllegalArgumentException(name + " is not a PKCS#8 EC P-256 private key in PEM form");
	}

	private static EllipticCurveJsonWebKey jwk(ECPrivateKey privateKey, String keyId, String name) {
		ECPublicKey publicKey = publicKeyOf(privateKey);
		try {
			byte[] probe = "applicant-oauth-key-check".getBytes(StandardCharsets.US_ASCII);
			Signature signer = Signature.getInstance("SHA256withECDSA");
			signer.initSign(privateKey);
			signer.update(probe);
			byte[] signature = signer.sign();
			Signature verifier = Signature.getInstance("SHA256withECDSA");
			verifier.initVerify(publicKey);
			verifier.update(probe);
			if (!verifier.verify(signature)) {
				throw new IllegalArgumentException(name + " does not verify its own signature");
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException(name + " cannot sign with ES256");
		}
		EllipticCurveJsonWebKey jwk = new EllipticCurveJsonWebKey(publicKey);
		jwk.setPrivateKey(privateKey);
		jwk.setKeyId(keyId);
		return jwk;
	}

	/*
	 * A PKCS#8 key need not carry its public point, and the JDK has no call that derives
	 * it, so it is computed here: Q = d * G by double-and-add in affine coordinates. This
	 * runs once per key at start-up; it is not constant time, which is harmless for a
	 * start-up computation on a key that is never attacker-controlled.
	 */
	static ECPublicKey publicKeyOf(ECPrivateKey privateKey) {
		ECParameterSpec params = privateKey.getParams();
		BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
		BigInteger a = params.getCurve().getA();
		ECPoint result = ECPoint.POINT_INFINITY;
		ECPoint addend = params.getGenerator();
		BigInteger scalar = privateKey.getS();
		for (int i = 0; i < scalar.bitLength(); i++) {
			if (scalar.testBit(i)) {
				result = add(result, addend, p, a);
			}
			addend = add(addend, addend, p, a);
		}
		try {
			return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(result, params));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot build the EC public key", ex);
		}
	}

	private static ECPoint add(ECPoint first, ECPoint second, BigInteger p, BigInteger a) {
		if (first.equals(ECPoint.POINT_INFINITY)) {
			return second;
		}
		if (second.equals(ECPoint.POINT_INFINITY)) {
			return first;
		}
		BigInteger x1 = first.getAffineX();
		BigInteger y1 = first.getAffineY();
		BigInteger x2 = second.getAffineX();
		BigInteger y2 = second.getAffineY();
		BigInteger lambda;
		if (x1.equals(x2)) {
			if (!y1.equals(y2) || y1.signum() == 0) {
				return ECPoint.POINT_INFINITY;
			}
			lambda = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a).multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
		}
		else {
			lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
		}
		BigInteger x3 = lambda.pow(2).subtract(x1).subtract(x2).mod(p);
		BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
		return new ECPoint(x3, y3);
	}

}
