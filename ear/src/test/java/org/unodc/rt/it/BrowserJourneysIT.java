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

    private static String text(String name) {
        try (InputStream in = BrowserJourneysIT.class.getResourceAsStream("/texts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
