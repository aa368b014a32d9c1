package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;
import static org.unodc.rt.it.TestCycles.openCycle;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    @AutoClose
    private final Browser chromium = new Browser(http.base(), "focal-point-return");

    private final WebDriver browser = chromium.driver();
    private final WebDriverWait wait = chromium.waits();

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

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    void aFocalPointSubmitsAndTheSecretariatRequestsClarification() {
        String title = "Browser journey " + System.nanoTime();
        long cycle = openCycle(http, title);

        signIn("fp.peru");
        browser.findElement(By.linkText("My returns")).click();
        chromium.settle();
        assertThat(text()).contains(title);
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle);
        chromium.settle();
        assertThat(text()).contains("0 of 2 questions answered");

        WebElement status = browser.findElements(By.cssSelector("div.ui-selectonemenu[id$=':status']"))
                .get(0);
        chromium.choose(status.getAttribute("id"), "Implemented");
        chromium.settle();
        WebElement narrative = browser.findElements(By.cssSelector("textarea[id$=':narrative']"))
                .get(0);
        narrative.sendKeys("El Perú aplica la Ley N.º 30077 contra el crimen organizado.");
        narrative.sendKeys(Keys.TAB);
        chromium.settle();
        assertThat(text()).contains("Draft saved.");
        chromium.screenshot("1-answer-saved");
        // Both autosaves reached the server: nothing is left to do before submitting.
        wait.withMessage(() -> "the answers were not saved; the page says: " + text())
                .until(d -> !text().contains("Left to do before submitting"));

        browser.findElement(By.cssSelector("[id='editor:declaration'] .ui-chkbox-box"))
                .click();
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector("[id='editor:declaration'] .ui-chkbox-box"), "class", "ui-state-active"));
        browser.findElement(By.id("editor:submit")).click();
        chromium.settle();
        wait.withMessage(() -> "the return was not submitted; the page says: " + text())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:status"), "Submitted"));
        assertThat(text()).contains("This return is read-only");
        chromium.screenshot("2-submitted");
        List<WebElement> saveButtons = browser.findElements(By.id("editor:save"));
        assertThat(saveButtons).isEmpty();

        JsonObject submitted = (JsonObject) http.get("/api/v1/cycles/" + cycle + "/returns/mine", "fp.peru", PASSWORD)
                .json();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        long returnId = submitted.getJsonNumber("id").longValue();

        signIn(SECRETARIAT);
        browser.get(http.base() + "/secretariat/review.xhtml");
        chromium.settle();
        assertThat(text()).contains("Peru");
        browser.get(http.base() + "/secretariat/return.xhtml?id=" + returnId);
        chromium.settle();
        assertThat(text()).contains("El Perú aplica la Ley N.º 30077 contra el crimen organizado.");
        browser.findElements(By.cssSelector("textarea[id$=':comment']"))
                .get(0)
                .sendKeys("¿Qué artículo de la Ley N.º 30077 se aplica?");
        browser.findElements(By.cssSelector("button[id$=':addComment']")).get(0).click();
        chromium.settle();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review"), "Comment by secretariat"));
        browser.findElement(By.id("review:requestClarification")).click();
        chromium.settle();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Clarification requested"));
        chromium.screenshot("3-clarification-requested");

        signIn("fp.peru");
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle);
        chromium.settle();
        assertThat(text()).contains("Clarification requested").contains("¿Qué artículo de la Ley N.º 30077 se aplica?");
        assertThat(browser.findElements(By.id("editor:save"))).hasSize(1);
        chromium.screenshot("4-back-to-the-focal-point");
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
        chromium.settle();

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
        chromium.settle();
        wait.withMessage(() -> "the law was not cited; the page says: " + text())
                .until(d -> d.findElements(By.cssSelector(".cited li")).size() > 0);

        JsonObject mine = (JsonObject) http.get("/api/v1/cycles/" + cycle + "/returns/mine", "fp.peru", PASSWORD)
                .json();
        String json = mine.toString();
        assertThat(json).contains(pdf.getFileName().toString()).contains("Decreto Legislativo");
        java.nio.file.Files.deleteIfExists(pdf);
    }
}
