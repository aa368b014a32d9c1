package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refused requests as the operators see them: one line each in the server log (which rotates by size as well as by
 * day), and an audit entry that says what was probed.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void aRefusedAnonymousRequestLogsOneLineNotAStackTrace() throws Exception {
        Path log = serverHome().resolve("log/server.log");
        long before = Files.size(log);

        long probe = unusedId();
        for (int i = 0; i < 20; i++) {
            String path =
                    switch (i % 4) {
                        case 0 -> "/api/v1/returns/" + (probe + i);
                        case 1 -> "/api/v1/users";
                        case 2 -> "/api/v1/audit";
                        default -> "/api/v1/users/probe." + (probe + i);
                    };
            Http.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
        }

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> expired = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(http.base() + "/login.xhtml"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "login=login&jakarta.faces.ViewState=made-up%3A" + i))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(expired.statusCode())
                    .as("a post with a made-up page state")
                    .isEqualTo(403);
        }

        String written = readFrom(log, before);
        assertThat(written.lines().filter(line -> line.matches("\\s+at .*")))
                .as("stack trace lines written for 25 refused requests")
                .isEmpty();
        assertThat(written.getBytes(StandardCharsets.UTF_8).length)
                .as("bytes written to the server log for 25 refused requests")
                .isLessThan(20_000);
    }

    @Test
    void theServerLogRotatesBySizeAsWellAsByDay() throws IOException {
        String config = Files.readString(serverHome()
                .resolve("configuration")
                .resolve(System.getProperty("rt.server.config", "standalone-rt.xml")));

        assertThat(config)
                .doesNotContain("<periodic-rotating-file-handler name=\"FILE\"")
                .containsPattern("(?s)<periodic-size-rotating-file-handler name=\"FILE\".*?"
                        + "<rotate-size value=\"20m\"/>.*?</periodic-size-rotating-file-handler>")
                .containsPattern("(?s)<periodic-size-rotating-file-handler name=\"FILE\".*?"
                        + "<max-backup-index value=\"10\"/>.*?</periodic-size-rotating-file-handler>")
                .containsPattern("(?s)<periodic-size-rotating-file-handler name=\"FILE\".*?"
                        + "<suffix value=\"\\.yyyy-MM-dd\"/>.*?</periodic-size-rotating-file-handler>");
    }

    @Test
    void aRefusedApiCallIsAuditedWithItsMethodAddressAndObjectId() {
        long id = unusedId();
        String user = "probe." + id;
        assertThat(http.get("/api/v1/returns/" + id).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/users/" + user, "fp.peru", PASSWORD).status())
                .isEqualTo(403);

        assertThat(denied("anonymous")).anySatisfy(entry -> {
            assertThat(text(entry, "action")).isEqualTo("API_CALL");
            assertThat(text(entry, "targetId")).contains(String.valueOf(id));
            assertThat(text(entry, "detail")).contains("GET /api/v1/returns/" + id);
        });
        assertThat(denied("fp.peru")).anySatisfy(entry -> {
            assertThat(text(entry, "action")).isEqualTo("API_CALL");
            assertThat(text(entry, "targetId")).contains(user);
            assertThat(text(entry, "detail")).contains("GET /api/v1/users/" + user);
        });
    }

    @Test
    void aRefusedPageIsAuditedWithItsMethodAndWholeAddress() {
        long id = unusedId();
        Http.Reply refused = http.page("/secretariat/return.xhtml?id=" + id, "fp.peru", PASSWORD);
        assertThat(refused.status()).isEqualTo(403);

        assertThat(denied("fp.peru")).anySatisfy(entry -> {
            assertThat(text(entry, "action")).isEqualTo("OPEN_URL");
            assertThat(text(entry, "targetId")).contains("id=" + id);
            assertThat(text(entry, "detail")).contains("GET /secretariat/return.xhtml?id=" + id);
        });
    }

    private List<JsonObject> denied(String actor) {
        Http.Reply reply = http.get("/api/v1/audit?outcome=DENIED&max=100&actor=" + actor, SECRETARIAT, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ((JsonArray) reply.json()).getValuesAs(JsonObject.class);
    }

    private static String text(JsonObject entry, String field) {
        return entry.isNull(field) ? "" : entry.getString(field);
    }

    /** An id no record has, different for every call, so each test finds its own audit entries. */
    private static long unusedId() {
        return 8_000_000_000L + System.nanoTime() % 1_000_000_000L;
    }

    /** The managed server's {@code standalone} directory, where its log and configuration are. */
    private static Path serverHome() {
        return Path.of(System.getProperty("rt.wildfly.home"), "standalone");
    }

    private static String readFrom(Path file, long offset) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            assertThat(length).as("the log was not rotated meanwhile").isGreaterThanOrEqualTo(offset);
            byte[] bytes = new byte[(int) (length - offset)];
            in.seek(offset);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
