package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.draft;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;
import static org.unodc.rt.it.TestCycles.questionId;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A workbook round trip in a real browser, with one conflict: Peru's focal point downloads the return as a workbook,
 * fills two answers in it (with POI, as Excel would), a colleague changes one of them online meanwhile; the upload
 * shows that answer both ways, the focal point keeps the workbook's, applies, and finds both answers in the editor.
 * Screenshots under target/screenshots/workbook.
 */
@ExtendWith(ArquillianExtension.class)
class WorkbookBrowserIT {

    private static final String PERU = "fp.peru";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @AutoClose
    private final Browser chromium = new Browser(http.base(), "workbook");

    private final WebDriver browser = chromium.driver();

    private static final Predicate<Map<String, Object>> SERIOUS =
            v -> List.of("serious", "critical").contains(String.valueOf(v.get("impact")));

    private void save(long returnId, String body) {
        Http.Reply saved = http.put("/api/v1/returns/" + returnId, "application/json", body, PERU, PASSWORD);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @Test
    void aWorkbookFilledOfflineComesBackWithTheConflictChosenByThePerson() throws IOException {
        long cycle = openCycle(http, "Workbook journey " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, PERU);
        long returnId = draft.getJsonNumber("id").longValue();
        long measures = questionId(draft, 1);
        long experience = questionId(draft, 2);
        save(returnId, draft(draft.getInt("version"), draft, 1, "IN_PROGRESS", "Ley 30077."));

        byte[] downloaded = http.download("/api/v1/returns/" + returnId + "/workbook", PERU, PASSWORD)
                .body();
        Path filled = Files.createTempFile("return-PER-", ".xlsx");
        Files.write(
                filled,
                Workbooks.edited(
                        downloaded,
                        Workbooks.answer(measures, "Aplicado", "Ley 30077, en vigor desde 2014.")
                                .andThen(Workbooks.answer(
                                        experience, "No iniciado", "Aún no hay experiencia que compartir."))));
        // A colleague changes the first answer online after the download.
        JsonObject now = myReturn(http, cycle, PERU);
        save(returnId, draft(now.getInt("version"), now, 1, "PARTIALLY_IMPLEMENTED", "Decreto 012-2019."));

        chromium.signIn(PERU, PASSWORD);
        chromium.open("/focal/return.xhtml?cycle=" + cycle);
        assertThat(chromium.text("#downloadDocx")).isEqualTo("Descargar en Word (DOCX)");
        assertThat(chromium.text("#downloadWorkbook")).isEqualTo("Descargar para trabajar sin conexión (Excel)");
        chromium.click("#uploadWorkbook");
        chromium.waitFor("input[type='file'][id$='upload_input']");
        assertThat(chromium.axeViolationsSettled(SERIOUS).stream().filter(SERIOUS))
                .as("axe on the workbook page")
                .isEmpty();

        chromium.upload("input[type='file'][id$='upload_input']", filled);
        chromium.waitFor("fieldset.workbook-conflict");
        assertThat(chromium.text("fieldset.workbook-conflict"))
                .contains("Decreto 012-2019.", "Ley 30077, en vigor desde 2014.", "Aplicado parcialmente");
        assertThat(chromium.text("section.workbook-change")).contains("Aún no hay experiencia que compartir.");
        assertThat(chromium.axeViolationsSettled(SERIOUS).stream().filter(SERIOUS))
                .as("axe on the review of a workbook")
                .isEmpty();
        chromium.screenshot("1-review-with-conflict");

        chromium.click("#workbook\\:apply");
        chromium.waitForText("Elija qué versión conservar para cada respuesta modificada en línea.");
        browser.findElement(By.cssSelector("fieldset.workbook-conflict input[type='radio'][value='mine']"))
                .click();
        chromium.click("#workbook\\:apply");

        chromium.waitForText("Se actualizaron 2 respuestas a partir del libro.");
        assertThat(chromium.currentUrl()).contains("/focal/return.xhtml");
        List<String> narratives = browser.findElements(By.cssSelector("textarea[id$=':narrative']")).stream()
                .map(t -> t.getAttribute("value"))
                .toList();
        assertThat(narratives)
                .containsExactly("Ley 30077, en vigor desde 2014.", "Aún no hay experiencia que compartir.");
        chromium.screenshot("2-editor-after-apply");
        Files.delete(filled);
    }
}
