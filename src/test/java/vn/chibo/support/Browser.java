package vn.chibo.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (no downloads). Where Chromium is missing the
 * browser tests are skipped with a message, unless {@code CHIBO_REQUIRE_BROWSER=true} (as in CI) makes them
 * fail instead.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    public final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser open(String baseUrl, int width, int height) {
        Optional<String> chromium =
                CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        Optional<String> chromedriver =
                DRIVER.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String message = "Chromium or chromedriver not found (apt-get install chromium chromium-driver): "
                    + "browser tests skipped";
            if ("true".equals(System.getenv("CHIBO_REQUIRE_BROWSER"))) {
                fail(message);
            }
            System.err.println("[chibo] " + message);
            assumeTrue(false, message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=vi-VN",
                "--window-size=" + width + "," + height);
        // the page's console (Vaadin's push client logs its transport and reconnects there): what a failed
        // wait on a connection reports
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver.get()).toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement waitFor(By by) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    /**
     * Waits for an element to exist, then scrolls it into view: WebDriver counts an element outside the view of the
     * layout's own scrolling area as not displayed, however visible it is once scrolled to.
     */
    public WebElement reveal(By by) {
        WebElement element =
                wait.until(d -> d.findElements(by).stream().findFirst().orElse(null));
        scrollTo(element);
        wait.until(d -> element.isDisplayed());
        return element;
    }

    public void waitForText(String text) {
        wait.until(d ->
                ((String) ((JavascriptExecutor) d).executeScript("return document.body.innerText")).contains(text));
    }

    /** Waits until Vaadin has drawn the page and has no request under way. */
    public void waitUntilIdle() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(
                        js.executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive()))")));
    }

    public String bodyText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    /** Vaadin's own view of the connection: "connected", "loading", "reconnecting" or "connection-lost". */
    public String connectionState() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("return window.Vaadin && window.Vaadin.connectionState"
                        + " ? window.Vaadin.connectionState.state : 'connected'");
    }

    /** The console lines the page wrote since the last call (for a failure's message). */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .map(m -> m.length() > 300 ? m.substring(0, 300) + "…" : m)
                .toList();
    }

    public void waitUntilUrlContains(String part) {
        wait.until(d -> d.getCurrentUrl().contains(part));
    }

    /**
     * Scrolls an element to the middle of the screen, then clicks it: the application scrolls inside its layout,
     * not the window, so an element below the fold is otherwise covered by another ("click intercepted").
     */
    public void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    /** Waits for an element, then {@linkplain #click(WebElement) scrolls to it and clicks it}. */
    public void click(By by) {
        click(waitFor(by));
    }

    /** Waits for a Vaadin button by its text, then scrolls to it and clicks it. */
    public void clickButton(String text) {
        // found by its trimmed text content, as a person reads it (an icon inside leaves XPath's text view unreliable)
        WebElement button = wait.until(d -> (WebElement) ((JavascriptExecutor) d)
                .executeScript(
                        "return [...document.querySelectorAll('vaadin-button')].find(x => x.textContent.trim() === arguments[0])"
                                + " || null;",
                        text));
        click(button);
    }

    public void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** A Vaadin button by its visible text. */
    public WebElement button(String text) {
        return waitFor(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    /** The input inside a Vaadin text field with the given label. */
    public WebElement field(String label) {
        // Vaadin renders the label as a slotted <label> child of the field (light DOM)
        return waitFor(By.xpath("//vaadin-text-field[./label[normalize-space(.)='" + label + "']]//input"));
    }

    public void login(String username, String password) {
        go("/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        click(By.cssSelector("vaadin-login-form vaadin-button"));
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    static Stream<String> candidates() {
        return Stream.concat(CHROMIUM.stream(), DRIVER.stream());
    }
}
