package org.unodc.rt.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.unodc.rt.search.extract.TestFiles;

/**
 * Hostile input against the running server: hostile files uploaded as a library document's original (a zip bomb,
 * PDFs nested too deeply, deeply nested HTML, a wrong extension, an encrypted PDF, a huge text), random bytes as
 * uploads, random text to the resolution parser and random queries to the search. Every hostile file must get a
 * clear rejection (4xx with a message), no request may fail with a server error, the server must stay healthy
 * after each, and the document's earlier original must survive every rejected upload.
 */
final class HostileInputScenario implements Scenario {

    private static final long SEED = Long.getLong("verify.seed", 20261123L);

    @Override
    public String name() {
        return "hostile";
    }

    @Override
    public Outcome run(Server server) throws Exception {
        Outcome outcome = new Outcome(name());
        Client secretariat = new Client(server.base(), Setup.SECRETARIAT, Setup.PASSWORD);
        Client anonymous = Client.anonymous(server.base());
        String marker = "hostile" + Long.toString(System.nanoTime(), 36);
        long document = Setup.expect(
                        secretariat.post("/api/v1/library/documents", Setup.document(marker, "")),
                        "create a library document")
                .object()
                .getJsonNumber("id")
                .longValue();
        String original = "Ley contra el lavado de activos " + marker;
        Setup.expect(
                secretariat.putBytes(
                        "/api/v1/library/documents/" + document + "/original?name=ley.txt",
                        original.getBytes(StandardCharsets.UTF_8)),
                "upload a good original");

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bomb.docx", TestFiles.docxBomb(200 * 1024 * 1024));
        files.put(
                "nested.pdf",
                TestFiles.pdfWithAttachment(
                        "Outer",
                        TestFiles.pdfWithAttachment(
                                "Middle", TestFiles.pdfWithAttachment("Inner", TestFiles.pdf("Innermost", false)))));
        files.put("law.pdf", TestFiles.docx("A DOCX that says it is a PDF"));
        files.put("secret.pdf", TestFiles.pdf("Confidential", true));
        files.put("huge.txt", hugeText(55 * 1024 * 1024));
        files.put("empty.txt", new byte[0]);
        files.put("program.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});

        int unclear = 0;
        int unhealthy = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Client.Reply reply = secretariat.putBytes(
                    "/api/v1/library/documents/" + document + "/original?name=" + file.getKey(), file.getValue());
            boolean clear = reply.failure() == null
                    && reply.status() >= 400
                    && reply.status() < 500
                    && reply.body().contains("\"message\"");
            boolean healthy = server.healthy();
            unclear += clear ? 0 : 1;
            unhealthy += healthy ? 0 : 1;
            outcome.figure(
                    "%-12s %10d bytes -> %d in %5.0f ms %s",
                    file.getKey(), file.getValue().length, reply.status(), reply.nanos() / 1e6, message(reply));
        }
        boolean originalKept = secretariat
                .get("/api/v1/library/documents/" + document + "/original")
                .body()
                .contains(original);

        // Markup nested 200,000 elements deep: Tika reads HTML flat, so this is read (or refused), never a hang.
        Client.Reply deep = secretariat.putBytes(
                "/api/v1/library/documents/" + document + "/original?name=deep.html", deepHtml(200_000));
        boolean deepHandled = deep.failure() == null && (deep.ok() || deep.status() == 422) && deep.nanos() < 60e9;
        outcome.figure(
                "%-12s %10d bytes -> %d in %5.0f ms %s",
                "deep.html",
                deepHtml(200_000).length,
                deep.status(),
                deep.nanos() / 1e6,
                deep.ok() ? "(read flat: the HTML parser keeps no element tree)" : message(deep));

        Random random = new Random(SEED);
        int serverErrors = 0;
        int uploads = 0;
        int texts = 0;
        int queries = 0;
        String[] names = {"a.pdf", "b.docx", "c.doc", "d.odt", "e.rtf", "f.html", "g.txt", "h"};
        for (int i = 0; i < 60; i++, uploads++) {
            byte[] bytes = new byte[random.nextInt(20_000)];
            random.nextBytes(bytes);
            Client.Reply reply = secretariat.putBytes(
                    "/api/v1/library/documents/" + document + "/original?name=" + names[i % names.length], bytes);
            serverErrors += serverError(reply, outcome, "upload of random bytes");
        }
        for (int i = 0; i < 60; i++, texts++) {
            Client.Reply reply = secretariat.post("/api/v1/resolutions/parse", randomText(random, 4000));
            serverErrors += serverError(reply, outcome, "resolution text");
        }
        for (int i = 0; i < 200; i++, queries++) {
            String query = java.net.URLEncoder.encode(randomQuery(random), StandardCharsets.UTF_8);
            Client.Reply reply = anonymous.get("/api/v1/library/search?q=" + query);
            serverErrors += serverError(reply, outcome, "search query");
        }
        // The original is a text file: the last random upload may have replaced it legitimately, so it was
        // checked above, before the random uploads.
        outcome.figure(
                "random input: %d uploads, %d resolution texts, %d search queries (seed %d)",
                uploads, texts, queries, SEED);
        outcome.target(
                unclear == 0,
                "hostile files without a clear 4xx rejection: %d of %d (target 0)",
                unclear,
                files.size());
        outcome.target(unhealthy == 0, "health checks failed after a hostile file: %d (target 0)", unhealthy);
        outcome.target(originalKept, "the document's original survived the rejected uploads");
        outcome.target(deepHandled && server.healthy(), "deeply nested markup handled within the time limit");
        outcome.target(
                serverErrors == 0, "server errors (5xx or no answer) on random input: %d (target 0)", serverErrors);
        outcome.target(server.healthy(), "the server is healthy at the end");
        return outcome;
    }

