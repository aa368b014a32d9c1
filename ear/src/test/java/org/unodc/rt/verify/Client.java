package org.unodc.rt.verify;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's connection to the server, as a national reporting system or a browser holds it: HTTP Basic credentials
 * with every call (and the session cookie the server sets), or, for a browser's user, the session cookie alone after
 * signing in through the form ({@link #browser}). Every call is timed.
 */
final class Client {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** What the server answered, how long it took, or the transport error when it did not answer. */
    record Reply(int status, String body, long nanos, IOException failure, String location) {
        Reply(int status, String body, long nanos, IOException failure) {
            this(status, body, nanos, failure, null);
        }

        boolean ok() {
            return failure == null && status >= 200 && status < 300;
        }

        /** The answer to a request whose session has ended: 401, or a redirect to the sign-in page. */
        boolean signedOut() {
            return failure == null
                    && (status == 401 || status / 100 == 3 && location != null && location.contains("/login.xhtml"));
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        @Override
        public String toString() {
            return failure != null
                    ? "no answer (" + failure + ")"
                    : status + (location == null ? "" : " to " + location) + " "
                            + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final String base;
    private final String authorization;
    private final String user;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    Client(String base, String user, String password) {
        this(base, user, password, false);
    }

    /** With {@code form}, no credentials go with the requests: {@link #signIn} gets the session cookie instead. */
    private Client(String base, String user, String password, boolean form) {
        this.base = base;
        this.user = user;
        this.authorization = user == null || form
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An anonymous visitor. */
    static Client anonymous(String base) {
        return new Client(base, null, null);
    }

    /**
     * A browser's user, not yet signed in: {@link #signIn} signs in through the sign-in form, after which only the
     * session cookie authenticates (no credentials go with any other request).
     */
    static Client browser(String base, String user) {
        return new Client(base, user, null, true);
    }

    /**
     * Signs in through the form at /login.xhtml as a browser does: reads the form (and its view state), posts the user
     * name and password. Returns the post's reply; signed in when {@link #signedIn} says so.
     */
    Reply signIn(String password) {
        Reply form = page("/login.xhtml");
        for (int redirects = 0; form.status() / 100 == 3 && form.location() != null && redirects < 3; redirects++) {
            form = page(URI.create(base + "/").resolve(form.location()).getRawPath());
        }
        if (!form.ok()) {
            return form;
        }
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            return new Reply(0, form.body(), form.nanos(), new IOException("the sign-in page has no form view state"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", user);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Reply posted = send(request("/login.xhtml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html"));
        return new Reply(
                posted.status(), posted.body(), form.nanos() + posted.nanos(), posted.failure(), posted.location());
    }

    /** Whether the reply to {@link #signIn} means signed in: a redirect away from the sign-in page. */
    static boolean signedIn(Reply reply) {
        return reply.failure() == null
                && reply.status() / 100 == 3
                && reply.location() != null
                && !reply.location().contains("/login.xhtml");
    }

    /** The session id the server gave (JSESSIONID, with the node's route after the dot), or null. */
    String session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    String base() {
        return base;
    }

    String user() {
        return user == null ? "anonymous" : user;
    }

    Reply get(String path) {
        return send(request(path).GET().header("Accept", "application/json"));
    }

    Reply page(String path) {
        return send(request(path).GET().header("Accept", "text/html"));
    }

    Reply post(String path, String json) {
        return send(request(path)
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json"));
    }

    Reply put(String path, String json) {
        return send(request(path)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json"));
    }

    Reply putBytes(String path, byte[] body) {
        return send(request(path)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json"));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        long began = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    System.nanoTime() - began,
                    null,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            return new Reply(0, "", System.nanoTime() - began, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", System.nanoTime() - began, new IOException("interrupted", e));
        }
    }
}
