package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;
import static org.unodc.rt.it.TestCycles.draft;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;
import static org.unodc.rt.it.TestCycles.questionId;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles in a State over the API, with the demo team of Egypt (fp.egypt, fp2.egypt, contrib.egypt, observer.egypt)
 * and the Russian Federation, which requires clearance (fp.russia, fp2.russia): who reads, edits, assigns, submits
 * and clears, who is refused (403, audited), and who is told by e-mail, in which language.
 */
@ExtendWith(ArquillianExtension.class)
class StateRolesIT {

    private static final String EGYPT = "fp.egypt";
    private static final String CONTRIBUTOR = "contrib.egypt";
    private static final String OBSERVER = "observer.egypt";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @AutoClose
    private final Mailbox mail = new Mailbox();

    @Test
    void theSecretariatInvitesContributorsAndObserversOfAState() {
        String contributor = "contrib.kenya." + System.nanoTime();
        Http.Reply invited = http.post(
                "/api/v1/users", "application/json", newUser(contributor, "CONTRIBUTOR", "KEN"), SECRETARIAT, PASSWORD);
        String observer = "observer.kenya." + System.nanoTime();
        Http.Reply observing = http.post(
                "/api/v1/users", "application/json", newUser(observer, "OBSERVER", "KEN"), SECRETARIAT, PASSWORD);
        Http.Reply stateless = http.post(
                "/api/v1/users",
                "application/json",
                newUser("observer.none." + System.nanoTime(), "OBSERVER", null),
                SECRETARIAT,
                PASSWORD);

        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().asJsonObject().getString("role")).isEqualTo("CONTRIBUTOR");
        assertThat(invited.json().asJsonObject().getString("stateIso3")).isEqualTo("KEN");
        assertThat(observing.status()).as(observing.body()).isEqualTo(201);
        assertThat(observing.json().asJsonObject().getString("role")).isEqualTo("OBSERVER");
        assertThat(stateless.status()).as(stateless.body()).isEqualTo(422);
        assertThat(http.page("/focal/colleagues.xhtml", CONTRIBUTOR, PASSWORD).status())
                .as("managing the State's people is a focal point's")
                .isEqualTo(403);
        assertThat(http.page("/focal/index.xhtml", OBSERVER, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aContributorEditsOnlyTheAssignedAnswerAndAnObserverOnlyReads() throws Exception {
        long cycle = openCycle(http, "Roles " + System.nanoTime());
        String mine = "/api/v1/cycles/" + cycle + "/returns/mine";
        assertThat(http.get(mine, EGYPT, PASSWORD).status())
                .as("reading never starts a return")
                .isEqualTo(404);
        assertThat(http.post(mine, "application/json", "", CONTRIBUTOR, PASSWORD)
                        .status())
                .as("a contributor does not start it")
                .isEqualTo(403);
        JsonObject started = myReturn(http, cycle, EGYPT);
        long id = started.getJsonNumber("id").longValue();
        long first = questionId(started, 1);
        long second = questionId(started, 2);
        String assignments = "/api/v1/returns/" + id + "/assignments";

        assertThat(put(assignments, "{\"999999\": \"" + CONTRIBUTOR + "\"}", EGYPT)
                        .status())
                .isEqualTo(422);
        assertThat(put(assignments, "{\"" + second + "\": \"fp.peru\"}", EGYPT).status())
                .as("a person of another State")
                .isEqualTo(422);
        assertThat(put(assignments, "{\"" + second + "\": \"" + OBSERVER + "\"}", EGYPT)
                        .status())
                .as("not a contributor")
                .isEqualTo(422);
        for (String other : List.of(CONTRIBUTOR, OBSERVER, "fp.peru", SECRETARIAT)) {
            assertThat(put(assignments, "{\"" + second + "\": \"" + CONTRIBUTOR + "\"}", other)
                            .status())
                    .as(other)
                    .isEqualTo(403);
        }
        Http.Reply assigned = put(assignments, "{\"" + second + "\": \"" + CONTRIBUTOR + "\"}", EGYPT);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().asJsonObject().getString(String.valueOf(second)))
                .isEqualTo(CONTRIBUTOR);
        MimeMessage toContributor = mail.awaitTo(address(CONTRIBUTOR), 1).get(0);
        assertThat(Mailbox.subject(toContributor)).startsWith("سؤال أُسند إليك");
        assertThat(Mailbox.html(toContributor)).contains("<html lang=\"ar\" dir=\"rtl\">");

        JsonObject seen = myReturn(http, cycle, EGYPT);
        JsonObject asContributor = http.get(mine, CONTRIBUTOR, PASSWORD).json().asJsonObject();
        assertThat(asContributor.getBoolean("submittable")).isFalse();
        assertThat(answer(asContributor, 2).getBoolean("editable")).isTrue();
        assertThat(answer(asContributor, 1).getBoolean("editable")).isFalse();
        Http.Reply ownAnswer = put(
                "/api/v1/returns/" + id,
                draft(seen.getInt("version"), seen, 2, "IN_PROGRESS", "Laila: workshop"),
                CONTRIBUTOR);
        assertThat(ownAnswer.status()).as(ownAnswer.body()).isEqualTo(200);
        int version = ownAnswer.json().asJsonObject().getInt("version");
        Http.Reply otherAnswer =
                put("/api/v1/returns/" + id, draft(version, seen, 1, "IMPLEMENTED", "Not mine"), CONTRIBUTOR);
        assertThat(otherAnswer.status()).as(otherAnswer.body()).isEqualTo(403);
        assertThat(post("/api/v1/returns/" + id + "/submit", "{\"declaration\":true}", CONTRIBUTOR)
                        .status())
                .isEqualTo(403);

        JsonObject asObserver =
                http.get("/api/v1/returns/" + id, OBSERVER, PASSWORD).json().asJsonObject();
        assertThat(asObserver.getBoolean("editable")).isFalse();
        assertThat(answer(asObserver, 2).getString("narrative")).isEqualTo("Laila: workshop");
        assertThat(put("/api/v1/returns/" + id, draft(version, seen, 1, "IMPLEMENTED", "Observed"), OBSERVER)
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/returns/" + id, "fp.peru", PASSWORD).status())
                .as("never another State's")
                .isEqualTo(403);
        assertThat(http.get("/api/v1/returns/" + id + "/history", CONTRIBUTOR, PASSWORD)
                        .status())
                .isEqualTo(403);

        JsonArray history = http.get("/api/v1/returns/" + id + "/history", EGYPT, PASSWORD)
                .json()
                .asJsonArray();
        assertThat(history.getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("RETURN_SAVED");
                    assertThat(e.getString("actor")).isEqualTo(CONTRIBUTOR);
                })
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("RETURN_SAVE");
                    assertThat(e.getString("actor")).isEqualTo(CONTRIBUTOR);
                    assertThat(e.getString("outcome")).isEqualTo("DENIED");
                    assertThat(e.getString("detail")).contains("not assigned to contrib.egypt");
                })
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("RETURN_ASSIGNED"));

        // The receipt goes to the focal points, the observer and the contributor, each in their language, with the
        // return as a PDF.
        JsonObject current = myReturn(http, cycle, EGYPT);
        assertThat(put(
                                "/api/v1/returns/" + id,
                                draft(current.getInt("version"), current, 1, "IMPLEMENTED", "Law 5"),
                                EGYPT)
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/returns/" + id + "/submit", "{\"declaration\":true}", EGYPT)
                        .status())
                .isEqualTo(200);
        MimeMessage toObserver = last(mail.awaitTo(address(OBSERVER), 1));
        assertThat(Mailbox.subject(toObserver)).startsWith("Return received");
        assertThat(pdfAttached(toObserver)).startsWith("return-EGY-").endsWith("-en.pdf");
        MimeMessage toSecond = last(mail.awaitTo(address("fp2.egypt"), 1));
        assertThat(Mailbox.subject(toSecond)).startsWith("إشعار باستلام الرد");
        assertThat(pdfAttached(toSecond)).endsWith("-ar.pdf");
        assertThat(Mailbox.subject(last(mail.awaitTo(address(CONTRIBUTOR), 2)))).startsWith("إشعار باستلام الرد");

        // The request for clarification carries the remarks; the extension reaches the observer and the contributor.
        assertThat(post(
                                "/api/v1/returns/" + id + "/comments",
                                "{\"questionPosition\":1,\"body\":\"Which article?\"}",
                                SECRETARIAT)
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/returns/" + id + "/request-clarification", "", SECRETARIAT)
                        .status())
                .isEqualTo(200);
        MimeMessage clarification = last(mail.awaitTo(address(OBSERVER), 2));
        assertThat(Mailbox.subject(clarification)).startsWith("Clarification requested");
        assertThat(Mailbox.body(clarification)).contains("Which article?");
        LocalDate later = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(90);
        assertThat(post(
                                "/api/v1/cycles/" + cycle + "/extensions",
                                "{\"iso3\":\"EGY\",\"extendedTo\":\"" + later + "\"}",
                                SECRETARIAT)
                        .status())
                .isEqualTo(200);
        assertThat(Mailbox.subject(last(mail.awaitTo(address(OBSERVER), 3)))).startsWith("Deadline extended");
        assertThat(Mailbox.subject(last(mail.awaitTo(address(CONTRIBUTOR), 4)))).startsWith("تمديد الموعد النهائي");
    }

    @Test
    void whereTheStateRequiresClearanceASecondFocalPointClearsTheReturn() {
        long cycle = openCycle(http, "Clearance " + System.nanoTime());
        JsonObject started = myReturn(http, cycle, "fp.russia");
        long id = started.getJsonNumber("id").longValue();
        assertThat(put(
                                "/api/v1/returns/" + id,
                                draft(started.getInt("version"), started, 1, "IMPLEMENTED", "Статья 210"),
                                "fp.russia")
                        .status())
                .isEqualTo(200);

        Http.Reply asked = post("/api/v1/returns/" + id + "/submit", "{\"declaration\":true}", "fp.russia");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().asJsonObject().getString("status")).isEqualTo("AWAITING_CLEARANCE");
        assertThat(asked.json().asJsonObject().getJsonArray("versions")).isEmpty();
        assertThat(post("/api/v1/returns/" + id + "/clear", "", "fp.russia").status())
                .as("not the one who asked")
                .isEqualTo(409);
        assertThat(post("/api/v1/returns/" + id + "/clear", "", "fp.egypt").status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/returns/" + id, OBSERVER, PASSWORD).status())
                .as("Egypt's observer never reads another State's return")
                .isEqualTo(403);
        assertThat(put("/api/v1/returns/" + id + "/assignments", "{}", "fp.egypt")
                        .status())
                .isEqualTo(403);
        Http.Reply cleared = post("/api/v1/returns/" + id + "/clear", "", "fp2.russia");

        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().asJsonObject().getString("status")).isEqualTo("SUBMITTED");
        List<String> steps = http
                .get("/api/v1/returns/" + id + "/history", "fp.russia", PASSWORD)
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> "DONE".equals(e.getString("outcome")))
                .map(e -> e.getString("actor") + " " + e.getString("action"))
                .toList();
        assertThat(steps)
                .containsSubsequence(
                        "fp.russia RETURN_CLEARANCE_REQUESTED",
                        "fp2.russia RETURN_CLEARED",
                        "fp2.russia RETURN_SUBMITTED");
    }

    @Test
    void aDeadlineExtensionIsSeenOnlyByTheStateConcerned() {
        long cycle = openCycle(http, "Extension " + System.nanoTime());
        LocalDate later = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(90);
        Http.Reply extended = http.post(
                "/api/v1/cycles/" + cycle + "/extensions",
                "application/json",
                "{\"iso3\":\"PER\",\"extendedTo\":\"" + later + "\"}",
                SECRETARIAT,
                PASSWORD);
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);

        assertThat(extensions(cycle, "fp.peru")).containsExactly("PER");
        assertThat(extensions(cycle, "fp.egypt")).isEmpty();
        assertThat(extensions(cycle, OBSERVER)).isEmpty();
        assertThat(extensions(cycle, SECRETARIAT)).containsExactly("PER");
    }

    private List<String> extensions(long cycle, String user) {
        Http.Reply reply = http.get("/api/v1/cycles/" + cycle, user, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonObject().getJsonArray("extensions").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("iso3"))
                .toList();
    }

    private static JsonObject answer(JsonObject aReturn, int position) {
        return aReturn.getJsonArray("sections").stream()
                .flatMap(s -> s.asJsonObject().getJsonArray("answers").stream())
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getInt("position") == position)
                .findFirst()
                .orElseThrow();
    }

    private static MimeMessage last(List<MimeMessage> messages) {
        return messages.get(messages.size() - 1);
    }

    /** The name of the PDF the message carries. */
    private static String pdfAttached(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                assertThat(part.getInputStream().readNBytes(5)).isEqualTo("%PDF-".getBytes());
                return part.getFileName();
            }
        }
        throw new AssertionError("no attachment in " + Mailbox.subject(message));
    }

    private static String address(String user) {
        return user + "@demo.resolution-tracker.local";
    }

    private Http.Reply put(String path, String body, String user) {
        return http.put(path, "application/json", body, user, PASSWORD);
    }

    private Http.Reply post(String path, String body, String user) {
        return http.post(path, "application/json", body, user, PASSWORD);
    }

    private static String newUser(String username, String role, String iso3) {
        var user = Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Wanjiru Kamau")
                .add("email", username + "@example.org")
                .add("role", role)
                .add("language", "en");
        if (iso3 != null) {
            user.add("stateIso3", iso3);
        }
        return user.build().toString();
    }
}
