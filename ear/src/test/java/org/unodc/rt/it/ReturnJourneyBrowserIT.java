package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;
import static org.unodc.rt.it.TestCycles.openCycle;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
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
 * Whole journeys in a real browser (headless Chromium): a focal point signs in, fills in and submits a return; the
 * secretariat comments on an answer and requests clarification. Waits on the PrimeFaces AJAX queue, never sleeps.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnJourneyBrowserIT {

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

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(http.base() + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:signOut")));
        // The account's own interface language applies after sign-in (Spanish for Peru); this journey reads English.
        browser.get(http.base() + "/index.xhtml?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:signOut")));
    }

    /** Waits until the page has loaded and PrimeFaces has no AJAX request queued or running. */
    private void settle() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /**
     * Picks an option of a PrimeFaces select menu as a user does: opens it and clicks the option. The menu is first
     * brought to the middle of the window, because PrimeFaces closes an open panel when the page scrolls (and a click
     * that makes the browser scroll would land on whatever lies under the closed panel). A user whose click missed
     * clicks again, and so does this, up to three times.
     */
    private void choose(String menuId, String label) {
        Browser.choose(browser, wait, menuId, label);
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    void aFocalPointSubmitsAndTheSecretariatRequestsClarification() {
        String title = "Browser journey " + System.nanoTime();
        long cycle = openCycle(http, title);

        signIn("fp.peru");
        browser.findElement(By.linkText("My returns")).click();
        settle();
        assertThat(text()).contains(title);
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle);
        settle();
        assertThat(text()).contains("0 of 2 questions answered");

        WebElement status = browser.findElements(By.cssSelector("div.ui-selectonemenu[id$=':status']"))
                .get(0);
        choose(status.getAttribute("id"), "Implemented");
        settle();
        WebElement narrative = browser.findElements(By.cssSelector("textarea[id$=':narrative']"))
                .get(0);
        narrative.sendKeys("El Perú aplica la Ley N.º 30077 contra el crimen organizado.");
        narrative.sendKeys(Keys.TAB);
        settle();
        assertThat(text()).contains("Draft saved.");
        Browser.screenshot(browser, "focal-point-return", "1-answer-saved");
        // Both autosaves reached the server: nothing is left to do before submitting.
        wait.withMessage(() -> "the answers were not saved; the page says: " + text())
                .until(d -> !text().contains("Left to do before submitting"));

        browser.findElement(By.cssSelector("[id='editor:declaration'] .ui-chkbox-box"))
                .click();
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector("[id='editor:declaration'] .ui-chkbox-box"), "class", "ui-state-active"));
        browser.findElement(By.id("editor:submit")).click();
        settle();
        wait.withMessage(() -> "the return was not submitted; the page says: " + text())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:status"), "Submitted"));
        assertThat(text()).contains("This return is read-only");
        Browser.screenshot(browser, "focal-point-return", "2-submitted");
        List<WebElement> saveButtons = browser.findElements(By.id("editor:save"));
        assertThat(saveButtons).isEmpty();

        JsonObject submitted = (JsonObject) http.get("/api/v1/cycles/" + cycle + "/returns/mine", "fp.peru", PASSWORD)
                .json();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        long returnId = submitted.getJsonNumber("id").longValue();

        signIn(SECRETARIAT);
        browser.get(http.base() + "/secretariat/review.xhtml");
        settle();
        assertThat(text()).contains("Peru");
        browser.get(http.base() + "/secretariat/return.xhtml?id=" + returnId);
        settle();
        assertThat(text()).contains("El Perú aplica la Ley N.º 30077 contra el crimen organizado.");
        browser.findElements(By.cssSelector("textarea[id$=':comment']"))
                .get(0)
                .sendKeys("¿Qué artículo de la Ley N.º 30077 se aplica?");
        browser.findElements(By.cssSelector("button[id$=':addComment']")).get(0).click();
        settle();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review"), "Comment by secretariat"));
        browser.findElement(By.id("review:requestClarification")).click();
        settle();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Clarification requested"));
        Browser.screenshot(browser, "focal-point-return", "3-clarification-requested");

        signIn("fp.peru");
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle);
        settle();
        assertThat(text()).contains("Clarification requested").contains("¿Qué artículo de la Ley N.º 30077 se aplica?");
        assertThat(browser.findElements(By.id("editor:save"))).hasSize(1);
        Browser.screenshot(browser, "focal-point-return", "4-back-to-the-focal-point");
    }

    /**
     * The evidence on an answer, as a focal point adds it in the editor: a PDF uploaded with the file chooser and a
     * law of the State picked from the library by typing part of its title. Both are then in the return.
     */
    @Test
    void aFocalPointAttachesAFileAndCitesALawFromTheLibrary() throws Exception {
        long cycle = openCycle(http, "Evidence journey " + System.nanoTime());
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("ley-30077-", ".pdf");
        java.nio.file.Files.write(
                pdf, org.unodc.rt.search.extract.TestFiles.pdf("Ley N.º 30077 contra el crimen organizado", false));

        signIn("fp.peru");
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle);
        settle();

        WebElement upload = browser.findElements(By.cssSelector("input[type='file'][id$=':upload_input']"))
                .get(0);
        upload.sendKeys(pdf.toString());
        wait.withMessage(() -> "the attachment was not listed; the page says: " + text())
                .until(d -> !d.findElements(By.partialLinkText(pdf.getFileName().toString()))
                        .isEmpty());

        WebElement cite =
                browser.findElements(By.cssSelector("input[id$=':cite_input']")).get(0);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", cite);
        cite.sendKeys("Decreto Legislativo");
        By suggestion = By.cssSelector("[id$=':cite_panel'] li.ui-autocomplete-item");
        wait.until(ExpectedConditions.visibilityOfElementLocated(suggestion));
        browser.findElements(suggestion).get(0).click();
        settle();
        wait.withMessage(() -> "the law was not cited; the page says: " + text())
                .until(d -> d.findElements(By.cssSelector(".cited li")).size() > 0);

        JsonObject mine = (JsonObject) http.get("/api/v1/cycles/" + cycle + "/returns/mine", "fp.peru", PASSWORD)
                .json();
        String json = mine.toString();
        assertThat(json).contains(pdf.getFileName().toString()).contains("Decreto Legislativo");
        java.nio.file.Files.deleteIfExists(pdf);
    }
}
