package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.draft;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;
import static org.unodc.rt.it.TestCycles.questionId;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles in a State in a real browser (headless Chromium, axe on each page): Egypt's contributor answers the question
 * assigned to them and cannot touch the others; Egypt's observer reads without any edit control; in the Russian
 * Federation, which requires clearance, one focal point submits and the second clears after confirming. Screenshots
 * under target/screenshots/state-roles-*.
 */
@ExtendWith(ArquillianExtension.class)
class StateRolesBrowserIT {

    private static final Predicate<Map<String, Object>> SERIOUS =
            v -> List.of("serious", "critical").contains(String.valueOf(v.get("impact")));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void aContributorAnswersTheAssignedQuestionAndNotTheOthers() {
        long cycle = openCycle(http, "Contributor journey " + System.nanoTime());
        JsonObject started = myReturn(http, cycle, "fp.egypt");
        long id = started.getJsonNumber("id").longValue();
        long second = questionId(started, 2);
        assertThat(http.put(
                                "/api/v1/returns/" + id + "/assignments",
                                "application/json",
                                "{\"" + second + "\": \"contrib.egypt\"}",
                                "fp.egypt",
                                PASSWORD)
                        .status())
                .isEqualTo(200);

        try (Browser browser = new Browser(http.base(), "state-roles-contributor")) {
            browser.signIn("contrib.egypt", PASSWORD);
            browser.open("/focal/return.xhtml?cycle=" + cycle);
            browser.settle();
            String first = "[data-question='" + questionId(started, 1) + "']";
            String mine = "[data-question='" + second + "']";
            assertThat(browser.attribute(first + " textarea[id$=narrative]", "readonly"))
                    .isNotNull();
            assertThat(browser.attribute(mine + " textarea[id$=narrative]", "readonly"))
                    .isNull();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("editor:submit")))
                    .as("a contributor does not submit")
                    .isEmpty();
            assertThat(browser.axeViolationsSettled(SERIOUS).stream()
                            .filter(SERIOUS)
                            .toList())
                    .as("axe on the contributor's editor")
                    .isEmpty();

            browser.type(mine + " textarea[id$=narrative]", "ورشة عمل لأعضاء النيابة العامة");
            browser.click("#editor\\:save");
            browser.settle();
            browser.screenshot("1-saved");
        }
        JsonObject saved =
                http.get("/api/v1/returns/" + id, "fp.egypt", PASSWORD).json().asJsonObject();
        assertThat(answer(saved, 2).getString("narrative")).isEqualTo("ورشة عمل لأعضاء النيابة العامة");
        assertThat(answer(saved, 2).getString("updatedBy")).isEqualTo("contrib.egypt");
        assertThat(answer(saved, 1).isNull("updatedBy")).isTrue();
    }

    @Test
    void anObserverReadsTheReturnWithNoEditControl() {
        long cycle = openCycle(http, "Observer journey " + System.nanoTime());
        JsonObject started = myReturn(http, cycle, "fp.egypt");
        long id = started.getJsonNumber("id").longValue();
        http.put(
                "/api/v1/returns/" + id,
                "application/json",
                draft(started.getInt("version"), started, 1, "IN_PROGRESS", "القانون رقم 94 لسنة 2003"),
                "fp.egypt",
                PASSWORD);

        try (Browser browser = new Browser(http.base(), "state-roles-observer")) {
            browser.signIn("observer.egypt", PASSWORD);
            browser.open("/focal/index.xhtml");
            browser.waitForText("You read your State's returns");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("colleaguesLink")))
                    .as("managing the State's people is a focal point's")
                    .isEmpty();
            browser.open("/focal/return.xhtml?cycle=" + cycle);
            browser.settle();
            browser.waitForText("القانون رقم 94 لسنة 2003");
            browser.screenshot("1-reading");

            var driver = browser.driver();
            assertThat(driver.findElements(org.openqa.selenium.By.cssSelector(
                            "#editor\\:save, #editor\\:submit, #editor\\:carryOver, input[type=file]")))
                    .isEmpty();
            assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("textarea")))
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.getAttribute("readonly")).isNotNull());
            assertThat(browser.axeViolationsSettled(SERIOUS).stream()
                            .filter(SERIOUS)
                            .toList())
                    .as("axe on the observer's view")
                    .isEmpty();
        }
    }

    @Test
    void aSecondFocalPointClearsWhatTheFirstSubmitted() {
        String title = "Clearance journey " + System.nanoTime();
        long cycle = openCycle(http, title);
        JsonObject started = myReturn(http, cycle, "fp.russia");
        long id = started.getJsonNumber("id").longValue();
        http.put(
                "/api/v1/returns/" + id,
                "application/json",
                draft(started.getInt("version"), started, 1, "IMPLEMENTED", "Уголовный кодекс, статья 210"),
                "fp.russia",
                PASSWORD);

        try (Browser browser = new Browser(http.base(), "state-roles-clearance")) {
            browser.signIn("fp.russia", PASSWORD);
            browser.open("/focal/return.xhtml?cycle=" + cycle);
            browser.settle();
            browser.click("#editor\\:declaration .ui-chkbox-box");
            browser.click("#editor\\:submit");
            browser.waits()
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.id("submitForm:confirmSubmit")))
                    .click();
            browser.settle();
            browser.waitFor("#editor\\:readOnly");
            browser.screenshot("1-awaiting-clearance");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("editor:clear")))
                    .as("not for the one who asked")
                    .isEmpty();
            browser.click("#userForm\\:signOut");
            browser.waitFor("a.sign-in");

            browser.signIn("fp2.russia", PASSWORD);
            browser.open("/focal/return.xhtml?cycle=" + cycle);
            browser.settle();
            assertThat(browser.axeViolationsSettled(SERIOUS).stream()
                            .filter(SERIOUS)
                            .toList())
                    .as("axe on the clearance panel")
                    .isEmpty();
            browser.screenshot("2-clearance-panel");
            browser.click("#editor\\:clear");
            var yes = browser.waits()
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
            assertThat(browser.text(".ui-confirm-dialog .ui-confirm-dialog-message"))
                    .as("the confirmation says what cannot be undone")
                    .contains("секретариат");
            browser.screenshot("3-clear-confirmation");
            yes.click();
            browser.settle();
            browser.waitForText("Утверждено: ответ направлен в секретариат.");
            assertThat(browser.driver()
                            .findElement(org.openqa.selenium.By.cssSelector(".ui-confirm-dialog"))
                            .isDisplayed())
                    .as("the confirmation closes once it has acted")
                    .isFalse();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("editor:clear")))
                    .as("a cleared return has nothing left to clear")
                    .isEmpty();
            browser.screenshot("4-cleared");
        }
        JsonObject cleared =
                http.get("/api/v1/returns/" + id, "fp.russia", PASSWORD).json().asJsonObject();
        assertThat(cleared.getString("status")).isEqualTo("SUBMITTED");
        assertThat(cleared.getJsonArray("versions").getJsonObject(0).getString("submittedBy"))
                .isEqualTo("fp2.russia");
    }

    private static JsonObject answer(JsonObject aReturn, int position) {
        return aReturn.getJsonArray("sections").stream()
                .flatMap(s -> s.asJsonObject().getJsonArray("answers").stream())
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getInt("position") == position)
                .findFirst()
                .orElseThrow();
    }
}
