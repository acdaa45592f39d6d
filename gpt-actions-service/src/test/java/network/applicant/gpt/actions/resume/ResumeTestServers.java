package network.applicant.gpt.actions.resume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The servers resume analysis talks to, played by WireMock for the shared test context:
 * the ChatGPT file host over HTTPS (with a certificate made for this test run, trusted
 * through {@code applicant.resume.files.trust-certificates}; host {@code localhost} is the
 * allow-list) and the AI service.
 */
public final class ResumeTestServers {

	private static final String PASSWORD = "changeit";

	private static final Path CERTIFICATE;

	/** The file host, HTTPS on {@code localhost}. */
	public static final WireMockServer FILES;

	/** The OpenAI-compatible AI service. */
	public static final WireMockServer AI;

	static {
		try {
			Path directory = Files.createTempDirectory("resume-tls");
			Path keystore = directory.resolve("files.p12");
			CERTIFICATE = directory.resolve("files.pem");
			String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
			run(List.of(keytool, "-genkeypair", "-alias", "files", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
					"-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-keystore", keystore.toString(),
					"-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
			run(List.of(keytool, "-exportcert", "-rfc", "-alias", "files", "-keystore", keystore.toString(),
					"-storetype", "PKCS12", "-storepass", PASSWORD, "-file", CERTIFICATE.toString()));
			FILES = new WireMockServer(wireMockConfig().dynamicPort()
				.dynamicHttpsPort()
				.keystorePath(keystore.toString())
				.keystorePassword(PASSWORD)
				.keyManagerPassword(PASSWORD)
				.keystoreType("PKCS12"));
			FILES.start();
			AI = new WireMockServer(wireMockConfig().dynamicPort());
			AI.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				FILES.stop();
				AI.stop();
			}));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("cannot start the resume test servers", ex);
		}
	}

	private ResumeTestServers() {
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException("keytool failed: " + output);
		}
	}

	/** @return the HTTPS base URL of the file host, on an allowed host */
	public static String filesUrl() {
		return "https://localhost:" + FILES.httpsPort();
	}

	/**
	 * Points resume analysis at the test servers.
	 * @param registry the test context's properties
	 */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("applicant.resume.files.allowed-hosts", () -> "localhost");
		registry.add("applicant.resume.files.trust-certificates", () -> "file:" + CERTIFICATE);
		registry.add("applicant.resume.files.max-size", () -> "1MB");
		registry.add("applicant.resume.ai.base-url", () -> AI.baseUrl() + "/v1");
		registry.add("applicant.resume.ai.api-key", () -> "test-ai-key");
		registry.add("applicant.resume.ai.timeout", () -> "1s");
		registry.add("applicant.resume.ai.minimum-calls", () -> "100");
	}

}
