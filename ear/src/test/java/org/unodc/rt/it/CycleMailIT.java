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
        assertThat(notices).extracting(Mailbox::subject).containsOnly("Reporting cycle open: " + title);
        MimeMessage toPeru = notices.stream()
                .filter(m -> Mailbox.recipient(m).startsWith("fp.peru@"))
                .findFirst()
                .orElseThrow();
        assertThat(Mailbox.body(toPeru)).contains("María Quispe").contains("(Vienna time)");
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
        List<String> notSubmitted = focalPointAddresses(Set.of("PER"));
        assertThat(mail.received(focalPointAddresses(Set.of()).size() + notSubmitted.size()))
                .isTrue();
        Http.Reply again = http.post("/api/v1/cycles/reminders", "application/json", "", SECRETARIAT, PASSWORD);
        assertThat(again.status()).isEqualTo(200);

        List<MimeMessage> reminders = mail.about("Reminder: " + title);
        assertThat(reminders).extracting(Mailbox::recipient).containsExactlyInAnyOrderElementsOf(notSubmitted);
        assertThat(Mailbox.body(reminders.get(0))).contains("is due in 3 days, on " + deadline);
    }

    @Test
    void onlyTheSecretariatRunsTheReminderCheck() {
        assertThat(http.post("/api/v1/cycles/reminders", "application/json", "", "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);
    }
}
