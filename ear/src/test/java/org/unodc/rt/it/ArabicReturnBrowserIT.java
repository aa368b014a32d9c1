package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.openCycle;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Egypt's focal point answers in Arabic in a real browser (headless Chromium): the editor lays each answer out in its
 * own language and direction, the receipt comes in Arabic, and the return's PDF is worded in Arabic. The screenshots
 * and the PDF stay under target/screenshots/arabic-return to look at.
 */
@ExtendWith(ArquillianExtension.class)
class ArabicReturnBrowserIT {

    private static final String EGYPT = "fp.egypt";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @AutoClose
    private final Browser chromium = new Browser(http.base(), "arabic-return");

    @AutoClose
    private final Mailbox mail = new Mailbox();

    private final WebDriver browser = chromium.driver();

    @Test
    void egyptAnswersInArabicAndGetsAnArabicReceiptAndPdf() throws IOException {
        String title = "Arabic journey " + System.nanoTime();
        long cycle = openCycle(http, title);
        TestCycles.myReturn(http, cycle, EGYPT);
        chromium.signIn(EGYPT, PASSWORD);
        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle);
        chromium.settle();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");

        WebElement status = browser.findElements(By.cssSelector("div.ui-selectonemenu[id$=':status']"))
                .get(0);
        chromium.choose(status.getAttribute("id"), "منفذ");
        // An Arabic answer that opens with an English name: read as Arabic all the same.
        WebElement narrative = browser.findElements(By.cssSelector("textarea[id$=':narrative']"))
                .get(0);
        narrative.sendKeys("UNODC ساعدت مصر في إعداد القانون رقم 64 لسنة 2010 بشأن مكافحة الاتجار بالبشر.");
        narrative.sendKeys(Keys.TAB);
        chromium.settle();

        browser.get(http.base() + "/focal/return.xhtml?cycle=" + cycle);
        chromium.settle();
        WebElement saved = browser.findElements(By.cssSelector("textarea[id$=':narrative']"))
                .get(0);
        assertThat(saved.getAttribute("lang")).isEqualTo("ar");
        assertThat(saved.getAttribute("dir")).isEqualTo("rtl");
        chromium.screenshot("1-arabic-editor");

        JsonObject mine = myReturn(cycle);
        long returnId = mine.getJsonNumber("id").longValue();
        assertThat(mine.getJsonArray("sections")
                        .getJsonObject(0)
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getString("language"))
                .isEqualTo("ar");
        String egyptAddress = "fp.egypt@demo.resolution-tracker.local";
        int before = mail.awaitTo(egyptAddress, 1).size();
        assertThat(http.post(
                                "/api/v1/returns/" + returnId + "/submit",
                                "application/json",
                                "{\"declaration\":true}",
                                EGYPT,
                                PASSWORD)
                        .status())
                .isEqualTo(200);
        MimeMessage receipt = mail.awaitTo(egyptAddress, before + 1).get(before);
        assertThat(Mailbox.subject(receipt)).startsWith("إشعار باستلام الرد");

        // The account's language (Arabic) words the document.
        Http.Reply pdf = http.getBytes("/api/v1/reports/returns/" + returnId, EGYPT, PASSWORD);
        assertThat(pdf.status()).isEqualTo(200);
        Path kept = Path.of(System.getProperty("rt.it.screenshots", "target/screenshots"), "arabic-return");
        Files.createDirectories(kept);
        Files.write(kept.resolve("2-return-ar.pdf"), pdf.bytes());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("الوصف السردي", "منفذ", "مصر").doesNotContain("Narrative");
        }
    }

    private JsonObject myReturn(long cycle) {
        Http.Reply reply = http.get("/api/v1/cycles/" + cycle + "/returns/mine", EGYPT, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonObject();
    }
}
