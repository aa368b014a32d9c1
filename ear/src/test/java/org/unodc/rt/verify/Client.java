package org.unodc.rt.verify;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One user's connection to the server, as a national reporting system or a browser holds it: HTTP Basic credentials
 * on the first call, then the session cookie the server sets. Every call is timed.
 */
final class Client {

    /** What the server answered, how long it took, or the transport error when it did not answer. */
    record Reply(int status, String body, long nanos, IOException failure) {
        boolean ok() {
            return failure == null && status >= 200 && status < 300;
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
                    : status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final String base;
    private final String authorization;
    private final String user;
    private final HttpClient http;

    Client(String base, String user, String password) {
        this.base = base;
        this.user = user;
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An anonymous visitor. */
    static Client anonymous(String base) {
        return new Client(base, null, null);
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
            return new Reply(response.statusCode(), response.body(), System.nanoTime() - began, null);
        } catch (IOException e) {
            return new Reply(0, "", System.nanoTime() - began, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", System.nanoTime() - began, new IOException("interrupted", e));
        }
    }
}
