package network.applicant.gpt.gateway.endtoend;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate linking ChatGPT in Debian's headless Chromium through the real gateway: the
 * authorize link, the gateway's dev sign-in page (which plays Clerk and sets the Clerk-shaped
 * {@code __session} cookie that the gateway's production verification then checks), the
 * oauth service's consent page, ChatGPT's callback, and the connected-apps page with its
 * disconnect, with the keyboard and with a label on every control.
 *
 * <p>The callback URLs are the local ChatGPT client's real ones ({@code https://chatgpt.com/...});
 * Chromium resolves chatgpt.com to a local WireMock HTTPS server
 * ({@code --host-resolver-rules}, with {@code --ignore-certificate-errors} for its
 * self-signed certificate), so the browser really arrives there and the test reads what the
 * callback received. Chromium and chromedriver come from Debian ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}).
 */
@ExtendWith(SharedPlatform.class)
class BrowserThroughGatewayIntegrationTests {

	private static final List<String> CANDIDATES = List.of("user_demo_grace", "user_demo_mary");

	private static final String CONSENT_TITLE = "Allow ChatGPT to use your Applicant.Network account?";

	private static RunningPlatform platform;

	private static ChatGpt chatGpt;

	private static WireMockServer callbackHost;

	private static WebDriver browser;

	private static Path profile;

