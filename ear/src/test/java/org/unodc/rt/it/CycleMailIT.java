package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail through a real SMTP server: GreenMail listens inside the test JVM on the port the server's mail session
 * sends to (rt.it.mail.port).
 */
@ExtendWith(ArquillianExtension.class)
class CycleMailIT {

    static final List<String> FOCAL_POINTS =
            List.of("fp.china", "fp.egypt", "fp.france", "fp.peru", "fp.russia", "fp.southafrica");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @AutoClose
    private final Mailbox mail = new Mailbox();

    /** The addresses of the focal points a notice goes to, leaving out those of the given States. */
    private List<String> focalPointAddresses(Set<String> submittedStates) {
        Http.Reply users = http.get("/api/v1/users", SECRETARIAT, PASSWORD);
        assertThat(users.status()).as(users.body()).isEqualTo(200);
        List<String> addresses = ((jakarta.json.JsonArray) users.json())
                .stream()
                        .map(jakarta.json.JsonValue::asJsonObject)
                        .filter(u -> "FOCAL_POINT".equals(u.getString("role")))
                        .filter(u -> !"DEACTIVATED".equals(u.getString("status")))
                        .filter(u -> !submittedStates.contains(u.getString("stateIso3")))
                        .map(u -> u.getString("email"))
                        .toList();
        assertThat(addresses)
                .as("the demo focal points are among them")
                .containsAll(FOCAL_POINTS.stream()
                        .filter(u -> !submittedStates.contains("PER") || !u.equals("fp.peru"))
                        .map(u -> u + "@demo.resolution-tracker.local")
                        .toList());
        return addresses;
    }

    @Test
    void openingACycleMailsEveryFocalPoint() throws Exception {
        String title = "Opening notice " + System.nanoTime();

        openCycle(http, title);

        List<String> focalPoints = focalPointAddresses(Set.of());
        assertThat(mail.received(focalPoints.size())).isTrue();
        List<MimeMessage> notices = mail.about(title);
        // Every focal point the secretariat's list of users shows as not deactivated: the demo ones, and those
        // other tests invited into the same database.
        assertThat(notices).extracting(Mailbox::recipient).containsExactlyInAnyOrderElementsOf(focalPoints);
        // Each in the focal point's own language.
        MimeMessage toPeru = to(notices, "fp.peru@");
        assertThat(Mailbox.subject(toPeru)).isEqualTo("Apertura del ciclo de presentación de informes: " + title);
        assertThat(Mailbox.body(toPeru)).contains("María Quispe").contains("(hora de Viena)");
        assertThat(Mailbox.subject(to(notices, "fp.southafrica@"))).isEqualTo("Reporting cycle open: " + title);
        MimeMessage toEgypt = to(notices, "fp.egypt@");
        assertThat(toEgypt.getContentLanguage()).containsExactly("ar");
        assertThat(Mailbox.subject(toEgypt)).isEqualTo("فتح دورة الإبلاغ: \u2068" + title + "\u2069");
        assertThat(Mailbox.html(toEgypt))
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("<bdi>" + title + "</bdi>");
        assertThat(Mailbox.body(toEgypt)).startsWith("\u200Fالسيد/السيدة");
    }

