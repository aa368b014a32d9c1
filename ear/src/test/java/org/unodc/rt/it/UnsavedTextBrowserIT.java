package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4, "nothing typed is lost when the session times out", in a real browser (headless Chromium): a focal point
 * types a narrative, the session ends (the session cookie is deleted, which is what a timeout looks like to the
 * browser), the autosave fails and the page says so; after signing in again the kept text is back in the field and
 * saved on demand. Waits on the page and the PrimeFaces AJAX queue, never sleeps.
 */
@ExtendWith(ArquillianExtension.class)
class UnsavedTextBrowserIT {

    private static final By NARRATIVE = By.cssSelector("textarea[id$=':narrative']");
    private static final By SIGNED_OUT_NOTICE = By.id("signedOutNotice");
    private static final By RESTORED_NOTICE = By.id("restoredNotice");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
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
                "--lang=en",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new java.io.File(System.getProperty("rt.it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    /** Waits until the page has loaded and PrimeFaces has no AJAX request queued or running. */
    private void settle() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    private void fillInLogin() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")))
                .sendKeys("fp.peru");
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }

    /** The narratives this browser keeps for fp.peru, whatever the return: what localStorage holds. */
    private String keptNarratives() {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("var texts = [];"
                        + "for (var i = 0; i < localStorage.length; i++) {"
                        + "  var key = localStorage.key(i);"
                        + "  if (key.indexOf('rt.unsaved|fp.peru|') === 0 && /\\|narrative$/.test(key)) {"
                        + "    texts.push(JSON.parse(localStorage.getItem(key)).text);"
                        + "  }"
                        + "}"
                        + "return texts.join('\\n');");
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static String narrativeOfQuestion1(JsonObject aReturn) {
        return aReturn.getJsonArray("sections").stream()
                .flatMap(s -> s.asJsonObject().getJsonArray("answers").stream())
                .map(a -> a.asJsonObject())
                .filter(a -> a.getInt("position") == 1)
                .findFirst()
                .map(a -> a.isNull("narrative") ? "" : a.getString("narrative", ""))
                .orElse("");
    }

    @Test
    void whatWasTypedWhenTheSessionEndedIsKeptAndSavedAfterSigningInAgain() {
        long cycle = openCycle(http, "Unsaved text " + System.nanoTime());
        String typed = "La Ley N.º 30077 tipifica la organización criminal " + System.nanoTime();

        browser.manage().deleteAllCookies();
        browser.get(http.base() + "/login.xhtml");
        fillInLogin();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:signOut")));
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle + "&lang=en");
        settle();

        // Typing without leaving the field: nothing is sent to the server yet, but the browser keeps a copy.
        WebElement narrative = wait.until(ExpectedConditions.elementToBeClickable(NARRATIVE));
        narrative.click();
        narrative.sendKeys(typed);
        wait.withMessage(() -> "the browser kept no copy of the typed text")
                .until(d -> keptNarratives().contains(typed));

        // The session ends: to the browser that is a session cookie the server no longer knows.
        browser.manage().deleteCookieNamed("JSESSIONID");
        narrative.sendKeys(Keys.TAB);
        settle();
        wait.withMessage(() -> "no signed-out notice; the page says: " + text())
                .until(ExpectedConditions.visibilityOfElementLocated(SIGNED_OUT_NOTICE));
        assertThat(browser.findElement(SIGNED_OUT_NOTICE).getText()).contains("You were signed out");
        assertThat(browser.findElement(NARRATIVE).getAttribute("value")).isEqualTo(typed);
        assertThat(keptNarratives()).contains(typed);
        assertThat(narrativeOfQuestion1(myReturn(http, cycle, "fp.peru"))).isEmpty();

        // Signing in again from the notice leads back to the return, with the kept text in the field, marked.
        browser.findElement(By.id("signInAgain")).click();
        fillInLogin();
        wait.withMessage(() -> "the kept text was not offered; the page says: " + text())
                .until(ExpectedConditions.visibilityOfElementLocated(RESTORED_NOTICE));
        settle();
        assertThat(browser.getCurrentUrl()).contains("/focal/return.xhtml?cycle=" + cycle);
        WebElement restored = browser.findElement(NARRATIVE);
        assertThat(restored.getAttribute("value")).isEqualTo(typed);
        assertThat(restored.getAttribute("class")).contains("restored");

        browser.findElement(By.id("restoreSave")).click();
        settle();
        wait.withMessage(() -> "the kept text was not saved; the page says: " + text())
                .until(ExpectedConditions.invisibilityOfElementLocated(RESTORED_NOTICE));
        assertThat(keptNarratives()).doesNotContain(typed);
        assertThat(narrativeOfQuestion1(myReturn(http, cycle, "fp.peru"))).isEqualTo(typed);
    }
}
