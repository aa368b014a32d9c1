package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.draft;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;
import static org.unodc.rt.it.TestCycles.questionId;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Working offline over the API: Peru's focal point downloads its return as a workbook, fills it in, sees the changes
 * on a dry run, meets an answer changed online meanwhile (409 until it chooses), applies; files that are no workbook,
 * hold a formula or belong to another return are refused with their reasons and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class WorkbookIT {

    private static final String PERU = "fp.peru";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    private byte[] download(long returnId) {
        HttpResponse<byte[]> reply = http.download("/api/v1/returns/" + returnId + "/workbook", PERU, PASSWORD);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"return-PER-cycle-")
                .contains(".xlsx");
        return reply.body();
    }

    private Http.Reply upload(long returnId, String query, byte[] workbook) {
        return http.postBytes("/api/v1/returns/" + returnId + "/workbook" + query, XLSX, workbook, PERU, PASSWORD);
    }

    private Http.Reply save(long returnId, String body) {
        Http.Reply saved = http.put("/api/v1/returns/" + returnId, "application/json", body, PERU, PASSWORD);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved;
    }

    private JsonObject answer(long returnId, int position) {
        JsonObject aReturn = (JsonObject)
                http.get("/api/v1/returns/" + returnId, PERU, PASSWORD).json();
        return aReturn.getJsonArray("sections").stream()
                .flatMap(s -> s.asJsonObject().getJsonArray("answers").stream())
                .map(a -> a.asJsonObject())
                .filter(a -> a.getInt("position") == position)
                .findFirst()
                .orElseThrow();
    }

    /** An answer's narrative; null when it has none. */
    private String narrative(long returnId, int position) {
        JsonObject answer = answer(returnId, position);
        return answer.containsKey("narrative") && !answer.isNull("narrative") ? answer.getString("narrative") : null;
    }

    private static JsonArray list(Http.Reply reply, String name) {
        return ((JsonObject) reply.json()).getJsonArray(name);
    }

    @Test
    void aWorkbookFilledOfflineIsReviewedThenAppliedWithTheConflictChosen() throws IOException {
        long cycle = openCycle(http, "Workbook round trip " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, PERU);
        long returnId = draft.getJsonNumber("id").longValue();
        long measures = questionId(draft, 1);
        long experience = questionId(draft, 2);
        JsonObject saved =
                (JsonObject) save(returnId, draft(draft.getInt("version"), draft, 1, "IN_PROGRESS", "Ley 30077."))
                        .json();

        byte[] downloaded = download(returnId);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Informe");
            assertThat(Workbooks.row(sheet, measures).getCell(Workbooks.STATUS).getStringCellValue())
                    .isEqualTo("En curso");
            assertThat(sheet.getProtect()).isTrue();
        }
        byte[] filled = Workbooks.edited(
                downloaded,
                Workbooks.answer(measures, "Aplicado", "Ley 30077, en vigor desde 2014.")
                        .andThen(Workbooks.answer(experience, "No iniciado", "Aún no hay experiencia que compartir.")));

        Http.Reply dryRun = upload(returnId, "?dryRun=true", filled);
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(list(dryRun, "changes")).hasSize(2);
        assertThat(list(dryRun, "conflicts")).isEmpty();
        assertThat(list(dryRun, "problems")).isEmpty();
        assertThat(narrative(returnId, 2)).as("a dry run saves nothing").isNull();

        // Meanwhile a colleague changes the first answer online.
        save(returnId, draft(saved.getInt("version"), draft, 1, "PARTIALLY_IMPLEMENTED", "Decreto 012-2019."));

        Http.Reply conflicted = upload(returnId, "", filled);
        assertThat(conflicted.status()).as(conflicted.body()).isEqualTo(409);
        JsonObject conflict = list(conflicted, "conflicts").getJsonObject(0);
        assertThat(conflict.getJsonNumber("questionId").longValue()).isEqualTo(measures);
        assertThat(conflict.getJsonObject("online").getString("narrative")).isEqualTo("Decreto 012-2019.");
        assertThat(conflict.getJsonObject("workbook").getString("narrative"))
                .isEqualTo("Ley 30077, en vigor desde 2014.");
        assertThat(conflict.getString("changedBy")).isEqualTo(PERU);
        assertThat(list(conflicted, "changes")).hasSize(1);
        assertThat(narrative(returnId, 2)).as("a 409 saves nothing").isNull();

        Http.Reply applied = upload(returnId, "?resolve=" + measures + ":mine", filled);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(((JsonObject) applied.json()).getBoolean("applied")).isTrue();
        assertThat(answer(returnId, 1).getString("narrative")).isEqualTo("Ley 30077, en vigor desde 2014.");
        assertThat(answer(returnId, 1).getString("status")).isEqualTo("IMPLEMENTED");
        assertThat(answer(returnId, 2).getString("narrative")).isEqualTo("Aún no hay experiencia que compartir.");
        assertThat(answer(returnId, 2).getString("status")).isEqualTo("NOT_STARTED");

        Http.Reply badChoice = upload(returnId, "?resolve=" + measures + ":both", filled);
        assertThat(badChoice.status()).isEqualTo(422);
    }

    @Test
    void aFileWithAFormulaForAnotherReturnOrNoWorkbookAtAllIsRefusedAndChangesNothing() {
        long cycle = openCycle(http, "Workbook refusals " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, PERU);
        long returnId = draft.getJsonNumber("id").longValue();
        long measures = questionId(draft, 1);
        save(returnId, draft(draft.getInt("version"), draft, 1, "IN_PROGRESS", "Ley 30077."));
        byte[] downloaded = download(returnId);

        byte[] formula = Workbooks.edited(downloaded, sheet -> Workbooks.row(sheet, measures)
                .getCell(Workbooks.NARRATIVE)
                .setCellFormula("HYPERLINK(\"https://example.org\",\"Ley\")"));
        Http.Reply refused = upload(returnId, "?dryRun=true", formula);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(list(refused, "problems").getString(0)).contains("holds a formula");
        assertThat(upload(returnId, "", formula).status()).isEqualTo(422);

        long otherCycle = openCycle(http, "Workbook refusals, another cycle " + System.nanoTime());
        long otherReturn = myReturn(http, otherCycle, PERU).getJsonNumber("id").longValue();
        Http.Reply elsewhere =
                upload(otherReturn, "", Workbooks.edited(downloaded, Workbooks.answer(measures, "Aplicado", "Otra")));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(list(elsewhere, "problems").getString(0))
                .isEqualTo("The workbook is for return " + returnId + " (PER, cycle " + cycle
                        + "), not for this one (PER, cycle " + otherCycle + ").");

        Http.Reply text = upload(returnId, "", "narrative;measures\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(422);
        assertThat(list(text, "problems").getString(0)).startsWith("The file is not an Excel workbook (.xlsx).");

        Http.Reply otherState =
                http.postBytes("/api/v1/returns/" + returnId + "/workbook", XLSX, downloaded, "fp.france", PASSWORD);
        assertThat(otherState.status()).isIn(403, 404);

        assertThat(answer(returnId, 1).getString("narrative")).isEqualTo("Ley 30077.");
    }
}
