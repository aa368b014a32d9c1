package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secretariat's administration of reference data, over HTTP as a browser and a machine client see it: States,
 * party status, sessions; and a focal point refused, with the refusal in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String FOCAL_POINT = "fp.peru";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void theSecretariatCorrectsAStatesNameAndSeesItOnTheAdministrationPage() {
        // Afghanistan is on the first page of the list (sorted by English name); the name is put back afterwards.
        try {
            Http.Reply saved = http.put(
                    "/api/v1/member-states/AFG",
                    "application/json",
                    "{\"names\": {\"fr\": \"Afghanistan-corrige-IT\"}}",
                    SECRETARIAT,
                    PASSWORD);

            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(((JsonObject) saved.json()).getJsonObject("names").getString("fr"))
                    .isEqualTo("Afghanistan-corrige-IT");
            assertThat(((JsonObject) saved.json()).getString("regionalGroup")).isEqualTo("ASIA_PACIFIC");

            Http.Reply page = http.page("/admin/states.xhtml", SECRETARIAT, PASSWORD);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Afghanistan-corrige-IT").contains("statesForm:states");

            JsonArray trail =
                    (JsonArray) http.get("/api/v1/audit?actor=secretariat&outcome=DONE", SECRETARIAT, PASSWORD)
                            .json();
            assertThat(strings(trail, "action")).contains("STATE_RENAMED");
        } finally {
            http.put(
                    "/api/v1/member-states/AFG",
                    "application/json",
                    "{\"names\": {\"fr\": \"Afghanistan\"}}",
                    SECRETARIAT,
                    PASSWORD);
        }
    }

    @Test
    void anEmptyNameOrAnUnknownGroupIsRefusedWithAReason() {
        Http.Reply empty = http.put(
                "/api/v1/member-states/AFG",
                "application/json",
                "{\"names\": {\"en\": \"  \"}}",
                SECRETARIAT,
                PASSWORD);
        Http.Reply group = http.put(
                "/api/v1/member-states/AFG",
                "application/json",
                "{\"regionalGroup\": \"NORDIC\"}",
                SECRETARIAT,
                PASSWORD);

        assertThat(empty.status()).isEqualTo(422);
        assertThat(((JsonObject) empty.json()).getString("message")).contains("en name cannot be empty");
        assertThat(group.status()).isEqualTo(422);
        assertThat(((JsonObject) group.json()).getString("message")).contains("AFRICAN");
    }

    @Test
    void theSecretariatPlansASessionAndCorrectsItsDates() {
        int ordinal = 500 + (int) (System.nanoTime() % 400);
        Http.Reply created = http.post(
                "/api/v1/sessions",
                "application/json",
                "{\"ordinal\": " + ordinal + ", \"year\": 2090, \"place\": \"Vienna\"}",
                SECRETARIAT,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Http.Reply again = http.post(
                "/api/v1/sessions",
                "application/json",
                "{\"ordinal\": " + ordinal + ", \"year\": 2090, \"place\": \"Vienna\"}",
                SECRETARIAT,
                PASSWORD);
        assertThat(again.status()).isEqualTo(422);
        assertThat(((JsonObject) again.json()).getString("message")).contains("already recorded");

        Http.Reply backwards = http.put(
                "/api/v1/sessions/" + ordinal,
                "application/json",
                "{\"year\": 2090, \"startDate\": \"2090-05-19\", \"endDate\": \"2090-05-15\", \"place\": \"Vienna\"}",
                SECRETARIAT,
                PASSWORD);
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(((JsonObject) backwards.json()).getString("message")).contains("before it starts");

        Http.Reply corrected = http.put(
                "/api/v1/sessions/" + ordinal,
                "application/json",
                "{\"year\": 2090, \"startDate\": \"2090-05-15\", \"endDate\": \"2090-05-19\", \"place\": \"Vienna\"}",
                SECRETARIAT,
                PASSWORD);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(((JsonObject) corrected.json()).getString("startDate")).isEqualTo("2090-05-15");

        // The newest sessions come first; the page shows the dates in the interface language (English here).
        Http.Reply page = secretariatPage("/admin/sessions.xhtml", "en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("May 15, 2090").contains("May 19, 2090");
    }

    @Test
    void theSecretariatRecordsAPartyStatusAndTheInstrumentPageShowsIt() {
        Http.Reply tooEarly = http.put(
                "/api/v1/member-states/PER/party-status/UNCAC",
                "application/json",
                "{\"action\": \"RATIFICATION\", \"date\": \"1999-01-01\"}",
                SECRETARIAT,
                PASSWORD);
        assertThat(tooEarly.status()).isEqualTo(422);

        Http.Reply recorded = http.put(
                "/api/v1/member-states/PER/party-status/UNCAC",
                "application/json",
                "{\"action\": \"RATIFICATION\", \"date\": \"2004-11-16\"}",
                SECRETARIAT,
                PASSWORD);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

        JsonObject peru = (JsonObject) http.get("/api/v1/member-states/PER").json();
        assertThat(peru.getJsonArray("partyStatus").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(p -> p.getString("instrument").equals("UNCAC"))
                        .map(p -> p.getString("action") + " " + p.getString("date")))
                .containsExactly("RATIFICATION 2004-11-16");

        Http.Reply page = secretariatPage("/admin/instruments.xhtml", "fr");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Statut de partie").contains("instrumentsForm:parties");
    }

    @Test
    void aFocalPointIsRefusedTheAdministrationAndTheRefusalIsAudited() {
        for (String page : List.of("/admin/states.xhtml", "/admin/instruments.xhtml", "/admin/sessions.xhtml")) {
            assertThat(http.page(page, FOCAL_POINT, PASSWORD).status()).as(page).isEqualTo(403);
        }
        Http.Reply rename = http.put(
                "/api/v1/member-states/PER",
                "application/json",
                "{\"names\": {\"en\": \"Peru (by a focal point)\"}}",
                FOCAL_POINT,
                PASSWORD);
        Http.Reply plan = http.post(
                "/api/v1/sessions", "application/json", "{\"ordinal\": 999, \"year\": 2099}", FOCAL_POINT, PASSWORD);
        assertThat(rename.status()).isEqualTo(403);
        assertThat(plan.status()).isEqualTo(403);
        assertThat(((JsonObject) http.get("/api/v1/member-states/PER").json())
                        .getJsonObject("state")
                        .getJsonObject("names")
                        .getString("en"))
                .isEqualTo("Peru");

        JsonArray denied = (JsonArray) http.get("/api/v1/audit?actor=fp.peru&outcome=DENIED", SECRETARIAT, PASSWORD)
                .json();
        assertThat(strings(denied, "targetId")).contains("/admin/states.xhtml", "/admin/sessions.xhtml");
        assertThat(strings(denied, "action")).contains("OPEN_URL", "API_CALL");
    }

    @Test
    void theSecretariatSeesTheAdministrationLinksAndPages() {
        Http.Reply users = http.page("/admin/users.xhtml", SECRETARIAT, PASSWORD);

        assertThat(users.body()).contains("/admin/states.xhtml", "/admin/instruments.xhtml", "/admin/sessions.xhtml");
        assertThat(secretariatPage("/admin/states.xhtml", "zh").body()).contains("会员国管理");
        assertThat(secretariatPage("/admin/sessions.xhtml", "ar").body()).contains("إدارة دورات اللجنة");
    }

    /** A page in one language: {@code ?lang=} switches the session's language without touching the account. */
    private Http.Reply secretariatPage(String path, String language) {
        return http.page(path + "?lang=" + language, SECRETARIAT, PASSWORD);
    }

    private static List<String> strings(JsonArray array, String field) {
        return array.stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.containsKey(field) && !o.isNull(field))
                .map(o -> o.getString(field))
                .toList();
    }
}
