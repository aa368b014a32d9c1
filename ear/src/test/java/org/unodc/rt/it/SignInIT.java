package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in over HTTP: what an attacker tries against the sign-in itself. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String DEMO_PASSWORD = "demo-password-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void basicCredentialsSentWithAPlantedSessionCookieDoNotSignThatSessionIn() throws Exception {
        HttpResponse<String> anonymous =
                send(HttpRequest.newBuilder(uri("/login.xhtml")).GET());
        String planted = anonymous.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the login page started no session"));

        HttpResponse<String> withBasic = send(HttpRequest.newBuilder(uri("/api/v1/member-states/PER"))
                .header("Cookie", planted)
                .header("Authorization", basic("fp.peru", DEMO_PASSWORD))
                .GET());
        HttpResponse<String> plantedAlone = send(HttpRequest.newBuilder(uri("/focal/index.xhtml"))
                .header("Cookie", planted)
                .GET());

        assertThat(withBasic.statusCode()).isEqualTo(200);
        assertThat(plantedAlone.statusCode())
                .as("the planted session identifier must not open a focal point's page")
                .isEqualTo(302);
        assertThat(plantedAlone.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
    }

    @Test
    void anOverlongUserNameIsAWrongSignInAndIsAudited() {
        String name = "intruder" + "x".repeat(150);

        Http.Reply reply = http.get("/api/v1/member-states/PER", name, "whatever password");

        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertThat(((JsonObject) reply.json()).getString("message")).contains("password");
        JsonArray trail = http.get(
                        "/api/v1/audit?outcome=FAILED&max=50&actor="
                                + URLEncoder.encode(name.substring(0, 99) + "\u2026", StandardCharsets.UTF_8),
                        "secretariat",
                        DEMO_PASSWORD)
                .json()
                .asJsonArray();
        assertThat(trail).isNotEmpty();
        assertThat(trail.getJsonObject(0).getString("detail")).contains("user name of 158 characters");
    }

    @Test
    void anAddressThatFailsToSignInTwentyTimesIsToldToWaitEvenWithTheRightPassword() {
        String address = "127.0.1." + (10 + (int) (System.nanoTime() % 200));
        for (int attempt = 1; attempt <= 20; attempt++) {
            Http.RawReply wrong =
                    http.getFrom(address, "/api/v1/member-states/PER", "nobody.here." + attempt, "not the password");
            assertThat(wrong.status())
                    .as("attempt %d: %s", attempt, wrong.body())
                    .isEqualTo(401);
        }

        Http.RawReply refused = http.getFrom(address, "/api/v1/member-states/PER", "fp.peru", DEMO_PASSWORD);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().get("Retry-After")).matches("\\d+");
        assertThat(refused.body()).contains("Too many failed sign-ins from your network address");
        assertThat(http.getFrom("127.0.2.1", "/api/v1/member-states/PER", "fp.peru", DEMO_PASSWORD)
                        .status())
                .as("another address is not affected")
                .isEqualTo(200);
        assertThat(http.get("/api/v1/audit?outcome=FAILED&max=100", "secretariat", DEMO_PASSWORD)
                        .body())
                .contains("failed sign-ins in 15 minutes from " + address);
    }

    @Test
    void aWrongPasswordOnTheSignInPageIsToldOnThatPage() throws Exception {
        SignInForm form = signInForm();

        HttpResponse<String> answer = postForm(form.session(), form.fields() + "&primefaces.nonce=" + form.nonce());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(answer.body()).contains("The user name or password is wrong").contains("login:password");
    }

    @Test
    void aSignInFormNotSentFromThePageTheServerRenderedDoesNothingAndIsNoServerFault() throws Exception {
        SignInForm form = signInForm();

        HttpResponse<String> withoutNonce = postForm(form.session(), form.fields());

        assertThat(withoutNonce.statusCode()).isEqualTo(403);
        assertThat(withoutNonce.body()).contains("Nothing was done");
    }

    /** The sign-in form as a browser gets it: its session, its fields with a wrong password, and its nonce. */
    private record SignInForm(String session, String fields, String nonce) {}

    private SignInForm signInForm() throws IOException, InterruptedException {
        HttpResponse<String> form =
                send(HttpRequest.newBuilder(uri("/login.xhtml?lang=en")).GET());
        String session = form.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        // PrimeFaces' script sends the nonce of the page's scripts with the form, as a browser would.
        Matcher nonce = Pattern.compile("<script nonce=\"([^\"]+)\"").matcher(form.body());
        assertThat(viewState.find()).as("the sign-in form's page state").isTrue();
        assertThat(nonce.find()).as("the sign-in form's nonce").isTrue();
        String fields = "login=login&login%3Ausername=nobody.on.the.page&login%3Apassword=not+the+password"
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        return new SignInForm(session, fields, URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(String session, String fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/login.xhtml"))
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
    }

    private URI uri(String path) {
        return URI.create(http.base() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
