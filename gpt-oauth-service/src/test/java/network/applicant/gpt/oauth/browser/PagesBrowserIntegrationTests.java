package network.applicant.gpt.oauth.browser;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import network.applicant.gpt.oauth.OAuthHttp;
import network.applicant.gpt.oauth.OAuthServiceIntegrationTest;
import network.applicant.gpt.oauth.clients.ClientSecretHasher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's pages in Debian's headless Chromium, driven by Selenium: sign-in
 * hand-off, consent (approve by keyboard, deny), the error page and the connected-apps
 * disconnect, with keyboard focus order, visible focus and a label on every control.
 *
 * <p>The browser talks to {@link GatewayFront}, which plays the gateway (sign-in page,
 * identity headers). ChatGPT's callback is played by WireMock over HTTPS on localhost
 * with its built-in self-signed certificate (Chromium runs with
 * {@code --ignore-certificate-errors}), registered as the test client's redirect URI:
 * client rules refuse {@code http} redirect URIs, and an https stand-in lets the browser
 * really arrive at the callback, so the tests check what the callback received instead of
 * guessing from a failed navigation. Chromium and chromedriver come from Debian
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); Selenium Manager is never
 * asked to download anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserIntegrationTests extends OAuthServiceIntegrationTest {

	static final Path SCREENSHOTS = Path.of("target", "browser");

	private static final String CALLBACK_PATH = "/aip/g-browser/oauth/callback";

	private static final String CLIENT_SECRET = "browser-test-client-secret-0123456789";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ClientSecretHasher hasher;

	private WireMockServer chatGpt;

	private GatewayFront front;

	private WebDriver browser;

	private OAuthHttp http;

	private String clientId;

	private String callback;

	private Path profile;

	private final List<String> candidates = new ArrayList<>();

	@BeforeAll
	void start() throws IOException {
		this.chatGpt = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort());
		this.chatGpt.start();
		this.chatGpt.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<!DOCTYPE html><html lang=\"en\"><head><title>ChatGPT callback stand-in</title></head>"
					+ "<body><main><h1>ChatGPT callback stand-in</h1></main></body></html>")));
		this.callback = "https://localhost:" + this.chatGpt.httpsPort() + CALLBACK_PATH;
		this.clientId = "it-browser-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String secretHash = this.hasher.hash(CLIENT_SECRET);
		this.jdbc.update("""
				INSERT INTO oauth.clients (client_id, name, secret_hash, configured_secret_hash, redirect_uris,
				                           allowed_scopes, default_scopes)
				VALUES (?, 'ChatGPT', ?, ?, ARRAY[?], '{jobs:read,applications:read,applications:write,resume:read}',
				        '{jobs:read}')""", this.clientId, secretHash, secretHash, this.callback);
		this.front = new GatewayFront(this.port);
		this.http = new OAuthHttp(this.port);
		this.profile = Files.createTempDirectory("oauth-browser-profile");
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--ignore-certificate-errors", "--window-size=1024,900", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void stop() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.front != null) {
			this.front.close();
		}
		if (this.chatGpt != null) {
			this.chatGpt.stop();
		}
		this.jdbc.update("DELETE FROM oauth.clients WHERE client_id = ?", this.clientId);
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	@BeforeEach
	void signOut() {
		this.browser.get(this.front.base() + "/dev/sign-in");
		this.browser.manage().deleteAllCookies();
		this.chatGpt.resetRequests();
	}

	@AfterEach
	void cleanUp() {
		for (String candidate : this.candidates) {
			this.jdbc.update("DELETE FROM oauth.refresh_token_families WHERE candidate_id = ?", candidate);
			this.jdbc.update("DELETE FROM oauth.authorization_codes WHERE candidate_id = ?", candidate);
			this.jdbc.update("DELETE FROM oauth.consents WHERE candidate_id = ?", candidate);
		}
	}

	private String newCandidate() {
		String candidate = "user_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.candidates.add(candidate);
		return candidate;
	}

	private String authorizeUrl(String client, String state) {
		return this.front.base() + "/api/v1/gpt/oauth/authorize?" + OAuthHttp.form(Map.of("response_type", "code",
				"client_id", client, "redirect_uri", this.callback, "state", state, "scope",
				"jobs:read applications:read"));
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	/* The sign-in page of the front, typed into like a person would: labels find the fields. */
	private void signIn(String candidate) {
		waiting().until(ExpectedConditions.titleIs("Sign in"));
		assertEveryControlIsLabelled();
		field("Email").sendKeys(candidate + "@applicant.test");
		field("Password").sendKeys("demo", Keys.ENTER);
	}

	private WebElement field(String label) {
		WebElement labelElement = this.browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
		return this.browser.findElement(By.id(labelElement.getDomAttribute("for")));
	}

	private WebElement heading() {
		return this.browser.findElement(By.tagName("h1"));
	}

	/* Every visible form control has an accessible name: a label for fields, text for buttons. */
	private void assertEveryControlIsLabelled() {
		List<WebElement> controls = this.browser.findElements(By.cssSelector("input, select, textarea, button"));
		for (WebElement control : controls) {
			if ("hidden".equals(control.getDomAttribute("type"))) {
				continue;
			}
			assertThat(control.getAccessibleName()).as("accessible name of <%s name=%s>", control.getTagName(),
					control.getDomAttribute("name")).isNotBlank();
			if (!"button".equals(control.getTagName())) {
				String id = control.getDomAttribute("id");
				assertThat(this.browser.findElements(By.cssSelector("label[for='" + id + "']"))).as("label of #%s", id)
					.hasSize(1);
			}
		}
	}

	/* Presses Tab from the top of the page, up to a limit, and returns what got focus, in order. */
	private List<WebElement> tabOrder(int presses) {
		List<WebElement> focused = new ArrayList<>();
		this.browser.findElement(By.tagName("body"));
		for (int i = 0; i < presses; i++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			WebElement active = this.browser.switchTo().activeElement();
			if (!focused.isEmpty() && focused.get(0).equals(active)) {
				break;
			}
			focused.add(active);
		}
		return focused;
	}

	private void assertFocusIsVisible(WebElement element) {
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(element);
		assertThat(element.getCssValue("outline-style")).as("outline of focused %s", element.getText())
			.isEqualTo("solid");
		assertThat(element.getCssValue("outline-width")).isEqualTo("3px");
	}

	private WebElement focusedByTab(String text) {
		for (WebElement element : tabOrder(15)) {
			if (element.getText().equals(text)) {
				return element;
			}
		}
		throw new AssertionError("Tab never reached '" + text + "'");
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((org.openqa.selenium.TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

	private Map<String, String> arrivedAtCallback() {
		waiting().until(ExpectedConditions.urlContains("https://localhost:" + this.chatGpt.httpsPort() + CALLBACK_PATH));
		waiting().until(ExpectedConditions.titleIs("ChatGPT callback stand-in"));
		List<LoggedRequest> received = this.chatGpt.findAll(getRequestedFor(urlPathEqualTo(CALLBACK_PATH)));
		assertThat(received).hasSize(1);
		return OAuthHttp.query(received.get(0).getAbsoluteUrl());
	}

	private HttpResponse<String> exchange(String code) {
		return this.http.postForm("/api/v1/gpt/oauth/token",
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", this.callback), null,
				OAuthHttp.basic(this.clientId, CLIENT_SECRET));
	}

	/* Signs in from the authorize link and approves with the keyboard: the code ChatGPT's callback received. */
	private String linkWithKeyboard(String candidate, String state) throws IOException {
		this.browser.get(authorizeUrl(this.clientId, state));
		signIn(candidate);
		waiting().until(ExpectedConditions.titleIs("Allow ChatGPT to use your Applicant.Network account?"));
		assertThat(heading().getText()).isEqualTo("Allow ChatGPT to use your Applicant.Network account?");
		assertThat(this.browser.findElement(By.cssSelector("ul.scopes")).getText())
			.contains("Search jobs and read their details")
			.contains("See the jobs you applied to and the status of each application");
		assertThat(this.browser.findElement(By.cssSelector(".identity")).getText())
			.isEqualTo("Signed in as Browser Candidate (" + candidate + "@applicant.test)");
		screenshot("consent-page.png");
		assertEveryControlIsLabelled();

		List<String> order = tabOrder(15).stream().map(WebElement::getText).toList();
		assertThat(order).containsSubsequence("What this means and how to disconnect", "Allow ChatGPT", "Deny");
		WebElement approve = focusedByTab("Allow ChatGPT");
		assertFocusIsVisible(approve);
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		assertFocusIsVisible(this.browser.findElement(By.cssSelector("button[value='deny']")));
		new Actions(this.browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(approve);
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();

		// the success page, then its one-second refresh to the client
		Map<String, String> returned = arrivedAtCallback();
		assertThat(returned).containsEntry("state", state).containsKey("code");
		return returned.get("code");
	}

	@Test
	void consentApprovedWithTheKeyboardReachesTheCallbackWithAWorkingCode() throws IOException {
		String candidate = newCandidate();

		String code = linkWithKeyboard(candidate, "state with spaces & symbols");

		HttpResponse<String> tokens = exchange(code);
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		assertThat(this.http.json(tokens).get("scope").asString()).isEqualTo("jobs:read applications:read");
	}

	@Test
	void consentDeniedReachesTheCallbackWithAccessDenied() {
		String candidate = newCandidate();
		this.browser.get(authorizeUrl(this.clientId, "deny-state"));
		signIn(candidate);
		waiting().until(ExpectedConditions.titleIs("Allow ChatGPT to use your Applicant.Network account?"));

		this.browser.findElement(By.cssSelector("button[value='deny']")).click();

		Map<String, String> returned = arrivedAtCallback();
		assertThat(returned).containsEntry("error", "access_denied").containsEntry("state", "deny-state")
			.doesNotContainKey("code");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM oauth.consents WHERE candidate_id = ?",
				Integer.class, candidate)).isZero();
	}

	@Test
	void unknownClientShowsTheErrorPageAndNeverLeaves() {
		this.browser.get(authorizeUrl("it-unknown-client", "error-state"));

		waiting().until(ExpectedConditions.titleContains("This app is not known to Applicant.Network"));
		assertThat(heading().getText()).isEqualTo("This app is not known to Applicant.Network");
		assertThat(this.browser.findElement(By.cssSelector("[role='alert']")).getText())
			.contains("not registered or no longer enabled");
		assertThat(this.browser.getCurrentUrl()).startsWith(this.front.base());
		WebElement learnMore = focusedByTab("How connecting ChatGPT to Applicant.Network works");
		assertFocusIsVisible(learnMore);
		assertThat(this.chatGpt.getAllServeEvents()).isEmpty();
	}

	@Test
	void connectedAppsPageDisconnectsWithTheKeyboardAndTheNextRefreshFails() throws IOException {
		String candidate = newCandidate();
		String refreshToken = this.http.json(exchange(linkWithKeyboard(candidate, "link-state")))
			.get("refresh_token")
			.asString();
		this.browser.manage().deleteAllCookies();

		// signed out: the page sends the browser to sign in and back
		this.browser.get(this.front.base() + "/api/v1/gpt/connections/manage");
		signIn(candidate);
		waiting().until(ExpectedConditions.titleIs("Connected apps - Applicant.Network"));
		assertThat(this.browser.findElement(By.cssSelector("li.connection h2")).getText()).isEqualTo("ChatGPT");
		assertThat(this.browser.findElement(By.cssSelector("li.connection")).getText())
			.contains("Search jobs and read their details")
			.contains("Connected on")
			.contains("Last used");
		screenshot("connected-apps-page.png");
		assertEveryControlIsLabelled();

		WebElement disconnect = focusedByTab("Disconnect ChatGPT");
		assertFocusIsVisible(disconnect);
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();

		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='status']")));
		assertThat(this.browser.findElement(By.cssSelector("[role='status']")).getText())
			.startsWith("ChatGPT is disconnected.");
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("No apps are connected to your account.");
		HttpResponse<String> refreshed = this.http.postForm("/api/v1/gpt/oauth/token",
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), null,
				OAuthHttp.basic(this.clientId, CLIENT_SECRET));
		assertThat(refreshed.statusCode()).isEqualTo(400);
		assertThat(this.http.json(refreshed).get("error").asString()).isEqualTo("invalid_grant");
	}

}