	@BeforeAll
	static void start(RunningPlatform shared) throws IOException, SQLException {
		platform = shared;
		chatGpt = new ChatGpt(platform);
		platform.forget(CANDIDATES);
		callbackHost = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort());
		callbackHost.start();
		callbackHost.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<!DOCTYPE html><html lang=\"en\"><head><title>ChatGPT callback stand-in</title></head>"
					+ "<body><main><h1>ChatGPT callback stand-in</h1></main></body></html>")));
		profile = Files.createTempDirectory("gateway-browser-profile");
		ChromeOptions chrome = new ChromeOptions();
		chrome.setBinary("/usr/bin/chromium");
		chrome.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--ignore-certificate-errors", "--window-size=1024,900", "--user-data-dir=" + profile,
				"--host-resolver-rules=MAP chatgpt.com 127.0.0.1:" + callbackHost.httpsPort()
						+ ", MAP chat.openai.com 127.0.0.1:" + callbackHost.httpsPort());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, chrome);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stop() throws IOException, SQLException {
		try {
			if (browser != null) {
				browser.quit();
			}
			if (callbackHost != null) {
				callbackHost.stop();
			}
			if (profile != null) {
				org.springframework.util.FileSystemUtils.deleteRecursively(profile);
			}
		}
		finally {
			if (platform != null) {
				platform.forget(CANDIDATES);
			}
		}
	}

	@Test
	void linkWithTheKeyboardThenDisconnectOnTheConnectedAppsPage() throws Exception {
		signOut();
		callbackHost.resetRequests();
		browser.get(authorizeUrl("keyboard-state"));

		signInWithTheKeyboard("grace@applicant.test");
		wait(ExpectedConditions.titleIs(CONSENT_TITLE));
		assertThat(browser.findElement(By.cssSelector(".identity")).getText()).contains("grace@applicant.test");
		assertThat(browser.findElement(By.cssSelector("ul.scopes")).getText())
			.contains("Search jobs and read their details");
		assertEveryControlIsLabelled();
		WebElement approve = focusByTab("Allow ChatGPT");
		new Actions(browser).sendKeys(Keys.ENTER).perform();

		Map<String, String> returned = arrivedAtCallback();
		assertThat(returned).containsEntry("state", "keyboard-state").containsKey("code");
		assertThat(approve).isNotNull();
		HttpResponse<String> tokens = chatGpt.exchange(returned.get("code"), ChatGpt.CHATGPT_CALLBACK, null, true);
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		String refreshToken = chatGpt.json(tokens).path("refresh_token").asString();

		// still signed in through the gateway's session cookie: the connected-apps page lists ChatGPT
		browser.get(platform.publicBaseUrl() + "/api/v1/gpt/connections/manage");
		wait(ExpectedConditions.titleIs("Connected apps - Applicant.Network"));
		assertThat(browser.findElement(By.cssSelector("li.connection h2")).getText()).isEqualTo("ChatGPT");
		assertEveryControlIsLabelled();
		focusByTab("Disconnect ChatGPT");
		new Actions(browser).sendKeys(Keys.ENTER).perform();

		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='status']")));
		assertThat(browser.findElement(By.cssSelector("[role='status']")).getText())
			.startsWith("ChatGPT is disconnected.");
		HttpResponse<String> refreshed = chatGpt.refresh(refreshToken, true);
		assertThat(refreshed.statusCode()).isEqualTo(400);
		assertThat(chatGpt.json(refreshed).path("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void denyOnTheConsentPageReachesTheCallbackWithAccessDenied() {
		signOut();
		callbackHost.resetRequests();
		browser.get(authorizeUrl("deny-state"));

		signInWithTheKeyboard("mary@applicant.test");
		wait(ExpectedConditions.titleIs(CONSENT_TITLE));
		browser.findElement(By.cssSelector("button[value='deny']")).click();

		Map<String, String> returned = arrivedAtCallback();
		assertThat(returned).containsEntry("error", "access_denied")
			.containsEntry("state", "deny-state")
			.doesNotContainKey("code");
	}

	@Test
	void signInWithAWrongPasswordStaysOnTheSignInPageWithAnError() {
		signOut();
		callbackHost.resetRequests();
		browser.get(authorizeUrl("wrong-password"));

		wait(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
		browser.findElement(By.id("email")).sendKeys("mary@applicant.test");
		browser.findElement(By.id("password")).sendKeys("not-the-password", Keys.ENTER);

		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='alert']")));
		assertThat(browser.getCurrentUrl()).startsWith(platform.publicBaseUrl() + "/dev/sign-in");
		assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("mary@applicant.test");
		assertThat(callbackHost.getAllServeEvents()).isEmpty();
	}

	/* Cookies are deleted for the page's own site: the gateway's session cookie lives on its origin. */
	private static void signOut() {
		browser.get(platform.publicBaseUrl() + "/api/v1/gpt/privacy");
		browser.manage().deleteAllCookies();
	}

	private static String authorizeUrl(String state) {
		return platform.publicBaseUrl() + "/api/v1/gpt/oauth/authorize?response_type=code&client_id="
				+ RunningPlatform.CLIENT_ID + "&redirect_uri=" + ChatGpt.encode(ChatGpt.CHATGPT_CALLBACK)
				+ "&scope=&state=" + ChatGpt.encode(state);
	}

	/* The dev sign-in page: the email field has focus, Tab reaches the password, Enter submits. */
	private static void signInWithTheKeyboard(String email) {
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
		assertThat(browser.getCurrentUrl()).startsWith(platform.publicBaseUrl() + "/dev/sign-in");
		assertEveryControlIsLabelled();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("email");
		new Actions(browser).sendKeys(email).sendKeys(Keys.TAB).perform();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("password");
		new Actions(browser).sendKeys("demo").sendKeys(Keys.ENTER).perform();
	}

	/* Presses Tab until the control with this text has focus (at most 20 times), checking its focus is visible. */
	private static WebElement focusByTab(String text) {
		browser.findElement(By.tagName("body")).click();
		for (int i = 0; i < 20; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			WebElement active = browser.switchTo().activeElement();
			if (text.equals(active.getText().strip())) {
				assertThat(active.getCssValue("outline-style")).as("visible focus on %s", text).isNotEqualTo("none");
				return active;
			}
		}
		throw new AssertionError("Tab never reached \"" + text + "\" on " + browser.getCurrentUrl());
	}

	private static void assertEveryControlIsLabelled() {
		List<String> unlabelled = new ArrayList<>();
		for (WebElement control : browser.findElements(By.cssSelector("input:not([type='hidden']), select, textarea"))) {
			String id = control.getAttribute("id");
			boolean labelled = (id != null && !browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty())
					|| control.getAttribute("aria-label") != null;
			if (!labelled) {
				unlabelled.add(control.getAttribute("name"));
			}
		}
		for (WebElement button : browser.findElements(By.tagName("button"))) {
			if (button.getText().isBlank() && button.getAttribute("aria-label") == null) {
				unlabelled.add("button " + button.getAttribute("value"));
			}
		}
		assertThat(unlabelled).as("controls without a label on %s", browser.getCurrentUrl()).isEmpty();
	}

	/* The success page refreshes to the client after a second; waits until ChatGPT's callback was called. */
	private static Map<String, String> arrivedAtCallback() {
		String path = URI.create(ChatGpt.CHATGPT_CALLBACK).getPath();
		// the browser may ask the host for other things too (its favicon)
		LoggedRequest request = wait((driver) -> callbackHost.getAllServeEvents()
			.stream()
			.map((event) -> event.getRequest())
			.filter((logged) -> URI.create(logged.getAbsoluteUrl()).getPath().equals(path))
			.findFirst()
			.orElse(null));
		// the host the browser asked for (over HTTP/2 there is no Host header, only :authority)
		assertThat(request.getHost()).isEqualTo("chatgpt.com");
		return ChatGpt.parameters(URI.create(request.getAbsoluteUrl()).getRawQuery());
	}

	private static <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
	}

}
