package org.unodc.rt.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by ChromeDriver, as a user's browser. Waits on the page and on the PrimeFaces
 * AJAX queue, never on the clock; keeps a screenshot of each step under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path screenshots;

    public Browser(String base, String journey) {
        this.driver = chromium();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.base = base;
        this.screenshots = Path.of(System.getProperty("rt.it.screenshots", "target/screenshots"))
                .resolve(journey);
    }

    /** The one place a test starts a browser: Debian's Chromium and chromedriver unless rt.it.chromium/… say. */
    private static ChromeDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("rt.it.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("rt.it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /** The WebDriver itself, for journeys that work element by element. */
    public WebDriver driver() {
        return driver;
    }

    /** Waits of up to 30 s on this browser's page. */
    public WebDriverWait waits() {
        return wait;
    }

    public void open(String path) {
        driver.get(base + path);
        settle();
    }

    public WebElement find(String css) {
        return wait.until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            return element.isDisplayed() ? element : null;
        });
    }

    public void type(String css, String text) {
        WebElement element = find(css);
        element.clear();
        element.sendKeys(text);
    }

    /** Sets a long value at once (typing 10 KB key by key takes minutes), then tells the page it changed. */
    public void paste(String css, String text) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                        element,
                        text);
    }

    /** Gives a file to a file chooser (PrimeFaces hides the input; auto upload starts at once), as a user picks it. */
    public void upload(String css, Path file) {
        wait.until(d -> d.findElement(By.cssSelector(css)))
                .sendKeys(file.toAbsolutePath().toString());
        settle();
    }

    public void click(String css) {
        find(css).click();
        settle();
    }

    public void clickLink(String text) {
        wait.until(d -> d.findElement(By.linkText(text))).click();
        settle();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String attribute(String css, String name) {
        return find(css).getAttribute(name);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits until a data table shows exactly this many rows (after filtering, say). */
    public void waitForRows(String tableId, int rows) {
        By row = By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]");
        wait.until(d -> d.findElements(row).size() == rows);
        settle();
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, as a user does with the mouse: opens it, waits until
     * the panel stops moving, clicks the option and checks the menu shows it. The menu is first brought to the middle
     * of the window, because PrimeFaces closes an open panel when the page scrolls. A click that lands while the panel
     * moves is tried again (three times at most), as a user whose click missed clicks again.
     */
    public void choose(String menuId, String label) {
        By menu = By.id(menuId);
        By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        By shown = By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-label");
        for (int attempt = 1; ; attempt++) {
            ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", driver.findElement(menu));
            try {
                wait.until(ExpectedConditions.elementToBeClickable(menu)).click();
                wait.until(ExpectedConditions.elementToBeClickable(option));
                wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript("return !window.jQuery || jQuery(':animated').length === 0;"));
                driver.findElement(option).click();
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
                settle();
                return;
            } catch (org.openqa.selenium.TimeoutException
                    | org.openqa.selenium.ElementNotInteractableException missed) {
                // The panel moved or closed under the click: close it if it is still open, and try again.
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                if (attempt == 3) {
                    throw missed;
                }
            }
        }
    }

    /** Makes the window this size, a tablet's say. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** How far the page is wider than the window, in CSS pixels: 0 when nothing makes it scroll sideways. */
    public long horizontalOverflow() {
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }

    /** Drops the browser's cookies, as when the session has ended on the server while the page stays open. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Waits until an element matching the selector is in the page (after a navigation, say). */
    public void waitFor(String css) {
        wait.until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        settle();
    }

    /** Waits for the text to appear; if it does not, keeps a screenshot and says what the page showed instead. */
    public void waitForText(String text) {
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("missing-text-" + Integer.toHexString(text.hashCode()));
            throw new AssertionError(
                    "\"" + text + "\" did not appear on " + driver.getCurrentUrl() + "; the page shows:\n" + pageText(),
                    e);
        }
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("#login\\:username", username);
        type("#login\\:password", password);
        click("#login\\:submit");
        waitForText(username);
    }

    /** Runs axe-core (fetched from the npm registry by the build) on the current page; returns its violations. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> axeViolations() {
        try {
            String axe = Files.readString(Path.of(System.getProperty("rt.it.axe", "target/axe/package/axe.min.js")));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript(axe);
            Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                    + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                    + "    nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ')}; }));"
                    + "});");
            return (List<Map<String, Object>>) result;
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run the tests through Maven (mvn verify)", e);
        }
    }

    /**
     * The violations axe-core finds once the page's widgets have settled: a menu gets its accessible name from a
     * script right after the page loads, so a check may run again (for up to five seconds) while it finds any that
     * {@code counts} counts; the last check's violations are returned.
     */
    public List<Map<String, Object>> axeViolationsSettled(java.util.function.Predicate<Map<String, Object>> counts) {
        List<List<Map<String, Object>>> last = new java.util.ArrayList<>(List.of(List.of()));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(250)).until(d -> {
                last.set(0, axeViolations());
                return last.get(0).stream().noneMatch(counts);
            });
        } catch (org.openqa.selenium.TimeoutException stillThere) {
            // what the last check found is the answer
        }
        return last.get(0);
    }

    /** Keeps what the browser shows as {@code <journey>/<step>.png} under the build's screenshots directory. */
    public void screenshot(String step) {
        try {
            Files.createDirectories(screenshots);
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, screenshots.resolve(step + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the page has loaded and PrimeFaces has no AJAX request queued or running. */
    public void settle() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
