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

/** axe-core, run in the browser on the main public pages in English and Arabic: no serious or critical violation. */
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
            "/states.xhtml");

    private final Http http = new Http();

    @Test
    void theMainPagesHaveNoSeriousAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(http.base(), "accessibility")) {
            for (String language : List.of("en", "ar")) {
                for (String page : PAGES) {
                    browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    for (Map<String, Object> violation : browser.axeViolations()) {
                        String impact = String.valueOf(violation.get("impact"));
                        if ("serious".equals(impact) || "critical".equals(impact)) {
                            problems.add(language + " " + page + ": " + violation.get("id") + " (" + impact + ") "
                                    + violation.get("help") + " — " + violation.get("nodes"));
                        }
                    }
                }
            }
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }
}
