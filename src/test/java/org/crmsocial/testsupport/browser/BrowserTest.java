package org.crmsocial.testsupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.crmsocial.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: the real WAR in the managed Liberty, driven by Debian's headless
 * Chromium. Waits for Faces and PrimeFaces ajax to settle instead of sleeping; keeps a screenshot
 * of each test's last page under {@code target/screenshots}. No test relies on what another test or
 * class left behind: each links what it needs ({@link #ensureTwitterLinked()}), or unlinks it
 * ({@link #withNothingLinked(Runnable)}), and puts back a grant or language it changed, leaving at
 * most Twitter linked; so the tests run in any order.
 */
public abstract class BrowserTest {

  public static final String DEMO_PASSWORD = "demo-password-1";
  public static final String ADMIN = "admin@crmsocial.example";
  public static final String STANDARD_JA = "sales@crmsocial.example";

  protected static WebDriver driver;
  private static String mainWindow;

  @ArquillianResource protected URL base;

  private String testName;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.productWar();
  }

  @BeforeAll
  static void startBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=en-US");
    // The console carries every Content-Security-Policy violation: each one fails the test.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    mainWindow = driver.getWindowHandle();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  @BeforeEach
  void freshSession(TestInfo info) {
    testName =
        getClass().getSimpleName()
            + "-"
            + info.getTestMethod().map(m -> m.getName()).orElse("test");
    // A test that failed inside a popup left it open and current: back to the main window alone.
    for (String window : driver.getWindowHandles()) {
      if (!window.equals(mainWindow)) {
        driver.switchTo().window(window).close();
      }
    }
    driver.switchTo().window(mainWindow);
    // Leave the last page first: a delayed ajax request still queued there (a search box's keyup)
    // must not fire into the next test's session.
    driver.get("about:blank");
    driver.manage().deleteAllCookies();
  }

  @AfterEach
  void screenshot() throws Exception {
    screenshot(testName);
    assertNoPolicyViolations();
  }

  /**
   * Fails on any Content-Security-Policy violation the browser reported since the last check: the
   * policy must hold on every page the tests open, with PrimeFaces working under it.
   */
  protected void assertNoPolicyViolations() {
    List<String> violations =
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
            .map(org.openqa.selenium.logging.LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    assertThat(driver.getPageSource()).as("a missing text key").doesNotContain("???");
  }

  /** Keeps the page as it is now as {@code target/screenshots/<name>.png}, to look at. */
  protected void screenshot(String name) throws java.io.IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** A screenshot now, as target/screenshots/{test}-{suffix}.png, to look at later. */
  protected void shot(String suffix) {
    try {
      screenshot(testName + "-" + suffix);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Scrolls the element {@code id} to the middle of the window, then {@link #shot(String)}. */
  protected void shotOf(String id, String suffix) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'})", byId(id));
    shot(suffix);
  }

  /** Opens {@code path} (e.g. {@code /app/home.xhtml}) on the server under test. */
  /** The server's origin (scheme, host and port), for the test-only WARs beside the product. */
  protected String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  protected void open(String path) {
    driver.get(base.toString().replaceAll("/+$", "") + path);
    settle();
  }

  protected void signIn(String email, String password) {
    open("/login.xhtml");
    byId("login-form:email").clear();
    byId("login-form:email").sendKeys(email);
    byId("login-form:password").sendKeys(password);
    byId("login-form:sign-in").click();
    // A full-page post: wait for its answer (another page, or the sign-in page with a message),
    // not for the page that is still showing.
    waiting()
        .until(
            d ->
                !d.getCurrentUrl().contains("/login.xhtml")
                    || !d.findElements(By.cssSelector("#login-form\\:login-messages li"))
                        .isEmpty());
    settle();
  }

  protected WebElement byId(String id) {
    return waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  protected List<WebElement> allById(String id) {
    return driver.findElements(By.id(id));
  }

  /** Clicks and waits until the page and any ajax request it started have settled. */
  /**
   * Switches the signed-in user's language in the top bar and waits for the page in it (the switch
   * is a full post: opening another page before it answers would race it).
   */
  protected void switchLanguage(String lang) {
    click("nav-form:lang-" + lang);
    String other = "ja".equals(lang) ? "en" : "ja";
    waiting().until(d -> !d.findElements(By.id("nav-form:lang-" + other)).isEmpty());
  }

  protected void click(String id) {
    waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    settle();
  }

  protected String text(String id) {
    return byId(id).getText();
  }

  protected String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  protected WebDriverWait waiting() {
    // An ajax update replaces the elements a condition is reading: try again rather than fail.
    return (WebDriverWait)
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .ignoring(StaleElementReferenceException.class);
  }

  /** Waits for the document to load and PrimeFaces' ajax queue to empty. */
  protected void settle() {
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active === 0);")));
  }

  // ---- Social Integration settings, as an administrator uses them (S-9, S-13, S-15, S-21) ----

  protected static final String SOCIAL_SETTINGS = "/app/setup/social/index.xhtml?tab=";

  protected void openSettings(String tab) {
    open(SOCIAL_SETTINGS + tab);
  }

  /**
   * Clicks Add Account and runs {@code inPopup} in the popup window, then waits for it to close.
   */
  protected void addAccount(String net, Runnable inPopup) {
    String main = driver.getWindowHandle();
    byId("tabs:" + net + "-form:add-account").click();
    waiting().until(d -> d.getWindowHandles().size() == 2);
    Set<String> handles = driver.getWindowHandles();
    handles.remove(main);
    driver.switchTo().window(handles.iterator().next());
    inPopup.run();
    waiting().until(d -> d.getWindowHandles().size() == 1);
    driver.switchTo().window(main);
    settle();
  }

  /**
   * In the popup: signs in on the sandbox network as the brand, then clicks {@code submitAfter}.
   */
  protected void signInOnSandbox(String submitAfter) {
    signInOnSandbox("brand@acme.example", submitAfter);
  }

  /**
   * In the popup: signs in on the sandbox network as {@code login}, then clicks {@code submitAfter}
   * (null: stays on the consent page).
   */
  protected void signInOnSandbox(String login, String submitAfter) {
    // the popup shows either the sign-in form or the signed-in user with Change user (S-9)
    waiting()
        .until(
            d ->
                !d.findElements(By.id("email")).isEmpty()
                    || !d.findElements(By.id("change-user")).isEmpty());
    if (driver.findElements(By.id("email")).isEmpty()) {
      byId("change-user").click();
    }
    byId("email").sendKeys(login);
    byId("pass").sendKeys("sandbox");
    byId("login").click();
    if (submitAfter != null) {
      byId(submitAfter).click();
    }
  }

  /**
   * Twitter linked as the brand with the whole consent, its settings tab open: the browser tests'
   * common start, set up by each test that needs it (linked only when it is not).
   */
  protected void ensureTwitterLinked() {
    openSettings("twitter");
    if (allById("tabs:twitter-form:remove").isEmpty()) {
      addAccount("twitter", () -> signInOnSandbox("authorize"));
      waiting().until(d -> !allById("tabs:twitter-form:account-name").isEmpty());
    }
  }

  /**
   * Runs {@code check} with no account linked on any network (S-2, S-6: the quick start's state),
   * the administrator's session gone; then links Twitter again if it was (the other networks are
   * never left linked), so the test depends on no other and leaves the common start.
   */
  protected void withNothingLinked(Runnable check) {
    signIn(ADMIN, DEMO_PASSWORD);
    boolean twitterWasLinked = false;
    for (String net : new String[] {"facebook", "twitter", "googleplus"}) {
      openSettings(net);
      if (!allById("tabs:" + net + "-form:remove").isEmpty()) {
        twitterWasLinked |= net.equals("twitter");
        removeAccount(net);
      }
    }
    driver.manage().deleteAllCookies();
    try {
      check.run();
    } finally {
      if (twitterWasLinked) {
        driver.manage().deleteAllCookies();
        signIn(ADMIN, DEMO_PASSWORD);
        ensureTwitterLinked();
      }
    }
  }

  protected void removeIfLinked(String net) {
    if (!allById("tabs:" + net + "-form:remove").isEmpty()) {
      removeAccount(net);
    }
  }

  protected void removeAccount(String net) {
    removeAccount(net, "Yes, delete now", null);
  }

  /**
   * The delete icon, its confirmation (S-21: {@code yes} on the button), optionally shot before
   * Yes.
   */
  protected void removeAccount(String net, String yes, String shotSuffix) {
    click("tabs:" + net + "-form:remove");
    waiting().until(d -> byId("confirm-yes").isDisplayed());
    assertThat(byId("confirm-yes").getText()).isEqualTo(yes); // S-21
    if (shotSuffix != null) {
      shot(shotSuffix);
    }
    click("confirm-yes");
    waiting().until(d -> !allById("tabs:" + net + "-form:no-account").isEmpty());
  }
}
