package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administration pages and the account pages as their users see them in Chromium: the secretariat invites a
 * focal point through the dialog, the invitation arrives by e-mail (GreenMail), the newcomer sets a password on the
 * link's page and signs in; a Commission session is entered with dates typed the way the interface language writes
 * them; and axe-core finds no serious violation on the signed-in pages and open dialogs.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationBrowserIT {

    private static final Pattern LINK = Pattern.compile("/activate\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("rt.it.mail.port", 3125), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theSecretariatInvitesAFocalPointWhoSetsAPasswordAndSignsIn() throws Exception {
        String username = "fp.chile." + System.nanoTime() % 1_000_000_000L;
        String email = username + "@example.org";
        String password = "Valparaiso harbour at dawn";

        try (Browser secretariat = new Browser(http.base(), "administration-invite")) {
            secretariat.signIn(SECRETARIAT, PASSWORD);
            secretariat.open("/admin/users.xhtml");
            assertThat(secretariat.pageText()).contains("fp.peru");
            secretariat.click("[id='usersForm:users:invite']");
            secretariat.find("[id='inviteForm:username']");
            assertThat(serious(secretariat)).as("the open invitation dialog").isEmpty();

            secretariat.click("[id='inviteForm:send']");
            secretariat.waitForText("Give a user name.");
            assertThat(secretariat.pageText()).contains("Give the person's e-mail address.");
            secretariat.screenshot("01-invitation-incomplete");

            secretariat.type("[id='inviteForm:username']", username);
            secretariat.type("[id='inviteForm:displayName']", "Camila Rojas");
            secretariat.type("[id='inviteForm:email']", email);
            secretariat.choose("inviteForm:role", "Focal point");
            secretariat.choose("inviteForm:state", "Chile");
            secretariat.choose("inviteForm:language", "Español");
            secretariat.click("[id='inviteForm:send']");
            secretariat.waitForText("Account " + username + " created; the invitation was sent to " + email);
            secretariat.type("[id='usersForm:users:username:filter']", username);
            secretariat.waitForRows("usersForm:users", 1);
            assertThat(secretariat.text("[id='usersForm:users_data']"))
                    .contains(username)
                    .contains("Camila Rojas")
                    .contains("Chile")
                    .contains("Invited");
            secretariat.screenshot("02-invited");
        }

        MimeMessage invitation = awaitMailTo(email);
        assertThat(invitation.getSubject()).isEqualTo("Su cuenta de Resolution Tracker");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(invitation).replace("=\r\n", ""));
        assertThat(link.find()).as("the invitation holds a link").isTrue();

        try (Browser newcomer = new Browser(http.base(), "administration-activate")) {
            newcomer.open("/activate.xhtml?token=" + link.group(1));
            assertThat(serious(newcomer)).as("the page that sets a first password").isEmpty();
            newcomer.type("[id='activate:password']", "short");
            newcomer.type("[id='activate:confirmation']", "short");
            newcomer.click("[id='activate:save']");
            newcomer.waitForText("12");
            newcomer.screenshot("01-password-too-short");

            newcomer.type("[id='activate:password']", password);
            newcomer.type("[id='activate:confirmation']", password);
            newcomer.click("[id='activate:save']");
            newcomer.waitForText(username);
            newcomer.screenshot("02-password-set");

            newcomer.signIn(username, password);
            newcomer.open("/focal/index.xhtml");
            assertThat(newcomer.pageText()).contains("Chile");
            newcomer.screenshot("03-signed-in");
        }
        JsonObject account = http.get("/api/v1/users/" + username, SECRETARIAT, PASSWORD)
                .json()
                .asJsonObject();
        assertThat(account.getString("status")).isEqualTo("ACTIVE");
        assertThat(account.getString("language")).isEqualTo("es");
    }

    @Test
    void aCommissionSessionIsEnteredWithDatesWrittenTheFrenchWay() {
        int ordinal = 100 + (int) (System.nanoTime() % 400);
        int year = 2091;
        try (Browser secretariat = new Browser(http.base(), "administration-session-fr")) {
            secretariat.signIn(SECRETARIAT, PASSWORD);
            secretariat.open("/admin/sessions.xhtml?lang=fr");
            secretariat.click("[id='sessionsForm:sessions:create']");
            assertThat(secretariat.attribute("[id='sessionForm:startDate_input']", "placeholder"))
                    .isEqualTo("jj/mm/aaaa");
            secretariat.type("[id='sessionForm:ordinal_input']", String.valueOf(ordinal));
            secretariat.type("[id='sessionForm:year_input']", String.valueOf(year));
            secretariat.type("[id='sessionForm:startDate_input']", "12/05/" + year);
            secretariat.type("[id='sessionForm:endDate_input']", "16/05/" + year);
            secretariat.type("[id='sessionForm:place']", "Vienne");
            secretariat.screenshot("01-dates-typed");
            secretariat.click("[id='sessionForm:save']");
            secretariat.waitForText("La session " + ordinal + " (" + year + ") est enregistrée.");
            secretariat.screenshot("02-session-recorded");
            assertThat(secretariat.pageText()).contains("12 mai " + year).contains("16 mai " + year);
        }
        JsonObject session = http.get("/api/v1/sessions/" + ordinal, SECRETARIAT, PASSWORD)
                .json()
                .asJsonObject();
        assertThat(session.getString("startDate")).isEqualTo(year + "-05-12");
        assertThat(session.getString("endDate")).isEqualTo(year + "-05-16");
    }

    @Test
    void theSignedInPagesAndTheirDialogsHaveNoSeriousAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            try (Browser browser = new Browser(http.base(), "accessibility-signed-in-" + language)) {
                browser.signIn(SECRETARIAT, PASSWORD);
                for (String page : List.of(
                        "/secretariat/index.xhtml",
                        "/secretariat/review.xhtml",
                        "/secretariat/reports.xhtml",
                        "/secretariat/resolution-editor.xhtml",
                        "/admin/users.xhtml",
                        "/admin/states.xhtml",
                        "/admin/instruments.xhtml",
                        "/admin/sessions.xhtml")) {
                    browser.open(page + "?lang=" + language);
                    problems.addAll(serious(browser).stream()
                            .map(v -> language + " " + page + ": " + v)
                            .toList());
                }
                browser.open("/admin/sessions.xhtml?lang=" + language);
                browser.click("[id='sessionsForm:sessions:create']");
                browser.find("[id='sessionForm:place']");
                problems.addAll(serious(browser).stream()
                        .map(v -> language + " session dialog: " + v)
                        .toList());
                browser.screenshot("secretariat-session-dialog");
            }
            try (Browser browser = new Browser(http.base(), "accessibility-focal-" + language)) {
                browser.signIn("fp.peru", PASSWORD);
                for (String page : List.of("/focal/index.xhtml", "/focal/colleagues.xhtml")) {
                    browser.open(page + "?lang=" + language);
                    problems.addAll(serious(browser).stream()
                            .map(v -> language + " " + page + ": " + v)
                            .toList());
                }
                browser.screenshot("focal-colleagues");
            }
            try (Browser browser = new Browser(http.base(), "accessibility-anonymous-" + language)) {
                for (String page : List.of("/reset.xhtml", "/activate.xhtml?token=unknown")) {
                    browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    problems.addAll(serious(browser).stream()
                            .map(v -> language + " " + page + ": " + v)
                            .toList());
                }
            }
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    private static List<String> serious(Browser browser) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : browser.axeViolations()) {
            String impact = String.valueOf(violation.get("impact"));
            if ("serious".equals(impact) || "critical".equals(impact)) {
                found.add(violation.get("id") + " (" + impact + ") " + violation.get("help") + " — "
                        + violation.get("nodes"));
            }
        }
        return found;
    }

    private MimeMessage awaitMailTo(String address) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (recipient(message).equals(address)) {
                    return message;
                }
            }
            smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No invitation reached " + address + "; received: "
                + Arrays.stream(smtp.getReceivedMessages())
                        .map(AdministrationBrowserIT::recipient)
                        .toList());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
