package org.unodc.rt.verify;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.unodc.rt.it.TestCycles;

/** What the scenarios set up over HTTP as the secretariat and focal points would: cycles, returns, drafts. */
final class Setup {

    static final String PASSWORD = "demo-password-2026";
    static final String SECRETARIAT = "secretariat";

    private Setup() {}

    /** An open cycle with two questions of the secretariat's own, the first mandatory; deadline in two months. */
    static long openCycle(Client secretariat, String title) {
        String body = TestCycles.cycleBody(
                title,
                LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(60),
                Json.createArrayBuilder().add(14).add(3).add(-1));
        Client.Reply created = expect(secretariat.post("/api/v1/cycles", body), "create a cycle");
        long id = created.object().getJsonNumber("id").longValue();
        expect(secretariat.post("/api/v1/cycles/" + id + "/publish", ""), "publish the cycle");
        expect(secretariat.post("/api/v1/cycles/" + id + "/open", ""), "open the cycle");
        return id;
    }

    /** The focal point's return in the cycle, started as a draft ("Start the return") or the one there is. */
    static JsonObject myReturn(Client focalPoint, long cycle) {
        return expect(
                        focalPoint.post("/api/v1/cycles/" + cycle + "/returns/mine", ""),
                        "read " + focalPoint.user() + "'s return")
                .object();
    }

    static long questionId(JsonObject aReturn, int position) {
        return TestCycles.questionId(aReturn, position);
    }

    /** A draft body answering question 1 (and question 2 when {@code second} is not null). */
    static String draft(int version, JsonObject aReturn, String status, String narrative, String second) {
        var answers = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("questionId", questionId(aReturn, 1))
                        .add("status", status)
                        .add("narrative", narrative));
        if (second != null) {
            answers.add(Json.createObjectBuilder()
                    .add("questionId", questionId(aReturn, 2))
                    .add("status", status)
                    .add("narrative", second));
        }
        return Json.createObjectBuilder()
                .add("version", version)
                .add("answers", answers)
                .build()
                .toString();
    }

    /** A library document's metadata and text; the title carries {@code marker} so a search can find it. */
    static String document(String marker, String text) {
        return Json.createObjectBuilder()
                .add("type", "LEGISLATION")
                .add("country", "PER")
                .add("titleOriginal", "Ley de verificación " + marker)
                .add("titleEnglish", "Verification act " + marker)
                .add("year", 2026)
                .add("languages", Json.createArrayBuilder().add("es"))
                .add("status", "IN_FORCE")
                .add("crimeTypes", Json.createArrayBuilder().add("money-laundering"))
                .add("keywords", Json.createArrayBuilder().add(marker))
                .add("text", text)
                .build()
                .toString();
    }

    static String submission() {
        return Json.createObjectBuilder().add("declaration", true).build().toString();
    }

    static Client.Reply expect(Client.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException("Could not " + what + ": " + reply);
        }
        return reply;
    }
}