    private static int serverError(Client.Reply reply, Outcome outcome, String what) {
        if (reply.failure() != null || reply.status() >= 500) {
            outcome.figure("  %s answered %s", what, reply);
            return 1;
        }
        return 0;
    }

    private static String message(Client.Reply reply) {
        if (reply.failure() != null) {
            return "(no answer: " + reply.failure() + ")";
        }
        try {
            return "\"" + reply.object().getString("message") + "\"";
        } catch (RuntimeException notJson) {
            return "(no message)";
        }
    }

    static byte[] deepHtml(int depth) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth)).append("deep").append("</div>".repeat(depth));
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hugeText(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 100);
        byte[] line =
                "Money-laundering and the confiscation of the proceeds of crime.\n".getBytes(StandardCharsets.UTF_8);
        while (out.size() < size) {
            out.writeBytes(line);
        }
        return out.toByteArray();
    }

    private static String randomText(Random random, int maxLength) {
        String[] pieces = {
            "1. *Encourages* Member States to ",
            "Recalling its resolution 2013/38,",
            "\u201c",
            "(a) ",
            "\n",
            "\n\n",
            "¹",
            "Please recycle",
            "E/CN.15/2019/L.4",
            "*Requests* the United Nations Office on Drugs and Crime ",
            "- 2. Reiterates",
            "Distr.: General",
            "غسل الأموال",
            "洗钱",
            "торговля людьми",
            "\u0000",
            "\uFFFF",
            "  ",
            "Economic and Social Council",
            "draft resolution",
            "*",
            "_",
            "—"
        };
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        while (text.length() < length) {
            if (random.nextInt(4) == 0) {
                text.append((char) random.nextInt(0x3000));
            } else {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
        }
        return text.toString();
    }

    private static String randomQuery(Random random) {
        String[] pieces = {
            "\"",
            "(",
            ")",
            " AND ",
            " OR ",
            " NOT ",
            "*",
            "?",
            "~",
            "^2",
            ":",
            "/",
            "\\",
            "[",
            "]",
            "{",
            "}",
            " TO ",
            "money-laundering",
            "blanchiment",
            "洗钱",
            "غسل",
            "trata",
            "title:",
            "+",
            "-",
            " "
        };
        StringBuilder query = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            chosen.add(
                    random.nextInt(5) == 0
                            ? String.valueOf((char) (32 + random.nextInt(0x2000)))
                            : pieces[random.nextInt(pieces.length)]);
        }
        chosen.forEach(query::append);
        return query.toString();
    }
}
