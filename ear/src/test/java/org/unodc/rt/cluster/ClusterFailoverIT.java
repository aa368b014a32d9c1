package org.unodc.rt.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A cluster that cluster.sh started (a balancer and two nodes on PostgreSQL; `.ci/run` starts it, `mvn -pl ear verify
 * -Pcluster-it` runs this class alone): a focal point signs in through the balancer, the node holding the session is
 * killed with SIGKILL, and the focal point carries on on the other node without signing in again.
 */
class ClusterFailoverIT {

    private static final String BALANCER = System.getProperty("rt.cluster.url", "http://127.0.0.1:8080");
    private static final Path SCRIPT = Path.of(System.getProperty("rt.cluster.script", "../cluster.sh"));
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void aFocalPointWhoseNodeIsKilledCarriesOnOnTheOtherWithoutSigningInAgain() throws Exception {
        signIn("fp.peru", "demo-password-2026");
        HttpResponse<String> before = get("/focal/index.xhtml");
        assertThat(before.uri().getPath())
                .as("signed in, the focal point's page")
                .endsWith("/focal/index.xhtml");
        assertThat(before.body()).contains("fp.peru");
        String session = session();
        String node = session.substring(session.lastIndexOf('.') + 1);
        assertThat(node).as("the balancer's route in the session id").matches("node\\d+");

        kill(node);

        HttpResponse<String> after = get("/focal/index.xhtml");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.uri().getPath()).as("not sent to the sign-in page").endsWith("/focal/index.xhtml");
        assertThat(after.body()).contains("fp.peru");
        String moved = session();
        assertThat(moved)
                .as("the same session, now on another node")
                .startsWith(session.substring(0, session.lastIndexOf('.')))
                .doesNotEndWith("." + node);
        HttpResponse<String> mine = browser.send(
                HttpRequest.newBuilder(URI.create(BALANCER + "/api/v1/returns/mine"))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(mine.statusCode()).as("the API, with the same session").isEqualTo(200);
        assertThat(mine.body()).contains("\"stateIso3\":\"PER\"");
    }

    private void signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertThat(viewState.find()).as("the sign-in form's view state").isTrue();
        Map<String, String> fields = Map.of(
                "login",
                "login",
                "login:username",
                user,
                "login:password",
                password,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                viewState.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(BALANCER + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as("where signing in leads").endsWith("/focal/index.xhtml");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(BALANCER + path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static void kill(String node) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder(SCRIPT.toAbsolutePath().toString(), "kill", node)
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("cluster.sh kill " + node).isZero();
    }
}