    @Test
    void theStateIsToldOfItsReceiptOfClarificationRequestedAndOfAcceptanceInItsLanguage() throws Exception {
        String title = "Receipt " + System.nanoTime();
        long cycle = openCycle(http, title);
        assertThat(mail.received(focalPointAddresses(Set.of()).size())).isTrue();
        JsonObject egypt = myReturn(http, cycle, "fp.egypt");
        long egyptId = egypt.getJsonNumber("id").longValue();
        String answer = TestCycles.draft(egypt.getInt("version"), egypt, 1, "IMPLEMENTED", "القانون رقم 64 لسنة 2010.");
        assertThat(http.put("/api/v1/returns/" + egyptId, "application/json", answer, "fp.egypt", PASSWORD)
                        .status())
                .isEqualTo(200);
        String egyptAddress = "fp.egypt@demo.resolution-tracker.local";
        int before = mail.awaitTo(egyptAddress, 1).size();

        submit(egyptId);
        MimeMessage receipt = mail.awaitTo(egyptAddress, before + 1).get(before);
        assertThat(Mailbox.subject(receipt)).isEqualTo("إشعار باستلام الرد - \u2068" + title + "\u2069");
        assertThat(Mailbox.body(receipt))
                .contains("\u200Fالنسخة: \u20681\u2069")
                .contains("\u2068مصر\u2069");
        assertThat(Mailbox.html(receipt)).contains("dir=\"rtl\"");

        assertThat(http.post(
                                "/api/v1/returns/" + egyptId + "/comments",
                                "application/json",
                                "{\"questionPosition\":1,\"body\":\"Which article?\"}",
                                SECRETARIAT,
                                PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(http.post(
                                "/api/v1/returns/" + egyptId + "/request-clarification",
                                "application/json",
                                "",
                                SECRETARIAT,
                                PASSWORD)
                        .status())
                .isEqualTo(200);
        MimeMessage clarification = mail.awaitTo(egyptAddress, before + 2).get(before + 1);
        assertThat(Mailbox.subject(clarification)).startsWith("طلب توضيحات");
        assertThat(Mailbox.body(clarification)).contains("عدد الملاحظات: \u20681\u2069");

        submit(egyptId);
        assertThat(http.post("/api/v1/returns/" + egyptId + "/accept", "application/json", "", SECRETARIAT, PASSWORD)
                        .status())
                .isEqualTo(200);
        List<MimeMessage> toEgypt = mail.awaitTo(egyptAddress, before + 4);
        assertThat(toEgypt.subList(before + 2, before + 4))
                .extracting(Mailbox::subject)
                .containsExactly(
                        "إشعار باستلام الرد - \u2068" + title + "\u2069", "قبول الرد - \u2068" + title + "\u2069");
    }

    private void submit(long returnId) {
        assertThat(http.post(
                                "/api/v1/returns/" + returnId + "/submit",
                                "application/json",
                                "{\"declaration\":true}",
                                "fp.egypt",
                                PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    /**
     * Whom a State's reminders and receipts go to: its focal points and observers (contributors only when questions of
     * the return are theirs), among the States that have a focal point, leaving out or keeping only the given ones.
     */
    private List<String> teamAddresses(Set<String> states, boolean only) {
        List<JsonObject> users = ((jakarta.json.JsonArray)
                        http.get("/api/v1/users", SECRETARIAT, PASSWORD).json())
                .getValuesAs(JsonObject.class).stream()
                        .filter(u -> !"DEACTIVATED".equals(u.getString("status")))
                        .toList();
        Set<String> reporting = users.stream()
                .filter(u -> "FOCAL_POINT".equals(u.getString("role")))
                .map(u -> u.getString("stateIso3"))
                .collect(java.util.stream.Collectors.toSet());
        return users.stream()
                .filter(u -> Set.of("FOCAL_POINT", "OBSERVER").contains(u.getString("role")))
                .filter(u -> reporting.contains(u.getString("stateIso3")))
                .filter(u -> only == states.contains(u.getString("stateIso3")))
                .map(u -> u.getString("email"))
                .toList();
    }

    private static MimeMessage to(List<MimeMessage> messages, String addressPrefix) {
        return messages.stream()
                .filter(m -> Mailbox.recipient(m).startsWith(addressPrefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theReminderCheckRemindsTheStatesThatHaveNotSubmittedOnce() throws Exception {
        String title = "Reminder " + System.nanoTime();
        LocalDate deadline = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(3);
        long cycle = openCycle(http, title, deadline, Json.createArrayBuilder().add(3));
        assertThat(mail.received(focalPointAddresses(Set.of()).size())).isTrue();
        JsonObject peru = myReturn(http, cycle, "fp.peru");
        String answer = TestCycles.draft(peru.getInt("version"), peru, 1, "IMPLEMENTED", "Ley 30077.");
        long peruId = peru.getJsonNumber("id").longValue();
        assertThat(http.put("/api/v1/returns/" + peruId, "application/json", answer, "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(http.post(
                                "/api/v1/returns/" + peruId + "/submit",
                                "application/json",
                                "{\"declaration\":true}",
                                "fp.peru",
                                PASSWORD)
                        .status())
                .isEqualTo(200);

        Http.Reply check = http.post("/api/v1/cycles/reminders", "application/json", "", SECRETARIAT, PASSWORD);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        // The reminders go to the focal points and the observers (a Permanent Mission) of each State that has not
        // submitted; the receipt went to Peru's.
        List<String> notSubmitted = teamAddresses(Set.of("PER"), false);
        assertThat(notSubmitted).contains("observer.egypt@demo.resolution-tracker.local");
        // The opening notices (focal points only), the receipts to Peru's team, then the reminders.
        int everyone = focalPointAddresses(Set.of()).size();
        assertThat(mail.received(everyone + teamAddresses(Set.of("PER"), true).size() + notSubmitted.size()))
                .isTrue();
        Http.Reply again = http.post("/api/v1/cycles/reminders", "application/json", "", SECRETARIAT, PASSWORD);
        assertThat(again.status()).isEqualTo(200);

        // A reminder in each focal point's language: "Reminder:", "Rappel :", "Recordatorio:", "Напоминание:" …
        List<MimeMessage> reminders = mail.about(title).stream()
                .filter(m -> Mailbox.subject(m).matches("(Reminder:|Rappel :|Recordatorio:|Напоминание:|提醒：|تذكير:).*"))
                .toList();
        assertThat(reminders).extracting(Mailbox::recipient).containsExactlyInAnyOrderElementsOf(notSubmitted);
        assertThat(Mailbox.body(to(reminders, "fp.southafrica@")))
                .contains("is due on "
                        + deadline.format(
                                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                                        .withLocale(java.util.Locale.ENGLISH)))
                .contains("Days remaining: 3");
    }

    @Test
    void onlyTheSecretariatRunsTheReminderCheck() {
        assertThat(http.post("/api/v1/cycles/reminders", "application/json", "", "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);
    }
}
