package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Browser journeys of issue 18, with a screenshot of each step: an anonymous researcher goes from the progress map to
 * Peru's profile and on to a law of Peru's; the secretariat compares the cycles on E/RES/2013/38 (in Chinese and
 * Arabic, right to left).
 */
@ExtendWith(ArquillianExtension.class)
class ProgressJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void aResearcherGoesFromTheMapToPerusProfileToALawOfPerus() {
        try (Browser browser = new Browser(http.base(), "researcher-map")) {
            browser.open("/progress.xhtml?lang=en");
            assertThat(browser.text("h1")).isEqualTo("Progress map");
            assertThat(browser.pageText())
                    .contains("do not imply official endorsement or acceptance by the United Nations");
            browser.screenshot("1-map");

            browser.click("figure.world-map a[href$='/states/PER']");
            browser.waitForText("Latin American and Caribbean States");
            assertThat(browser.currentUrl()).endsWith("/states/PER");
            assertThat(browser.text("h1")).isEqualTo("Peru");
            browser.screenshot("2-profile");

            browser.click(".document-list a");
            browser.waitFor(".document-text");
            assertThat(browser.currentUrl()).contains("/document.xhtml?id=");
            assertThat(browser.pageText()).contains("Peru");
            browser.screenshot("3-law");
        }
    }

    @Test
    void theSecretariatComparesTwoCyclesOnAResolutionInChineseAndArabic() {
        try (Browser browser = new Browser(http.base(), "secretariat-trend")) {
            browser.signIn(SECRETARIAT, PASSWORD);
            browser.open("/trend.xhtml?lang=zh");
            browser.choose("trendForm:resolution", "E/RES/2013/38");
            browser.settle();
            assertThat(browser.pageText())
                    // The demo cycles' titles as the secretariat translated them.
                    .contains("提交第三十四届会议的报告")
                    .contains("提交第三十五届会议的报告")
                    .contains("变化（百分点）");
            browser.screenshot("1-trend-zh");

            browser.open("/trend.xhtml?lang=ar");
            browser.choose("trendForm:resolution", "E/RES/2013/38");
            browser.settle();
            assertThat(browser.attribute("html", "dir")).isEqualTo("rtl");
            assertThat(browser.pageText()).contains("التغيّر (نقاط)");
            browser.screenshot("2-trend-ar");

            browser.open("/progress.xhtml?lang=ar");
            assertThat(browser.pageText()).contains("لا تعني إقراراً أو قبولاً رسمياً من جانب الأمم المتحدة");
            browser.screenshot("3-map-ar");
            browser.open("/states/PER?lang=zh");
            assertThat(browser.text("h1")).isEqualTo("秘鲁");
            browser.screenshot("4-profile-zh");
        }
    }
}
