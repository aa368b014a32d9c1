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

    /** The question (its answer's element id) that holds the keyboard focus, or null. */
    private String focusedQuestion() {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("var a = document.activeElement.closest('.answer'); return a ? a.id : null;");
    }

    private String focusedId() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
    }

    private String myReturnStatus(long cycle) {
        return ((JsonObject) http.get("/api/v1/cycles/" + cycle + "/returns/mine", "fp.peru", PASSWORD)
                        .json())
                .getString("status");
    }

    /**
     * After signing in without a page to go back to, each role lands where its work is; with one (a link followed
     * while signed out), it lands there.
     */
    @Test
    void eachRoleLandsWhereItsWorkIs() {
        for (var landing : List.of(
                List.of("fp.peru", "/focal/index.xhtml"),
                List.of(SECRETARIAT, "/secretariat/index.xhtml"),
                List.of("admin", "/admin/users.xhtml"))) {
            browser.manage().deleteAllCookies();
            chromium.signIn(landing.get(0), PASSWORD);
            assertThat(browser.getCurrentUrl()).as(landing.get(0)).contains(landing.get(1));
        }
        browser.manage().deleteAllCookies();
        chromium.open("/login.xhtml?continue=%2Flibrary.xhtml%3Fq%3Dcorruption");
        browser.findElement(By.id("login:username")).sendKeys("fp.peru");
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:signOut")));
        assertThat(browser.getCurrentUrl()).contains("/library.xhtml?q=corruption");
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
        // Opening the page starts nothing: the focal point starts the return explicitly.
        browser.findElement(By.id("start:startReturn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:save")));
        chromium.settle();
        assertThat(text()).contains("0 of 2 questions answered");

        // The table of contents lists each question with its state; "Next unanswered" takes the focus there.
        List<WebElement> toc = browser.findElements(By.cssSelector(".toc-question"));
        assertThat(toc).hasSize(2);
        String first = "q-" + toc.get(0).getAttribute("data-question");
        String second = "q-" + toc.get(1).getAttribute("data-question");
        assertThat(toc.get(0).getText()).contains("Mandatory, missing");
        assertThat(toc.get(1).getText()).contains("Not answered");
        assertThat(browser.findElement(By.id("editor:tocProgress")).getText()).isEqualTo("0 of 2 answered");
        browser.findElement(By.id("nextUnanswered")).click();
        assertThat(focusedQuestion()).isEqualTo(first);
        browser.findElement(By.id("nextUnanswered")).click();
        assertThat(focusedQuestion()).isEqualTo(second);

        WebElement status = browser.findElements(By.cssSelector("div.ui-selectonemenu[id$=':status']"))
                .get(0);
        chromium.choose(status.getAttribute("id"), "Implemented");
        chromium.settle();
        WebElement narrative = browser.findElements(By.cssSelector("textarea[id$=':narrative']"))
                .get(0);
        narrative.sendKeys("El Perú aplica la Ley N.º 30077 contra el crimen organizado.");
        narrative.sendKeys(Keys.TAB);
        chromium.settle();
        // "Saved" is said next to the question that was saved, once: not at the top of the page nor in a toast.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#" + first + " .answer-feedback"), "Draft saved."));
        assertThat(browser.findElement(By.cssSelector("#" + second + " .answer-feedback"))
                        .getText())
                .isEmpty();
        assertThat(text().split("Draft saved\\.", -1)).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".toc-question[data-question='" + first.substring(2) + "']"))
                        .getAttribute("data-state"))
                .isEqualTo("ANSWERED");
        assertThat(browser.findElement(By.id("editor:tocProgress")).getText()).isEqualTo("1 of 2 answered");
        chromium.screenshot("1-answer-saved");
        // Both autosaves reached the server: nothing is left to do before submitting.
        wait.withMessage(() -> "the answers were not saved; the page says: " + text())
                .until(d -> !text().contains("Left to do before submitting"));

        // Without the declaration: the message is next to the declaration, which takes the focus; nothing to confirm.
        browser.findElement(By.id("editor:submit")).click();
        chromium.settle();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("editor:declarationFeedback"), "Tick the declaration before submitting"));
        wait.until(d -> "editor:declaration_input".equals(focusedId()));
        assertThat(browser.findElement(By.id("submitForm:submitConfirm")).isDisplayed())
                .isFalse();
        chromium.screenshot("2-declaration-missing");

        browser.findElement(By.cssSelector("[id='editor:declaration'] .ui-chkbox-box"))
                .click();
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector("[id='editor:declaration'] .ui-chkbox-box"), "class", "ui-state-active"));
        // Submitting asks first and says what cannot be undone; cancelling submits nothing.
        browser.findElement(By.id("editor:submit")).click();
        chromium.settle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitForm:submitConfirm")));
        assertThat(browser.findElement(By.id("submitForm:submitConfirm")).getText())
                .contains("This cannot be undone");
        wait.until(d -> "submitForm:cancelSubmit".equals(focusedId()));
        chromium.screenshot("3-confirm-submit");
        browser.findElement(By.id("submitForm:cancelSubmit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("submitForm:submitConfirm")));
        assertThat(myReturnStatus(cycle)).isEqualTo("DRAFT");
        assertThat(browser.findElements(By.id("editor:save"))).hasSize(1);

        browser.findElement(By.id("editor:submit")).click();
        chromium.settle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitForm:confirmSubmit")))
                .click();
        chromium.settle();
        wait.withMessage(() -> "the return was not submitted; the page says: " + text())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:status"), "Submitted"));
        assertThat(text()).contains("This return is read-only");
        chromium.screenshot("4-submitted");
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
        chromium.screenshot("5-clarification-requested");

        signIn("fp.peru");
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle);
        chromium.settle();
        assertThat(text()).contains("Clarification requested").contains("¿Qué artículo de la Ley N.º 30077 se aplica?");
        assertThat(browser.findElements(By.id("editor:save"))).hasSize(1);
        chromium.screenshot("6-back-to-the-focal-point");
    }

    /**
     * The evidence on an answer, as a focal point adds it in the editor: a PDF uploaded with the file chooser and a
     * law of the State picked from the library by typing part of its title. Both are then in the return.
     */
    @Test
    void aFocalPointAttachesAFileAndCitesALawFromTheLibrary() throws Exception {
        long cycle = openCycle(http, "Evidence journey " + System.nanoTime());
        TestCycles.myReturn(http, cycle, "fp.peru");
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
