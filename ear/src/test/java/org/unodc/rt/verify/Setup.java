package org.unodc.rt.verify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.it.TestCycles;

/**
 * What the scenarios set up over HTTP as the secretariat and focal points would: focal points, cycles, returns,
 * drafts.
 */
final class Setup {

    static final String PASSWORD = "demo-password-2026";
    static final String SECRETARIAT = "secretariat";
    /** What the simulated researchers search for: the usual terms in several languages, operators, a prefix. */
    static final String[] RESEARCHER_QUERIES = {
        "money-laundering",
        "\"proceeds of crime\"",
        "blanchiment",
        "lavado de activos",
        "洗钱",
        "غسل الأموال",
        "торговля людьми",
        "trata de personas",
        "illegal mining",
        "minería ilegal",
        "confiscation AND assets",
        "precious metals",
        "mutual legal assistance",
        "corrupt*",
        "cybercrime OR ciberdelincuencia",
        "firearms",
        "wildlife trafficking",
        "extradition",
        "smuggling of migrants",
        "beneficial ownership"
    };

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private Setup() {}

    /** An open cycle with two questions of the secretariat's own, the first mandatory; deadline in two months. */
    static long openCycle(Client secretariat, String title) {
        return openCycle(
                secretariat,
                title,
                LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(60),
                Json.createArrayBuilder().add(14).add(3).add(-1));
    }

    /** An open cycle as {@link #openCycle(Client, String)}, with the given deadline and reminder days before it. */
    static long openCycle(Client secretariat, String title, LocalDate deadline, JsonArrayBuilder reminderDays) {
        String body = TestCycles.cycleBody(title, deadline, reminderDays);
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

    /**
     * A focal point for each of the given States, invited by the secretariat: user name {@code prefix} + the State's
     * code in lower case, e-mail that @example.org. The invitation e-mail's link gives the token with which the
     * focal point chooses {@code password}, as real ones do. Returns the user names.
     */
    static List<String> inviteFocalPoints(
            Client secretariat, GreenMail mail, String prefix, List<String> iso3s, String password)
            throws InterruptedException {
        List<String> users = new ArrayList<>();
        for (String iso3 : iso3s) {
            String user = prefix + iso3.toLowerCase(Locale.ROOT);
            users.add(user);
            String invitation = Json.createObjectBuilder()
                    .add("username", user)
                    .add("displayName", "Focal point " + iso3)
                    .add("email", user + "@example.org")
                    .add("role", "FOCAL_POINT")
                    .add("stateIso3", iso3)
                    .add("language", "en")
                    .build()
                    .toString();
            expect(secretariat.post("/api/v1/users", invitation), "invite " + user);
        }
        // Invitations go out after the commit, in the background: wait until each invitee has one.
        Await.until(() -> invitations(mail, prefix).size() >= iso3s.size(), Duration.ofMinutes(3));
        List<MimeMessage> invitations = invitations(mail, prefix);
        if (invitations.size() < iso3s.size()) {
            throw new IllegalStateException(
                    "Only " + invitations.size() + " of " + iso3s.size() + " invitations arrived within 3 minutes.");
        }
        for (MimeMessage message : invitations) {
            String to = recipient(message);
            Matcher token = TOKEN.matcher(
                    GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
            if (!token.find()) {
                throw new IllegalStateException("The invitation to " + to + " has no link with a token.");
            }
            expect(
                    Client.anonymous(secretariat.base())
                            .post(
                                    "/api/v1/password-resets/" + token.group(1),
                                    Json.createObjectBuilder()
                                            .add("password", password)
                                            .build()
                                            .toString()),
                    "set the password of " + to);
        }
        return users;
    }

    /** The invitation e-mails received so far, the last one per account whose user name starts with {@code prefix}. */
    private static List<MimeMessage> invitations(GreenMail mail, String prefix) {
        Map<String, MimeMessage> byRecipient = new LinkedHashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String to = recipient(message);
            if (to.startsWith(prefix)) {
                byRecipient.put(to, message);
            }
        }
        return new ArrayList<>(byRecipient.values());
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException("An e-mail in the test mailbox cannot be read", e);
        }
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
