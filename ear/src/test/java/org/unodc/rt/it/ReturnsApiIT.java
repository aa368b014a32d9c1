package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;
import static org.unodc.rt.it.TestCycles.draft;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A national system reporting by machine, and the secretariat reviewing, over the REST API. */
@ExtendWith(ArquillianExtension.class)
class ReturnsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    private Http.Reply save(long returnId, String body, String user) {
        return http.put("/api/v1/returns/" + returnId, "application/json", body, user, PASSWORD);
    }

    private Http.Reply post(String path, String body, String user) {
        return http.post(path, "application/json", body, user, PASSWORD);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    @Test
    void aFocalPointReadsTheQuestionnaireFillsInSubmitsClarifiesAndIsAccepted() {
        long cycle = openCycle(http, "Workflow " + System.nanoTime());

        Http.Reply questionnaire = http.get("/api/v1/cycles/" + cycle + "/questionnaire", "fp.peru", PASSWORD);
        assertThat(questionnaire.status()).isEqualTo(200);
        assertThat(((JsonObject) questionnaire.json()).getJsonArray("questions"))
                .hasSize(2);

        JsonObject draft = myReturn(http, cycle, "fp.peru");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("stateIso3")).isEqualTo("PER");
        long returnId = id(draft);

        Http.Reply saved = save(
                returnId,
                draft(draft.getInt("version"), draft, 1, "IMPLEMENTED", "Ley 30077 contra el crimen organizado."),
                "fp.peru");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject afterSave = (JsonObject) saved.json();
        assertThat(afterSave.getInt("version")).isGreaterThan(draft.getInt("version"));
        assertThat(afterSave.getJsonArray("problems")).isEmpty();

        Http.Reply submitted = post("/api/v1/returns/" + returnId + "/submit", "{\"declaration\":true}", "fp.peru");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonObject afterSubmit = (JsonObject) submitted.json();
        assertThat(afterSubmit.getString("status")).isEqualTo("SUBMITTED");
        assertThat(afterSubmit.getBoolean("onTime")).isTrue();

        Http.Reply readOnly =
                save(returnId, draft(afterSubmit.getInt("version"), draft, 1, "IN_PROGRESS", "Otro"), "fp.peru");
        assertThat(readOnly.status()).isEqualTo(409);
        assertThat(((JsonObject) readOnly.json()).getString("message")).contains("read-only");

        Http.Reply queue = http.get(
                "/api/v1/returns?cycle=" + cycle + "&status=SUBMITTED&group=LATIN_AMERICAN_CARIBBEAN",
                SECRETARIAT,
                PASSWORD);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(((JsonArray) queue.json()).stream().map(v -> v.asJsonObject().getString("stateIso3")))
                .containsExactly("PER");

        assertThat(post(
                                "/api/v1/returns/" + returnId + "/comments",
                                "{\"questionPosition\":1,\"body\":\"Please cite the article that applies.\"}",
                                SECRETARIAT)
                        .status())
                .isEqualTo(200);
        Http.Reply sentBack = post("/api/v1/returns/" + returnId + "/request-clarification", "", SECRETARIAT);
        assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(200);
        assertThat(((JsonObject) sentBack.json()).getString("status")).isEqualTo("CLARIFICATION_REQUESTED");

        JsonObject toClarify = myReturn(http, cycle, "fp.peru");
        assertThat(toClarify.getJsonArray("comments").getJsonObject(0).getString("body"))
                .isEqualTo("Please cite the article that applies.");
        assertThat(save(
                                returnId,
                                draft(
                                        toClarify.getInt("version"),
                                        toClarify,
                                        1,
                                        "IMPLEMENTED",
                                        "Ley 30077, artículo 3."),
                                "fp.peru")
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/returns/" + returnId + "/submit", "{\"declaration\":true}", "fp.peru")
                        .status())
                .isEqualTo(200);

        Http.Reply accepted = post("/api/v1/returns/" + returnId + "/accept", "", SECRETARIAT);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonObject locked = (JsonObject) accepted.json();
        assertThat(locked.getString("status")).isEqualTo("ACCEPTED");
        assertThat(locked.getJsonArray("versions")).hasSize(2);

        Http.Reply compared = http.get("/api/v1/returns/" + returnId + "/compare?from=1&to=2", "fp.peru", PASSWORD);
        assertThat(compared.status()).isEqualTo(200);
        JsonObject first =
                ((JsonObject) compared.json()).getJsonArray("answers").getJsonObject(0);
        assertThat(first.getBoolean("changed")).isTrue();
        assertThat(first.getJsonObject("from").getString("narrative"))
                .isEqualTo("Ley 30077 contra el crimen organizado.");
        assertThat(first.getJsonObject("to").getString("narrative")).isEqualTo("Ley 30077, artículo 3.");

        Http.Reply history = http.get("/api/v1/returns/" + returnId + "/history", SECRETARIAT, PASSWORD);
        assertThat(history.status()).isEqualTo(200);
        assertThat(((JsonArray) history.json())
                        .stream().map(v -> v.asJsonObject().getString("action")))
                .containsSubsequence(
                        "RETURN_STARTED",
                        "RETURN_SAVED",
                        "RETURN_SUBMITTED",
                        "RETURN_COMMENTED",
                        "RETURN_CLARIFICATION_REQUESTED",
                        "RETURN_SAVED",
                        "RETURN_SUBMITTED",
                        "RETURN_ACCEPTED");
    }

    @Test
    void aFocalPointCannotReadOrChangeAnotherStatesReturnAndTheAttemptIsLogged() {
        long cycle = openCycle(http, "Isolation " + System.nanoTime());
        JsonObject france = myReturn(http, cycle, "fp.france");
        long franceId = id(france);

        Http.Reply read = http.get("/api/v1/returns/" + franceId, "fp.peru", PASSWORD);
        Http.Reply write =
                save(franceId, draft(france.getInt("version"), france, 1, "IMPLEMENTED", "Intrusión"), "fp.peru");
        Http.Reply submit = post("/api/v1/returns/" + franceId + "/submit", "{\"declaration\":true}", "fp.peru");

        assertThat(read.status()).isEqualTo(403);
        assertThat(write.status()).isEqualTo(403);
        assertThat(submit.status()).isEqualTo(403);
        assertThat(((JsonObject) read.json()).getString("message")).contains("only your own State");
        JsonObject unchanged = (JsonObject)
                http.get("/api/v1/returns/" + franceId, "fp.france", PASSWORD).json();
        assertThat(unchanged.getInt("version")).isEqualTo(france.getInt("version"));
        assertThat(unchanged.getString("status")).isEqualTo("DRAFT");

        Http.Reply history = http.get("/api/v1/returns/" + franceId + "/history", SECRETARIAT, PASSWORD);
        assertThat(((JsonArray) history.json())
                        .stream()
                                .map(JsonValue::asJsonObject)
                                .filter(e -> e.getString("outcome").equals("DENIED"))
                                .map(e -> e.getString("actor") + " " + e.getString("action")))
                .containsExactly("fp.peru RETURN_READ", "fp.peru RETURN_SAVE", "fp.peru RETURN_SUBMIT");
    }

    @Test
    void theSecretariatSeesEveryReturnButAFocalPointCannotReviewItsOwn() {
        long cycle = openCycle(http, "Roles " + System.nanoTime());
        long china = id(myReturn(http, cycle, "fp.china"));

        assertThat(http.get("/api/v1/returns/" + china, SECRETARIAT, PASSWORD).status())
                .isEqualTo(200);
        assertThat(post("/api/v1/returns/" + china + "/accept", "", "fp.china").status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/cycles/" + cycle + "/completeness", "fp.china", PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void submittingAnIncompleteReturnIs422AndNamesEachQuestion() {
        long cycle = openCycle(http, "Validation " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, "fp.egypt");
        long returnId = id(draft);
        JsonObject saved =
                (JsonObject) save(returnId, draft(draft.getInt("version"), draft, 2, "IN_PROGRESS", null), "fp.egypt")
                        .json();

        Http.Reply refused = post("/api/v1/returns/" + returnId + "/submit", "{\"declaration\":true}", "fp.egypt");

        assertThat(refused.status()).isEqualTo(422);
        JsonObject error = (JsonObject) refused.json();
        assertThat(error.getString("message"))
                .startsWith("The return cannot be submitted yet: answer question 1: it is mandatory");
        assertThat(error.getJsonArray("problems").getString(1))
                .isEqualTo("write a narrative for question 2: every status but \"not applicable\" needs one");
        assertThat(saved.getJsonArray("problems")).hasSize(2);

        save(returnId, draft(saved.getInt("version"), draft, 1, "NOT_APPLICABLE", null), "fp.egypt");
        Http.Reply noDeclaration =
                post("/api/v1/returns/" + returnId + "/submit", "{\"declaration\":false}", "fp.egypt");
        assertThat(noDeclaration.status()).isEqualTo(422);
        assertThat(((JsonObject) noDeclaration.json()).getString("message")).contains("question 2");
    }

    @Test
    void aSaveOnAnOutdatedVersionIs409WithBothVersions() {
        long cycle = openCycle(http, "Conflict " + System.nanoTime());
        JsonObject loaded = myReturn(http, cycle, "fp.russia");
        long returnId = id(loaded);
        int version = loaded.getInt("version");

        Http.Reply first =
                save(returnId, draft(version, loaded, 1, "IMPLEMENTED", "Федеральный закон № 1"), "fp.russia");
        Http.Reply second =
                save(returnId, draft(version, loaded, 1, "IN_PROGRESS", "Федеральный закон № 2"), "fp.russia");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        JsonObject conflict = (JsonObject) second.json();
        assertThat(conflict.getString("message")).contains("saved this return after you opened it");
        assertThat(conflict.getJsonArray("yours").getJsonObject(0).getString("narrative"))
                .isEqualTo("Федеральный закон № 2");
        JsonObject theirs = conflict.getJsonObject("theirs");
        assertThat(theirs.getInt("version")).isEqualTo(((JsonObject) first.json()).getInt("version"));
        assertThat(theirs.getJsonArray("sections")
                        .getJsonObject(0)
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getString("narrative"))
                .isEqualTo("Федеральный закон № 1");
    }

    @Test
    void completenessCountsEveryMemberStateByRegionalGroupInJsonCsvAndXlsx() throws IOException {
        long cycle = openCycle(http, "Completeness " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, "fp.southafrica");
        save(
                id(draft),
                draft(
                        draft.getInt("version"),
                        draft,
                        1,
                        "PARTIALLY_IMPLEMENTED",
                        "Prevention of Organised" + " Crime Act 121 of 1998."),
                "fp.southafrica");
        assertThat(post("/api/v1/returns/" + id(draft) + "/submit", "{\"declaration\":true}", "fp.southafrica")
                        .status())
                .isEqualTo(200);

        JsonObject json = (JsonObject) http.get("/api/v1/cycles/" + cycle + "/completeness", SECRETARIAT, PASSWORD)
                .json();
        Http.Reply csv = http.getAs("/api/v1/cycles/" + cycle + "/completeness", "text/csv", SECRETARIAT, PASSWORD);

        JsonObject total = json.getJsonObject("total");
        assertThat(total.getInt("expected")).isEqualTo(193);
        assertThat(total.getInt("submitted")).isEqualTo(1);
        assertThat(total.getInt("onTime")).isEqualTo(1);
        JsonObject african = json.getJsonArray("groups").getJsonObject(0);
        assertThat(african.getString("group")).isEqualTo("AFRICAN");
        assertThat(african.getInt("submitted")).isEqualTo(1);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines())
                .first()
                .as("labels in the reader's language, not codes")
                .isEqualTo("Regional group,Expected,Submitted,On time,Late,Missing,Reporting rate,On-time rate");
        assertThat(csv.body())
                .contains("\r\nAfrican States,")
                .contains("\r\nAll States,193,1,1,0,192,0.5,0.5\r\n")
                .doesNotContain("AFRICAN");

        Http.Reply xlsx = http.getBytes("/api/v1/cycles/" + cycle + "/completeness.xlsx", SECRETARIAT, PASSWORD);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheet("Completeness");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("All States");
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(193.0);
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
        Http.Reply matrix = http.getAs("/api/v1/cycles/" + cycle + "/matrix", "text/csv", SECRETARIAT, PASSWORD);
        assertThat(matrix.body())
                .contains("South Africa,African States,Partially implemented,\r\n")
                .doesNotContain("PARTIALLY_IMPLEMENTED");
    }

    @Test
    void aStateStartsFromItsAcceptedAnswersOfThePreviousCycleMarkedAsCarriedOver() {
        long previous = openCycle(http, "Previous " + System.nanoTime());
        JsonObject old = myReturn(http, previous, "fp.southafrica");
        long oldId = id(old);
        save(
                oldId,
                draft(old.getInt("version"), old, 1, "IMPLEMENTED", "Prevention of Organised Crime Act."),
                "fp.southafrica");
        assertThat(post("/api/v1/returns/" + oldId + "/submit", "{\"declaration\":true}", "fp.southafrica")
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/returns/" + oldId + "/accept", "", SECRETARIAT).status())
                .isEqualTo(200);
        long current = openCycle(http, "Current " + System.nanoTime());
        long currentId = id(myReturn(http, current, "fp.southafrica"));

        Http.Reply carried = post("/api/v1/returns/" + currentId + "/carry-over", "", "fp.southafrica");

        assertThat(carried.status()).as(carried.body()).isEqualTo(200);
        JsonObject first = ((JsonObject) carried.json())
                .getJsonArray("sections")
                .getJsonObject(0)
                .getJsonArray("answers")
                .getJsonObject(0);
        assertThat(first.getBoolean("carriedOver")).isTrue();
        assertThat(first.getString("narrative")).isEqualTo("Prevention of Organised Crime Act.");
        assertThat(first.getString("status")).isEqualTo("IMPLEMENTED");
    }
}
