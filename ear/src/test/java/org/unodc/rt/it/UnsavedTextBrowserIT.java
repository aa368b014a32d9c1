package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;

import jakarta.json.JsonObject;
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

    @AutoClose
    private final Browser chromium = new Browser(http.base(), "unsaved-text");

    private final WebDriver browser = chromium.driver();
    private final WebDriverWait wait = chromium.waits();

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

    /** Signs in as fp.peru and opens the return of the cycle, in English. */
    private void openReturn(long cycle) {
        TestCycles.myReturn(http, cycle, "fp.peru");
        browser.manage().deleteAllCookies();
        browser.get(http.base() + "/login.xhtml");
        fillInLogin();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:signOut")));
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle + "&lang=en");
        chromium.settle();
    }

    /**
     * Types into the first narrative without leaving it, then the session ends (to the browser that is a session
     * cookie the server no longer knows) and the field is left, which autosaves; the page must say the user was
     * signed out and keep the text.
     */
    private void typeAndLoseTheSession(String typed) {
        WebElement narrative = wait.until(ExpectedConditions.elementToBeClickable(NARRATIVE));
        narrative.click();
        narrative.sendKeys(typed);
        // Nothing is sent to the server yet, but the browser keeps a copy.
        wait.withMessage(() -> "the browser kept no copy of the typed text")
                .until(d -> keptNarratives().contains(typed));
        assertThat(ping()).as("keepalive while signed in").isEqualTo(204L);

        browser.manage().deleteCookieNamed("JSESSIONID");
        narrative.sendKeys(Keys.TAB);
        chromium.settle();
        wait.withMessage(() -> "no signed-out notice; the page says: " + text())
                .until(ExpectedConditions.visibilityOfElementLocated(SIGNED_OUT_NOTICE));
        chromium.screenshot("1-signed-out-notice");
        assertThat(browser.findElement(SIGNED_OUT_NOTICE).getText()).contains("You were signed out");
        assertThat(browser.findElement(NARRATIVE).getAttribute("value")).isEqualTo(typed);
        assertThat(keptNarratives()).contains(typed);
        assertThat(ping()).as("keepalive after the session ended").isEqualTo(401L);
    }

    /** The keepalive the page sends while the user types (resources/js/session.js): its HTTP status. */
    private Long ping() {
        return (Long) ((JavascriptExecutor) browser)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "RtSession.ping().then(function (status) { done(status || 0); });");
    }

    /** Signs in again from the notice's link, which leads back to the return; the kept text is offered. */
    private void signInAgainFromTheNotice(long cycle) {
        browser.findElement(By.id("signInAgain")).click();
        fillInLogin();
        wait.withMessage(() -> "the kept text was not offered; the page says: " + text())
                .until(ExpectedConditions.visibilityOfElementLocated(RESTORED_NOTICE));
        chromium.settle();
        assertThat(browser.getCurrentUrl()).contains("/focal/return.xhtml?cycle=" + cycle);
    }

    @Test
    void whatWasTypedWhenTheSessionEndedIsKeptAndSavedAfterSigningInAgain() {
        long cycle = openCycle(http, "Unsaved text " + System.nanoTime());
        String typed = "La Ley N.º 30077 tipifica la organización criminal " + System.nanoTime();

        openReturn(cycle);
        typeAndLoseTheSession(typed);
        assertThat(narrativeOfQuestion1(myReturn(http, cycle, "fp.peru"))).isEmpty();

        signInAgainFromTheNotice(cycle);
        chromium.screenshot("2-kept-text-offered");
        WebElement restored = browser.findElement(NARRATIVE);
        assertThat(restored.getAttribute("value")).isEqualTo(typed);
        assertThat(restored.getAttribute("class")).contains("restored");
        // Nobody saved the answer meanwhile: there is no other version to compare with.
        assertThat(browser.findElement(By.id("changedMeanwhile")).isDisplayed()).isFalse();

        browser.findElement(By.id("restoreSave")).click();
        chromium.settle();
        wait.withMessage(() -> "the kept text was not saved; the page says: " + text())
                .until(ExpectedConditions.invisibilityOfElementLocated(RESTORED_NOTICE));
        chromium.screenshot("3-kept-text-saved");
        assertThat(keptNarratives()).doesNotContain(typed);
        assertThat(narrativeOfQuestion1(myReturn(http, cycle, "fp.peru"))).isEqualTo(typed);
    }

    @Test
    void whenTheReturnChangedMeanwhileBothVersionsAreShownAndTheKeptTextCanBeDiscarded() {
        long cycle = openCycle(http, "Unsaved text changed meanwhile " + System.nanoTime());
        String typed = "Texto escrito en el navegador " + System.nanoTime();
        String theirs = "Texto guardado por el sistema nacional " + System.nanoTime();

        openReturn(cycle);
        typeAndLoseTheSession(typed);
        // Meanwhile the national reporting system saves the same answer through the API.
        JsonObject aReturn = myReturn(http, cycle, "fp.peru");
        Http.Reply saved = http.put(
                "/api/v1/returns/" + aReturn.getJsonNumber("id").longValue(),
                "application/json",
                TestCycles.draft(aReturn.getInt("version"), aReturn, 1, null, theirs),
                "fp.peru",
                PASSWORD);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        signInAgainFromTheNotice(cycle);
        assertThat(browser.findElement(NARRATIVE).getAttribute("value")).isEqualTo(typed);
        chromium.screenshot("4-both-versions-shown");
        assertThat(browser.findElement(By.id("changedMeanwhile")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".restored-server")).getText())
                .contains(theirs);

        browser.findElement(By.id("restoreDiscard")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(RESTORED_NOTICE));
        assertThat(browser.findElement(NARRATIVE).getAttribute("value")).isEqualTo(theirs);
        assertThat(browser.findElements(By.cssSelector(".restored-server"))).isEmpty();
        assertThat(keptNarratives()).doesNotContain(typed);
        assertThat(narrativeOfQuestion1(myReturn(http, cycle, "fp.peru"))).isEqualTo(theirs);
    }
}
