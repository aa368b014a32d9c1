package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts from invitation to sign-in, over HTTP as a client sees them, with the e-mails read from a real SMTP
 * server (GreenMail inside the test JVM, on the port the server's mail session sends to).
 */
@ExtendWith(ArquillianExtension.class)
class AccountInvitationIT {

    private static final Pattern LINK = Pattern.compile("/activate\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final String FIRST_PASSWORD = "a river runs through Nairobi";
    private static final String SECOND_PASSWORD = "the rains came early this year";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @AutoClose
    private final Mailbox mail = new Mailbox();

    @Test
    void anInvitedFocalPointSetsAPasswordOnceSignsInAndLaterResetsIt() throws Exception {
        String username = "fp.kenya." + System.nanoTime();
        String email = username + "@example.org";

        Http.Reply invited = http.post(
                "/api/v1/users", "application/json", newFocalPoint(username, email, "fr"), SECRETARIAT, PASSWORD);

        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        JsonObject account = invited.json().asJsonObject();
        assertThat(account.getString("username")).isEqualTo(username);
        assertThat(account.getString("status")).isEqualTo("INVITED");
        assertThat(account.getString("stateIso3")).isEqualTo("KEN");
        assertThat(account.containsKey("passwordHash")).isFalse();
        MimeMessage invitation = mail.awaitTo(email, 1).get(0);
        assertThat(invitation.getSubject()).isEqualTo("Votre compte Resolution Tracker");
        assertThat(Mailbox.body(invitation)).contains("Votre nom d'utilisateur : " + username);
        String token = tokenIn(invitation);

        assertThat(http.get("/api/v1/cycles", username, FIRST_PASSWORD).status())
                .as("no password before the invitation is accepted")
                .isEqualTo(401);
        assertThat(http.raw("/activate.xhtml?token=" + token).body())
                .contains("activate:password")
                .contains("activate:confirmation");
        JsonObject check = http.get("/api/v1/password-resets/" + token).json().asJsonObject();
        assertThat(check.getString("state")).isEqualTo("USABLE");
        assertThat(check.getString("purpose")).isEqualTo("INVITATION");
        Http.Reply tooShort = setPassword(token, "too short");
        assertThat(tooShort.status()).as(tooShort.body()).isEqualTo(422);
        assertThat(tooShort.body()).contains("at least 12 characters");
        Http.Reply repeated = setPassword(token, "aaaaaaaaaaaa");
        assertThat(repeated.status()).as(repeated.body()).isEqualTo(422);
        assertThat(repeated.body()).contains("easy to guess");
        Http.Reply leaked = setPassword(token, "password2026!");
        assertThat(leaked.status()).as(leaked.body()).isEqualTo(422);
        assertThat(leaked.body()).contains("most often used or leaked");
        Http.Reply ownName = setPassword(token, "My " + username + " secret");
        assertThat(ownName.status()).as(ownName.body()).isEqualTo(422);
        assertThat(ownName.body()).contains("user name");

        Http.Reply set = setPassword(token, FIRST_PASSWORD);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().asJsonObject().getString("username")).isEqualTo(username);
        assertThat(http.get("/api/v1/cycles", username, FIRST_PASSWORD).status())
                .isEqualTo(200);
        Http.Reply again = setPassword(token, "someone else's password");
        assertThat(again.status()).as(again.body()).isEqualTo(410);
        assertThat(again.body()).contains("already been used").contains("Ask the secretariat for a new invitation");
        assertThat(userAsSecretariat(username).getString("status")).isEqualTo("ACTIVE");

        Http.Reply resetRequested = requestReset(email.toUpperCase());

        assertThat(resetRequested.status()).isEqualTo(202);
        MimeMessage reset = mail.awaitTo(email, 2).get(1);
        assertThat(reset.getSubject()).isEqualTo("Réinitialisation de votre mot de passe Resolution Tracker");
        String resetToken = tokenIn(reset);
        assertThat(resetToken).isNotEqualTo(token);
        Http.Reply newPassword = setPassword(resetToken, SECOND_PASSWORD);
        assertThat(newPassword.status()).as(newPassword.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/cycles", username, SECOND_PASSWORD).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/cycles", username, FIRST_PASSWORD).status())
                .isEqualTo(401);
        assertThat(setPassword(resetToken, "yet another long password").status())
                .isEqualTo(410);
    }

    @Test
    void aResetForAnUnknownLoginAnswersExactlyLikeOneForAnAccountAndSendsNothing() throws Exception {
        String nobody = "nobody." + System.nanoTime() + "@example.org";
        Http.Reply unknown = requestReset(nobody);
        Http.Reply known = requestReset("fp.peru");

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        MimeMessage toPeru =
                mail.awaitTo("fp.peru@demo.resolution-tracker.local", 1).get(0);
        assertThat(toPeru.getSubject()).isEqualTo("Restablecimiento de su contraseña de Resolution Tracker");
        assertThat(mail.all()).extracting(Mailbox::recipient).doesNotContain(nobody);
    }

    @Test
    void oneNetworkAddressCanAskForTenResetsIn15MinutesThenIsToldHowLongToWait() {
        String address = "127.0.0." + (10 + (int) (System.nanoTime() % 200));
        String body = Json.createObjectBuilder()
                .add("login", "nobody." + System.nanoTime() + "@example.org")
                .build()
                .toString();
        for (int i = 1; i <= 10; i++) {
            Http.RawReply accepted = http.postFrom(address, "/api/v1/password-resets", body);
            assertThat(accepted.status())
                    .as("request %d: %s", i, accepted.body())
                    .isEqualTo(202);
        }

        Http.RawReply refused = http.postFrom(address, "/api/v1/password-resets", body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many password reset requests").contains("Try again in 15 minute");
        assertThat(Integer.parseInt(refused.headers().get("Retry-After"))).isBetween(800, 900);
        assertThat(requestReset("someone.else@example.org").status())
                .as("another address is not held up")
                .isEqualTo(202);
        assertThat(failedAudit("PASSWORD_RESET_REQUESTED")).anySatisfy(detail -> assertThat(detail)
                .contains("more than 10 requests in 15 minutes from " + address));
    }

    @Test
    void anAccountGetsAtMostThreeResetLinksAnHour() throws Exception {
        String username = "fp.malawi." + System.nanoTime();
        String email = username + "@example.org";
        invite(username, email, "en");
        assertThat(setPassword(tokenIn(mail.awaitTo(email, 1).get(0)), FIRST_PASSWORD)
                        .status())
                .isEqualTo(200);
        String address = "127.0.1." + (10 + (int) (System.nanoTime() % 200));
        String body = Json.createObjectBuilder().add("login", username).build().toString();

        for (int i = 1; i <= 4; i++) {
            assertThat(http.postFrom(address, "/api/v1/password-resets", body).status())
                    .as("every request gets the same answer")
                    .isEqualTo(202);
        }

        assertThat(failedAudit("PASSWORD_RESET_REQUESTED"))
                .anySatisfy(detail -> assertThat(detail).contains("3 links sent in the last hour"));
        List<MimeMessage> mails = mail.awaitTo(email, 4);
        assertThat(mails).hasSize(4);
        assertThat(mails.subList(1, 4))
                .extracting(MimeMessage::getSubject)
                .containsOnly("Reset your Resolution Tracker password");
        List<String> links =
                mails.subList(1, 4).stream().map(AccountInvitationIT::tokenIn).toList();
        assertThat(setPassword(links.get(0), SECOND_PASSWORD).status())
                .as("each new link replaces the one before")
                .isEqualTo(410);
        assertThat(setPassword(links.get(2), SECOND_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void reInvitingSendsAFreshLinkAndTheOldOneNoLongerWorks() throws Exception {
        String username = "fp.ghana." + System.nanoTime();
        String email = username + "@example.org";
        invite(username, email, "en");
        String first = tokenIn(mail.awaitTo(email, 1).get(0));

        Http.Reply resent =
                http.post("/api/v1/users/" + username + "/invitation", "application/json", "", SECRETARIAT, PASSWORD);

        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        MimeMessage second = mail.awaitTo(email, 2).get(1);
        assertThat(second.getSubject()).isEqualTo("Your Resolution Tracker account");
        String fresh = tokenIn(second);
        assertThat(fresh).isNotEqualTo(first);
        Http.Reply old = setPassword(first, FIRST_PASSWORD);
        assertThat(old.status()).as(old.body()).isEqualTo(410);
        assertThat(old.body()).contains("replaced by a newer one");
        assertThat(setPassword(fresh, FIRST_PASSWORD).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/users/" + username + "/invitation", "application/json", "", SECRETARIAT, PASSWORD)
                        .status())
                .as("an account with a password gets no invitation")
                .isEqualTo(409);
    }

    @Test
    void aFocalPointCannotInviteNorListUsers() {
        String username = "fp.intruder." + System.nanoTime();

        Http.Reply refused = http.post(
                "/api/v1/users",
                "application/json",
                newFocalPoint(username, username + "@example.org", "en"),
                "fp.peru",
                PASSWORD);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(http.get("/api/v1/users", "fp.peru", PASSWORD).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/users/" + username, SECRETARIAT, PASSWORD).status())
                .isEqualTo(404);
    }

    @Test
    void anUnknownLinkIsRefusedWithWhatToDo() {
        Http.Reply refused = setPassword("x".repeat(43), FIRST_PASSWORD);

        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.body()).contains("not known").contains("Ask the secretariat for a new invitation");
        assertThat(http.raw("/activate.xhtml?token=unknown").statusCode()).isEqualTo(200);
        assertThat(http.raw("/login.xhtml").body()).contains("reset.xhtml");
    }

    @Test
    void theSecretariatSeesTheListOfUsersAndAFocalPointDoesNot() {
        Http.Reply users = http.page("/admin/users.xhtml", SECRETARIAT, PASSWORD);

        assertThat(users.status()).as(users.body()).isEqualTo(200);
        assertThat(users.body()).contains("fp.peru").contains("inviteDialog").contains("usersForm:users");
        assertThat(http.page("/admin/users.xhtml", "fp.peru", PASSWORD).status())
                .isEqualTo(403);
        assertThat(http.raw("/reset.xhtml").statusCode()).isEqualTo(200);
    }

    /** The secretariat invites a Kenyan focal point through the API. */
    private void invite(String username, String email, String language) {
        Http.Reply invited = http.post(
                "/api/v1/users", "application/json", newFocalPoint(username, email, language), SECRETARIAT, PASSWORD);
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    }

    private static String newFocalPoint(String username, String email, String language) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Amina Otieno")
                .add("email", email)
                .add("role", "FOCAL_POINT")
                .add("stateIso3", "KEN")
                .add("language", language)
                .build()
                .toString();
    }

    private Http.Reply setPassword(String token, String password) {
        return http.post(
                "/api/v1/password-resets/" + token,
                "application/json",
                Json.createObjectBuilder().add("password", password).build().toString(),
                null,
                null);
    }

    private Http.Reply requestReset(String login) {
        return http.post(
                "/api/v1/password-resets",
                "application/json",
                Json.createObjectBuilder().add("login", login).build().toString(),
                null,
                null);
    }

    private List<String> failedAudit(String action) {
        Http.Reply reply = http.get("/api/v1/audit?outcome=FAILED&max=500", SECRETARIAT, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(e -> e.getString("action").equals(action))
                .map(e -> e.getString("detail", ""))
                .toList();
    }

    private JsonObject userAsSecretariat(String username) {
        Http.Reply reply = http.get("/api/v1/users", SECRETARIAT, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static String tokenIn(MimeMessage message) {
        Matcher link = LINK.matcher(Mailbox.body(message));
        assertThat(link.find()).as(Mailbox.body(message)).isTrue();
        return link.group(1);
    }
}
