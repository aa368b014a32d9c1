package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may reach what, over HTTP. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void anAnonymousVisitorToASecretariatPageIsSentToTheLoginPage() {
        Http.Reply reply = http.get("/secretariat/index.xhtml");

        assertThat(reply.status()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordOnTheApiIsA401InJson() {
        Http.Reply reply = http.get("/api/v1/member-states/PER", "fp.peru", "not-the-password");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(((JsonObject) reply.json()).getString("message")).contains("password");
    }

    @Test
    void aDemoAccountSignsInWithTheDocumentedPassword() {
        Http.Reply reply = http.get("/api/v1/member-states/PER", "fp.peru", "demo-password-2026");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void theLoginPageIsPublic() {
        Http.Reply reply = http.get("/login.xhtml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("login:username").contains("login:password");
    }

    @Test
    void pagesForbidFramingAndSniffing() {
        java.net.http.HttpResponse<String> response = http.raw("/index.xhtml");

        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(attributes(cookie)).contains("httponly", "samesite=lax"));
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'")
                        .contains("default-src 'self'")
                        .contains("form-action 'self'"))
                .anySatisfy(csp -> assertThat(csp).contains("script-src 'self' 'nonce-"));
        for (String apiOrFile : new String[] {"/api/v1/resolutions", "/api/v1/library/search.csv?q=money"}) {
            java.net.http.HttpResponse<String> answer = http.raw(apiOrFile);
            assertThat(answer.headers().allValues("Content-Security-Policy"))
                    .as("API answers and downloads: a policy that runs nothing (%s)", apiOrFile)
                    .singleElement()
                    .satisfies(csp -> assertThat(csp)
                            .contains("default-src 'none'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline", "script-src"));
            assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    /**
     * A form sent with a page state the server does not hold (an expired page, or a forged post) gets the page that
     * says so, with every header a page has, and not as a server fault.
     */
    @Test
    void anExpiredPageAnswersWithTheSecurityHeadersAndNotAsAServerFault() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(http.base() + "/login.xhtml"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "login=login&login%3Ausername=x&jakarta.faces.ViewState=bogus%3A42"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This page had expired");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
    }

    @Test
    void overTlsTheSessionCookieIsSecureAndOverPlainHttpItStaysUsable() {
        Http.TlsReply tls = http.getOverTls("/login.xhtml");
        java.net.http.HttpResponse<String> plain = http.raw("/login.xhtml");

        assertThat(tls.status()).isEqualTo(200);
        assertThat(tls.cookies())
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(attributes(cookie)).contains("secure", "httponly", "samesite=lax"));
        assertThat(plain.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie ->
                        assertThat(attributes(cookie)).doesNotContain("secure").contains("httponly"));
    }

    /** A Set-Cookie header's attributes after the name and value, in lower case (their names ignore case). */
    private static java.util.List<String> attributes(String setCookie) {
        String[] parts = setCookie.split(";");
        return java.util.Arrays.stream(parts, 1, parts.length)
                .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    @Test
    void unpublishedOrUnknownLibraryDocumentsAreNotFoundForThePublic() {
        assertThat(http.get("/api/v1/library/documents/999999").status()).isEqualTo(404);
    }

    /**
     * A {@code ?lang=} link changes only the session's language (a GET stores nothing); the language menu posts the
     * choice with the session's form token, and only then does the account remember it. A post without the token,
     * or one that asks to go back to another site, gets neither.
     */
    @Test
    void onlyTheLanguageMenusPostWithTheSessionsTokenChangesTheAccountsLanguage() throws Exception {
        String user = "fp.russia";
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(URI.create(http.base() + "/focal/index.xhtml?lang=fr"))
                            .header("Authorization", basic)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).containsPattern("<html[^>]*lang=\"fr\"");
            assertThat(accountLanguage(user)).isEqualTo("ru");

            Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find())
                    .as("the language menu carries the session's form token")
                    .isTrue();

            HttpResponse<String> forged = postLanguage(browser, basic, "not-the-token", "es", "/focal/index.xhtml");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.body())
                    .as("the refusal says the page had expired, in the session's language")
                    .contains("Cette page avait expiré");
            assertThat(accountLanguage(user)).isEqualTo("ru");

            HttpResponse<String> chosen = postLanguage(browser, basic, token.group(1), "es", "/focal/index.xhtml");
            assertThat(chosen.statusCode()).isEqualTo(303);
            assertThat(chosen.headers().firstValue("Location")).hasValue("/focal/index.xhtml");
            assertThat(accountLanguage(user)).isEqualTo("es");

            HttpResponse<String> elsewhere = postLanguage(browser, basic, token.group(1), "es", "//evil.example/phish");
            assertThat(elsewhere.headers().firstValue("Location")).hasValue("/index.xhtml");
        } finally {
            restoreLanguage(browser, basic);
        }
    }

    /**
     * A page of another site cannot make a signed-in browser write through the API: the browser's Origin header
     * gives it away. The same call from this site, or from a script (no Origin), goes through.
     */
    @Test
    void anApiWriteFromAnotherSitesPageIsRefusedAndNothingChanges() throws Exception {
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("secretariat:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String title = "Forged " + System.nanoTime();
        String body = TestCycles.cycleBody(
                title,
                java.time.LocalDate.now().plusDays(60),
                jakarta.json.Json.createArrayBuilder().add(14));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> forged = client.send(
                HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/cycles"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("another site");
        assertThat(http.get("/api/v1/cycles", "secretariat", PASSWORD).body())
                .as("no cycle was created")
                .doesNotContain(title);

        URI base = URI.create(http.base());
        HttpResponse<String> ours = client.send(
                HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/cycles"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .header("Origin", base.getScheme() + "://" + base.getRawAuthority())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ours.statusCode()).as(ours.body()).isEqualTo(201);
    }

    private static final String PASSWORD = "demo-password-2026";

    private HttpResponse<String> postLanguage(
            HttpClient browser, String basic, String token, String language, String back) throws Exception {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&lang=" + language + "&back="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(URI.create(http.base() + "/language"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Puts the account back to Russian through the menu, as its owner would. */
    private void restoreLanguage(HttpClient browser, String basic) throws Exception {
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(http.base() + "/focal/index.xhtml"))
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
        if (token.find()) {
            postLanguage(browser, basic, token.group(1), "ru", "/focal/index.xhtml");
        }
    }

    private String accountLanguage(String user) {
        return ((JsonObject)
                        http.get("/api/v1/users/" + user, "admin", PASSWORD).json())
                .getString("language");
    }
}
