package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Whole journeys in a real browser: what a researcher and the secretariat do. */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneysIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void aResearcherSearchesTheLibraryInFrenchAndOpensADocument() {
        try (Browser browser = new Browser(http.base(), "researcher-library")) {
            browser.open("/library.xhtml?lang=fr");
            assertThat(browser.text("h1")).isEqualTo("Bibliothèque de législation, de jurisprudence et de pratiques");
            browser.type("#q", "blanchiment d'argent");
            browser.click("#search button[type=submit]");
            browser.screenshot("1-results");

            assertThat(browser.currentUrl()).contains("q=blanchiment");
            assertThat(browser.text("#total")).matches("Documents trouvés : \\d+");
            assertThat(browser.pageText())
                    .as("the French law under its French title, and its facets in French")
                    .contains("Code pénal, article 324-1")
                    .contains("Blanchiment d’argent")
                    .contains("Législation");

            browser.click("a[href*='type=legislation']");
            browser.screenshot("2-legislation-only");
            assertThat(browser.currentUrl()).contains("type=legislation");

            browser.click(".hit h3 a");
            browser.screenshot("3-document");
            assertThat(browser.pageText())
                    .contains("Comment citer")
                    .contains("Bibliothèque du Suivi des résolutions, document");
        }
    }

    @Test
    void theSecretariatReadsAResolutionFromItsTextCorrectsItAndFollowsItsLineage() {
        try (Browser browser = new Browser(http.base(), "secretariat-resolution")) {
            browser.signIn("secretariat", "demo-password-2026");
            browser.open("/secretariat/resolution-editor.xhtml");
            browser.paste("#editor\\:source", text("ga-resolution-browser.txt"));
            browser.click("#editor\\:preview");
            browser.waitForText("3 operative paragraphs found");
            browser.screenshot("1-preview");
            java.util.function.Predicate<java.util.Map<String, Object>> serious =
                    v -> java.util.List.of("serious", "critical").contains(String.valueOf(v.get("impact")));
            assertThat(browser.axeViolationsSettled(serious).stream()
                            .filter(serious)
                            .toList())
                    .as("axe on the preview's editable grid of paragraphs")
                    .isEmpty();

            assertThat(browser.attribute("#editor\\:number", "value")).isEqualTo("80/998");
            browser.type("#editor\\:title", "Countering illicit trafficking in precious metals (corrected title)");
            browser.click("#editor\\:save");
            browser.waitForText("Countering illicit trafficking in precious metals (corrected title)");
            browser.screenshot("2-saved");

            assertThat(browser.pageText()).contains("General Assembly").contains("Operative paragraphs (3)");

            browser.clickLink("Lineage");
            browser.waitForText("Chain of earlier resolutions");
            browser.screenshot("3-lineage");
            assertThat(browser.pageText()).contains("2013/38: Combating transnational organized crime");
        }
    }

    @Test
    void theSecretariatGeneratesTheReportTheResolutionRequestsFromTheBrowser() {
        try (Browser browser = new Browser(http.base(), "secretariat-report")) {
            browser.signIn("secretariat", "demo-password-2026");
            browser.open("/secretariat/reports.xhtml?lang=en");
            // The demo cycle: other tests add newer cycles on no resolution, which have no such report.
            browser.choose(
                    "reports:cycle",
                    "Implementation of the resolutions on organized crime: reports for the thirty-fifth session");
            browser.screenshot("1-reports-page");
            assertThat(Integer.parseInt(browser.text("#accepted"))).isPositive();

            browser.type("#reports\\:conclusions", "Member States are encouraged to share their legislation.");
            browser.click("#reports\\:sgReport");
            browser.waitForText("Generated: Implementation of");
            browser.screenshot("2-generated");

            // The demo resolution asks the Executive Director of UNODC to report, so the report is his, not the
            // Secretary-General's.
            assertThat(browser.text("#reports\\:generated"))
                    .contains("report of the Executive Director")
                    .contains("PDF");
        }
    }

    @Test
    void theInterfaceInArabicIsLaidOutRightToLeftAndTheChoiceIsKept() {
        try (Browser browser = new Browser(http.base(), "arabic-rtl")) {
            browser.open("/resolutions.xhtml?lang=ar");
            browser.screenshot("1-resolutions-ar");

            assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
            assertThat(browser.attribute("html", "lang")).isEqualTo("ar");
            assertThat(browser.text("h1")).isEqualTo("القرارات");

            browser.open("/library.xhtml");
            assertThat(browser.attribute("html", "dir"))
                    .as("the language stays chosen")
                    .isEqualTo("rtl");

            browser.open("/library.xhtml?lang=fr");
            assertThat(browser.attribute("html", "dir")).isEqualTo("ltr");
            assertThat(browser.attribute("html", "lang")).isEqualTo("fr");
        }
    }

    @Test
    void aLanguageChosenFromTheMenuIsRememberedForTheNextSignIn() {
        try (Browser browser = new Browser(http.base(), "language-menu")) {
            browser.signIn("fp.russia", "demo-password-2026");
            browser.open("/focal/index.xhtml");
            assertThat(browser.attribute("html", "lang"))
                    .as("the account's language (Russian) applies at sign-in")
                    .isEqualTo("ru");

            try {
                browser.click(".language-menu button[value=ar]");
                browser.waitFor("html[lang=ar]");
                browser.screenshot("1-arabic-chosen");
                assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
                assertThat(browser.currentUrl())
                        .as("the menu brings the user back to the same page")
                        .contains("/focal/index.xhtml");

                browser.click("#userForm\\:signOut");
                browser.waitFor("a.sign-in");
                browser.signIn("fp.russia", "demo-password-2026");
                browser.open("/focal/index.xhtml");
                browser.screenshot("2-next-sign-in");
                assertThat(browser.attribute("html", "lang"))
                        .as("the next sign-in opens in the language chosen from the menu")
                        .isEqualTo("ar");
            } finally {
                // Back to Russian the same way, as the account's owner would, so that other tests find the demo
                // account as it was even when an assertion above failed.
                browser.open("/focal/index.xhtml");
                browser.click(".language-menu button[value=ru]");
                browser.waitFor("html[lang=ru]");
            }
        }
    }

    @Test
    void aButtonPressedAfterTheSessionEndedSaysSoInsteadOfDoingNothing() {
        try (Browser browser = new Browser(http.base(), "session-ended")) {
            browser.signIn("secretariat", "demo-password-2026");
            browser.open("/secretariat/index.xhtml?lang=en");
            browser.forgetSession();

            browser.click("#newCycle\\:propose");
            browser.waitForText("Your session has ended, so this was not done.");
            browser.screenshot("1-notice");
            assertThat(browser.attribute("#requestProblemSignIn", "href"))
                    .as("signing in again comes back to this page")
                    .contains("/login.xhtml?continue=%2Fsecretariat%2Findex.xhtml");
        }
    }

    /**
     * What a walk through the secretariat's and the public pages found, in one browser: names and buttons stay whole
     * in the administration tables; a question is edited in a dialog with Cancel, and the toast stays clear of the
     * title; the resolution editor shows all it parsed, fits its column and says a resolution is already there; an
     * uploaded original keeps the summary typed before; the citation is copied; on a phone the first result shows
     * on the first screen.
     */
    @Test
    void theSecretariatsAndThePublicPagesShowWhatTheyHoldWhereTheUserIs() throws IOException {
        long cycle = draftCycle("Pages walk " + System.nanoTime());
        long document = documentWithSummary("Typed summary of the act, written before its original arrived.");
        try (Browser browser = new Browser(http.base(), "pages-walk")) {
            browser.signIn("secretariat", "demo-password-2026");

            browser.open("/admin/states.xhtml?lang=en");
            browser.screenshot("1-states");
            assertThat(lines(browser, "td", "Afghanistan"))
                    .as("a State's name on one line")
                    .isEqualTo(1);
            browser.open("/admin/users.xhtml?lang=en");
            browser.screenshot("2-users");
            assertThat(lines(browser, ".ui-button-text", "Deactivate"))
                    .as("a button's label on one line")
                    .isEqualTo(1);

            browser.open("/secretariat/cycle.xhtml?id=" + cycle + "&lang=en");
            browser.click("[id='cycle:questions:0:edit']");
            browser.find("[id='cycle:questionDialog']");
            browser.screenshot("3-question-dialog");
            assertThat(browser.attribute("[id='cycle:questionText']", "value"))
                    .isEqualTo("Which measures has your State adopted against organized crime?");
            assertThat(inView(browser, "[id='cycle:questionText']"))
                    .as("the form opens where the table is")
                    .isTrue();
            browser.click("[id='cycle:cancelQuestion']");
            browser.waits().until(d -> !d.findElement(org.openqa.selenium.By.id("cycle:questionDialog"))
                    .isDisplayed());
            browser.click("[id='cycle:questions:1:edit']");
            browser.type("[id='cycle:questionText']", "Which experience, good or bad, can your State share?");
            browser.click("[id='cycle:saveQuestion']");
            browser.waitForText("Which experience, good or bad, can your State share?");
            browser.find(".ui-growl-item-container");
            browser.screenshot("4-question-saved");
            assertThat(browser.driver()
                            .findElement(org.openqa.selenium.By.id("cycle:questionDialog"))
                            .isDisplayed())
                    .isFalse();
            assertThat(toastProblems(browser)).isEmpty();

            browser.open("/secretariat/resolution-editor.xhtml?lang=en");
            browser.paste("#editor\\:source", text("ecosoc-resolution-2013-38.txt"));
            browser.click("#editor\\:preview");
            browser.find("[id='editor:duplicate']");
            browser.screenshot("5-parsed-duplicate");
            assertThat(browser.text("[id='editor:duplicate']")).contains("E/RES/2013/38 is already in the catalogue");
            assertThat(count(browser, "#preamble li"))
                    .as("the preamble, paragraph by paragraph")
                    .isGreaterThan(3);
            assertThat(count(browser, "#footnotes li")).isPositive();
            assertThat(browser.text("#mandates")).contains("CCPCJ");
            assertThat(overflowingRight(browser, "[id='editor:paragraphs']"))
                    .as("the parsed table fits")
                    .isZero();
            browser.click("#editor\\:save");
            browser.waitForText("Not saved: E/RES/2013/38 is already in the catalogue.");
            browser.clickLink("Open the one in the catalogue");
            browser.waitForText("Combating transnational organized crime and its possible links");

            java.nio.file.Path original = java.nio.file.Files.createTempFile("original-", ".txt");
            java.nio.file.Files.writeString(original, "THE ACT. Section 1. Whoever launders the proceeds of crime...");
            browser.open("/secretariat/library-document.xhtml?id=" + document + "&lang=en");
            browser.upload("[id='originalForm:upload_input']", original);
            browser.find("[id='originalForm:textKept']");
            browser.screenshot("6-original-uploaded");
            assertThat(browser.attribute("[id='editor:text']", "value"))
                    .isEqualTo("Typed summary of the act, written before its original arrived.");
            assertThat(browser.pageText()).contains("The text typed before was kept.");

            browser.open("/document.xhtml?id=1&lang=en");
            browser.click("#copyCitation");
            browser.waits().until(d -> !d.findElement(org.openqa.selenium.By.id("copyStatus"))
                    .getText()
                    .isBlank());
            assertThat(browser.attribute("#permalink", "href")).endsWith("/document.xhtml?id=1");

            browser.forgetSession();
            browser.resize(390, 844);
            browser.open("/library.xhtml?q=corruption&lang=en");
            browser.screenshot("7-library-phone");
            assertThat(browser.driver()
                            .findElement(org.openqa.selenium.By.id("filters"))
                            .getAttribute("open"))
                    .as("the filters are folded on a phone")
                    .isNull();
            assertThat(firstLineInView(browser, ".hit h3 a"))
                    .as("the first result's title starts on the first screen")
                    .isTrue();
            assertThat(browser.horizontalOverflow()).isZero();
        }
    }

    /** In how many lines the element with exactly this text shows it. */
    private static long lines(Browser browser, String css, String text) {
        Object lines = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var wanted = arguments[1];"
                                + "var e = Array.from(document.querySelectorAll(arguments[0]))"
                                + ".find(function (x) { return x.textContent.trim() === wanted; });"
                                + "if (!e) { return -1; }"
                                + "var r = document.createRange(); r.selectNodeContents(e);"
                                + "return new Set(Array.from(r.getClientRects()).map(function (c) {"
                                + "  return Math.round(c.top); })).size;",
                        css,
                        text);
        return ((Number) lines).longValue();
    }

    private static boolean inView(Browser browser, String css) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                + "return r.top >= 0 && r.bottom <= window.innerHeight;",
                        css);
    }

    private static boolean firstLineInView(Browser browser, String css) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var r = document.querySelector(arguments[0]).getClientRects()[0];"
                                + "return r.top >= 0 && r.bottom <= window.innerHeight;",
                        css);
    }

    private static long count(Browser browser, String css) {
        return browser.driver()
                .findElements(org.openqa.selenium.By.cssSelector(css))
                .size();
    }

    /** How far an element reaches past the right edge of its column (or of the window). */
    private static long overflowingRight(Browser browser, String css) {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var e = document.querySelector(arguments[0]);"
                                + "var column = e.closest('section') || document.body;"
                                + "var edge = Math.min(column.getBoundingClientRect().right, window.innerWidth);"
                                + "var widest = Math.max(e.getBoundingClientRect().right, "
                                + "  e.getBoundingClientRect().left + e.scrollWidth);"
                                + "return Math.max(0, Math.round(widest - edge));",
                        css);
        return ((Number) overflow).longValue();
    }

    /** What is wrong with the toasts shown: text running out of its box, or a box over the page's title. */
    @SuppressWarnings("unchecked")
    private static java.util.List<Object> toastProblems(Browser browser) {
        Object problems = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var out = []; var h1 = document.querySelector('h1').getBoundingClientRect();"
                        + "document.querySelectorAll('.ui-growl-item-container').forEach(function (box) {"
                        + "  var b = box.getBoundingClientRect();"
                        + "  box.querySelectorAll('.ui-growl-message *').forEach(function (t) {"
                        + "    var r = t.getBoundingClientRect();"
                        + "    if (r.right > b.right + 1 || r.left < b.left - 1 || r.bottom > b.bottom + 1)"
                        + "      out.push('text out of its box: ' + t.textContent); });"
                        + "  if (b.left < h1.right && b.right > h1.left && b.top < h1.bottom && b.bottom > h1.top)"
                        + "    out.push('over the title: ' + box.textContent);"
                        + "  if (b.left < 0 || b.right > window.innerWidth) out.push('off the screen'); });"
                        + "return out;");
        return (java.util.List<Object>) problems;
    }

    /** A draft cycle (its questionnaire still editable) with the two questions of the test cycles. */
    private long draftCycle(String title) {
        Http.Reply created = http.post(
                "/api/v1/cycles",
                "application/json",
                TestCycles.cycleBody(
                        title,
                        java.time.LocalDate.now().plusDays(60),
                        jakarta.json.Json.createArrayBuilder().add(14)),
                "secretariat",
                "demo-password-2026");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((jakarta.json.JsonObject) created.json()).getJsonNumber("id").longValue();
    }

    /** An unpublished library document whose text is a summary the secretariat typed. */
    private long documentWithSummary(String summary) {
        Http.Reply created = http.post(
                "/api/v1/library/documents",
                "application/json",
                "{\"type\": \"LEGISLATION\", \"country\": \"GHA\", \"titleOriginal\": \"Anti-Money Laundering Act (walk)\","
                        + " \"languages\": [\"en\"], \"crimeTypes\": [], \"text\": \"" + summary + "\"}",
                "secretariat",
                "demo-password-2026");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((jakarta.json.JsonObject) created.json()).getJsonNumber("id").longValue();
    }

    private static String text(String name) {
        try (InputStream in = BrowserJourneysIT.class.getResourceAsStream("/texts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
