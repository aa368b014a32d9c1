package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Sets up reporting cycles over HTTP as the secretariat would, each test with its own cycle. */
public final class TestCycles {

    static final String PASSWORD = "demo-password-2026";
    static final String SECRETARIAT = "secretariat";

    private TestCycles() {}

    /**
     * An open cycle with two questions of the secretariat's own: question 1 mandatory, question 2 optional. The
     * deadline is two months away, so no reminder is due.
     */
    static long openCycle(Http http, String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
        return openCycle(
                http,
                title,
                today.plusDays(60),
                Json.createArrayBuilder().add(14).add(3).add(-1));
    }

    static long openCycle(Http http, String title, LocalDate deadline, JsonArrayBuilder reminderDays) {
        String body = cycleBody(title, deadline, reminderDays);
        Http.Reply created = http.post("/api/v1/cycles", "application/json", body, SECRETARIAT, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        Http.Reply published =
                http.post("/api/v1/cycles/" + id + "/publish", "application/json", "", SECRETARIAT, PASSWORD);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        Http.Reply opened = http.post("/api/v1/cycles/" + id + "/open", "application/json", "", SECRETARIAT, PASSWORD);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return id;
    }

    /**
     * A new cycle for session 36, opened yesterday, with two questions of the secretariat's own: question 1
     * mandatory, question 2 optional. Also used by the verification suite.
     */
    public static String cycleBody(String title, LocalDate deadline, JsonArrayBuilder reminderDays) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
        return Json.createObjectBuilder()
                .add("sessionOrdinal", 36)
                .add("title", title)
                .add("opensOn", today.minusDays(1).toString())
                .add("deadline", deadline.toString())
                .add("reminderDays", reminderDays)
                .add("resolutionIds", Json.createArrayBuilder())
                .add(
                        "questions",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("text", "Which measures has your State adopted against organized crime?")
                                        .add("guidance", "Cite laws by title and year.")
                                        .add("mandatory", true))
                                .add(Json.createObjectBuilder()
                                        .add("text", "Which experience can your State share?")
                                        .add("mandatory", false)))
                .build()
                .toString();
    }

    /** The title demo mode gives its cycle (ReturnsDemoData), the only one with accepted returns from the start. */
    static final String DEMO_CYCLE_TITLE =
            "Implementation of the resolutions on organized crime: reports for the thirty-fifth session";

    /**
     * The cycle demo mode created for session 35, found by what it is: other tests add cycles (newer, on no
     * resolution) in any order, so neither the first nor the last of the list is it.
     */
    static JsonObject demoCycle(Http http) {
        Http.Reply reply = http.get("/api/v1/cycles", SECRETARIAT, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> demo = reply.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("sessionOrdinal") == 35 && DEMO_CYCLE_TITLE.equals(c.getString("title")))
                .toList();
        assertThat(demo).as("the demo cycle among %s", reply.body()).hasSize(1);
        return demo.get(0);
    }

    /**
     * The focal point's return in the cycle, started as a draft ("Start the return": a POST; reading never starts
     * one) or, if started, the one there is.
     */
    static JsonObject myReturn(Http http, long cycleId, String focalPoint) {
        Http.Reply reply =
                http.post("/api/v1/cycles/" + cycleId + "/returns/mine", "application/json", "", focalPoint, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (JsonObject) reply.json();
    }

    public static long questionId(JsonObject aReturn, int position) {
        return aReturn.getJsonArray("sections").stream()
                .flatMap(s -> s.asJsonObject().getJsonArray("answers").stream())
                .map(a -> a.asJsonObject())
                .filter(a -> a.getInt("position") == position)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("questionId")
                .longValue();
    }

    static String draft(int version, JsonObject aReturn, int position, String status, String narrative) {
        var answer = Json.createObjectBuilder().add("questionId", questionId(aReturn, position));
        if (status != null) {
            answer.add("status", status);
        }
        if (narrative != null) {
            answer.add("narrative", narrative);
        }
        return Json.createObjectBuilder()
                .add("version", version)
                .add("answers", Json.createArrayBuilder().add(answer))
                .build()
                .toString();
    }
}
