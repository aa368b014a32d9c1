package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * axe-core, run in the browser on the main pages in English and Arabic, public and signed in (a focal point, the
 * secretariat): no serious or critical violation.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final List<String> PAGES = List.of(
            "/index.xhtml",
            "/login.xhtml",
            "/library.xhtml?q=money-laundering",
            "/document.xhtml?id=1",
            "/resolutions.xhtml",
            "/resolution.xhtml?id=1",
            "/sessions.xhtml",
            "/session.xhtml?ordinal=35",
            "/states.xhtml",
            "/states/PER",
            "/progress.xhtml",
            "/trend.xhtml",
            "/no-such-page.xhtml",
            "/expired.xhtml");

    private final Http http = new Http();

    /** What the secretariat and a focal point work on every day, signed in; the cycle's pages are added per run. */
    private static final Map<String, List<String>> SIGNED_IN_PAGES = Map.of(
            "secretariat",
            List.of(
                    "/secretariat/index.xhtml",
                    "/secretariat/resolution-editor.xhtml",
                    "/secretariat/resolution-editor.xhtml?id=1",
                    "/secretariat/review.xhtml",
                    "/secretariat/reports.xhtml",
                    "/secretariat/library.xhtml",
                    "/secretariat/library-document.xhtml?id=1",
                    "/secretariat/library-document.xhtml",
                    "/admin/users.xhtml",
                    "/admin/states.xhtml",
                    "/admin/instruments.xhtml",
                    "/admin/sessions.xhtml"),
            "fp.peru",
            List.of("/focal/index.xhtml", "/focal/colleagues.xhtml"));

    @Test
    void theMainPagesHaveNoSeriousAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(http.base(), "accessibility")) {
            for (String language : List.of("en", "ar")) {
                for (String page : PAGES) {
                    check(browser, page, language, problems);
                }
                check(browser, "/reset.xhtml", language, problems);
            }
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    @Test
    void theSignedInPagesHaveNoSeriousAccessibilityViolations() {
        Map<String, List<String>> pages = signedInPagesWithACycle("Accessibility ");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> account : pages.entrySet()) {
            try (Browser browser = new Browser(http.base(), "accessibility-" + account.getKey())) {
                browser.signIn(account.getKey(), "demo-password-2026");
                for (String language : List.of("en", "ar")) {
                    for (String page : account.getValue()) {
                        check(browser, page, language, problems);
                    }
                }
            }
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    /**
     * On a tablet held upright (800 px wide) no main page scrolls sideways, in a left-to-right and a right-to-left
     * language: wide tables scroll inside their own region, forms put labels above fields.
     */
    @Test
    void theMainPagesFitATabletScreen() {
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put(null, PAGES);
        pages.putAll(signedInPagesWithACycle("Tablet "));
        List<String> tooWide = new ArrayList<>();
        for (Map.Entry<String, List<String>> account : pages.entrySet()) {
            String who = account.getKey() == null ? "public" : account.getKey();
            try (Browser browser = new Browser(http.base(), "tablet-" + who)) {
                browser.resize(800, 1000);
                if (account.getKey() != null) {
                    browser.signIn(account.getKey(), "demo-password-2026");
                }
                for (String language : List.of("ru", "ar")) {
                    for (String page : account.getValue()) {
                        browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                        long overflow = browser.horizontalOverflow();
                        if (overflow > 0) {
                            browser.screenshot(language + page.replaceAll("[^A-Za-z0-9]+", "-"));
                            tooWide.add(language + " " + page + " (" + who + "): " + overflow + " px too wide");
                        }
                    }
                }
            }
        }
        assertThat(tooWide).isEmpty();
    }

    /**
     * On a phone (390 px) the public pages that show States and progress do not scroll sideways either, in Chinese and
     * in Arabic: long cycle titles in the choosers and the wide tables stay within the screen.
     */
    @Test
    void theProgressPagesFitAPhone() {
        List<String> tooWide = new ArrayList<>();
        try (Browser browser = new Browser(http.base(), "phone")) {
            browser.resize(390, 844);
            for (String language : List.of("zh", "ar")) {
                for (String page :
                        List.of("/progress.xhtml", "/trend.xhtml", "/states/PER", "/library.xhtml?q=corruption")) {
                    browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    long overflow = browser.horizontalOverflow();
                    if (overflow > 0) {
                        browser.screenshot("phone-" + language + page.replaceAll("[^A-Za-z0-9]+", "-"));
                        tooWide.add(language + " " + page + ": " + overflow + " px too wide");
                    }
                }
            }
        }
        assertThat(tooWide).isEmpty();
    }

    /**
     * The return editor on a phone (390 px) does not scroll sideways, in Spanish and in Arabic, with its table of
     * contents folded (as it opens) and unfolded: the textareas, menus and the citation fields fit the screen.
     */
    @Test
    void theReturnEditorFitsAPhone() {
        long cycle = TestCycles.openCycle(http, "Phone editor " + System.nanoTime());
        // Opening the page no longer starts a return: the focal point starts it first, as the editor's button does.
        TestCycles.myReturn(http, cycle, "fp.peru");
        List<String> tooWide = new ArrayList<>();
        try (Browser browser = new Browser(http.base(), "phone-editor")) {
            browser.resize(390, 844);
            browser.signIn("fp.peru", "demo-password-2026");
            for (String language : List.of("es", "ar")) {
                browser.open("/focal/return.xhtml?cycle=" + cycle + "&lang=" + language);
                assertThat(browser.attribute("#tocDrawer", "open"))
                        .as("the drawer starts folded")
                        .isNull();
                long folded = browser.horizontalOverflow();
                browser.click("#tocDrawer summary");
                long unfolded = browser.horizontalOverflow();
                if (folded > 0 || unfolded > 0) {
                    browser.screenshot("phone-editor-" + language);
                    tooWide.add(language + ": " + folded + " px too wide, " + unfolded + " px with the contents open");
                }
                // The focal point's other pages: My returns (a table whose header cells hold screen-reader-only titles)
                // and the assignment of questions.
                for (String page : List.of("/focal/index.xhtml", "/focal/assignments.xhtml?cycle=" + cycle)) {
                    browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    long overflow = browser.horizontalOverflow();
                    if (overflow > 0) {
                        browser.screenshot("phone" + page.replaceAll("[^a-z]+", "-") + language);
                        tooWide.add(language + " " + page + ": " + overflow + " px too wide");
                    }
                }
            }
        }
        assertThat(tooWide).isEmpty();
    }

    /**
     * The signed-in pages per account, plus those of a new open cycle (on no resolution, the newest of all, so the
     * reports page shows a cycle without a resolution to pick): the return editor, the secretariat's review of that
     * return and the cycle's dashboard.
     */
    private Map<String, List<String>> signedInPagesWithACycle(String title) {
        long cycle = TestCycles.openCycle(http, title + System.nanoTime());
        long aReturn =
                TestCycles.myReturn(http, cycle, "fp.peru").getJsonNumber("id").longValue();
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        SIGNED_IN_PAGES.forEach((account, list) -> pages.put(account, new ArrayList<>(list)));
        pages.get("fp.peru").add("/focal/return.xhtml?cycle=" + cycle);
        pages.get("secretariat").add("/secretariat/cycle.xhtml?id=" + cycle);
        pages.get("secretariat").add("/secretariat/return.xhtml?id=" + aReturn);
        return pages;
    }

    private static void check(Browser browser, String page, String language, List<String> problems) {
        browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
        java.util.function.Predicate<Map<String, Object>> serious =
                v -> List.of("serious", "critical").contains(String.valueOf(v.get("impact")));
        for (Map<String, Object> violation : browser.axeViolationsSettled(serious)) {
            String impact = String.valueOf(violation.get("impact"));
            if (serious.test(violation)) {
                problems.add(language + " " + page + ": " + violation.get("id") + " (" + impact + ") "
                        + violation.get("help") + " — " + violation.get("nodes"));
            }
        }
    }
}
