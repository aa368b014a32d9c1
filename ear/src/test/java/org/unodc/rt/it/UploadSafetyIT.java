package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;
import static org.unodc.rt.it.TestCycles.questionId;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unodc.rt.search.extract.TestFiles;

/**
 * Uploads the server refuses leave nothing on disk, attachments are read like library originals (zip bombs, PDF
 * JavaScript), files no record points to are swept, and probes of other States' evidence are audited. The files are
 * looked at where the server keeps them: the integration tests' data directory on this machine.
 */
@ExtendWith(ArquillianExtension.class)
class UploadSafetyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    private final Path files = Path.of(System.getProperty("rt.it.data.dir")).resolve("files");

    /** Every file under the files directory, relative to it. */
    private Set<String> filesOnDisk() throws IOException {
        if (!Files.isDirectory(files)) {
            return Set.of();
        }
        try (Stream<Path> all = Files.walk(files)) {
            return all.filter(Files::isRegularFile)
                    .map(f -> files.relativize(f).toString())
                    .collect(Collectors.toSet());
        }
    }

    /** The files the server refuses, by name: too large, a zip bomb, a program, a PDF with JavaScript. */
    private static Map<String, byte[]> hostileFiles(int tooLarge) throws IOException {
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("huge.pdf", Arrays.copyOf(TestFiles.pdf("Ley 30077", false), tooLarge));
        hostile.put("bomb.docx", TestFiles.docxBomb(200 * 1024 * 1024));
        hostile.put("program.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        hostile.put("setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        hostile.put(
                "ley.pdf",
                TestFiles.pdfWithJavaScript("Ley 30077 contra el crimen organizado", TestFiles.Script.OPEN_ACTION));
        return hostile;
    }

    /** A new open cycle and Peru's draft return in it, with its first question. */
    private record Draft(long cycle, long returnId, long question) {}

    private Draft perusDraft(String title) {
        long cycle = openCycle(http, title + " " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, "fp.peru");
        return new Draft(cycle, draft.getJsonNumber("id").longValue(), questionId(draft, 1));
    }

    /** Each file uploaded by {@code upload}, and what the server answered: the status and the message of a 422. */
    private static Map<String, String> answers(
            Map<String, byte[]> files, BiFunction<String, byte[], Http.Reply> upload) {
        Map<String, String> answers = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            Http.Reply reply = upload.apply(name, bytes);
            answers.put(name, reply.status() + " " + (reply.status() == 422 ? message(reply) : reply.body()));
        });
        return answers;
    }

    private String attachments(long returnId, long questionId) {
        return "/api/v1/returns/" + returnId + "/answers/" + questionId + "/attachments";
    }

    private Http.Reply attach(long returnId, long questionId, String name, byte[] bytes, String user) {
        return http.postBytes(
                attachments(returnId, questionId) + "?name=" + name, "application/octet-stream", bytes, user, PASSWORD);
    }

    private long newDocument(String title) {
        String draft = "{\"type\": \"LEGISLATION\", \"country\": \"PER\", \"titleOriginal\": \"" + title
                + "\", \"languages\": [\"es\"]}";
        Http.Reply created = http.post("/api/v1/library/documents", "application/json", draft, SECRETARIAT, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((JsonObject) created.json()).getJsonNumber("id").longValue();
    }

    private Http.Reply original(long documentId, String name, byte[] bytes) {
        return http.putBytes(
                "/api/v1/library/documents/" + documentId + "/original?name=" + name,
                "application/octet-stream",
                bytes,
                SECRETARIAT,
                PASSWORD);
    }

    private static String message(Http.Reply reply) {
        return ((JsonObject) reply.json()).getString("message");
    }

    /** The entries the secretariat reads in the audit trail for what a user was refused. */
    private List<JsonObject> deniedTo(String user) {
        Http.Reply trail = http.get("/api/v1/audit?actor=" + user + "&outcome=DENIED&max=1000", SECRETARIAT, PASSWORD);
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        return ((JsonArray) trail.json()).getValuesAs(JsonObject.class);
    }

    @Test
    void refusedAttachmentsLeaveNoFileAndAreRefusedWithTheReason() throws IOException {
        Draft draft = perusDraft("Refused attachments");
        Set<String> before = filesOnDisk();

        Map<String, String> refusals = answers(
                hostileFiles(55 * 1024 * 1024),
                (name, bytes) -> attach(draft.returnId(), draft.question(), name, bytes, "fp.peru"));

        assertThat(filesOnDisk()).isEqualTo(before);
        assertThat(refusals.get("huge.pdf")).startsWith("422 ").contains("larger than 20 MB");
        assertThat(refusals.get("bomb.docx")).startsWith("422 ").contains("\"bomb.docx\" unpacks to far more");
        assertThat(refusals.get("program.exe")).startsWith("422 ").contains("Accepted: PDF, DOCX");
        assertThat(refusals.get("setup.pdf")).startsWith("422 ").contains("Accepted: PDF, DOCX");
        assertThat(refusals.get("ley.pdf"))
                .isEqualTo("422 \"ley.pdf\" contains JavaScript that a PDF reader would run, so it was not accepted."
                        + " Print it to a new PDF or save it as PDF/A (both leave scripts out) and upload that.");
        assertThat(((JsonArray) http.get(attachments(draft.returnId(), draft.question()), "fp.peru", PASSWORD)
                        .json()))
                .isEmpty();
    }

    @Test
    void refusedLibraryOriginalsLeaveNoFileAndAPdfWithJavaScriptIsRefused() throws IOException {
        long document = newDocument("Ley de prueba " + System.nanoTime());
        Set<String> before = filesOnDisk();

        Map<String, String> refusals =
                answers(hostileFiles(55 * 1024 * 1024), (name, bytes) -> original(document, name, bytes));

        assertThat(filesOnDisk()).isEqualTo(before);
        assertThat(refusals.get("huge.pdf")).startsWith("422 ").contains("larger than 50 MB");
        assertThat(refusals.get("bomb.docx")).startsWith("422 ").contains("zip bomb");
        assertThat(refusals.get("program.exe")).startsWith("422 ").contains("Files of type .exe cannot be uploaded");
        assertThat(refusals.get("setup.pdf")).startsWith("422 ").contains("a program");
        assertThat(refusals.get("ley.pdf")).startsWith("422 ").contains("\"ley.pdf\" contains JavaScript");
        JsonObject unchanged = (JsonObject) http.get("/api/v1/library/documents/" + document, SECRETARIAT, PASSWORD)
                .json();
        assertThat(unchanged.getOrDefault("originalFile", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
    }

    @Test
    void theSweepRemovesOldFilesNoRecordPointsToAndKeepsAttachmentsOriginalsAndNewFiles() throws Exception {
        Draft draft = perusDraft("Sweep");
        long returnId = draft.returnId();
        long question = draft.question();
        byte[] law = TestFiles.pdf("Ley 30077 " + System.nanoTime(), false);
        Http.Reply attached = attach(returnId, question, "ley.pdf", law, "fp.peru");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        long attachmentId = ((JsonObject) attached.json()).getJsonNumber("id").longValue();
        byte[] text = ("Ley contra el lavado de activos " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        long document = newDocument("Ley con original " + System.nanoTime());
        Http.Reply stored = original(document, "ley.txt", text);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);

        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        List<Path> referenced;
        try (Stream<Path> inReturn = Files.list(files.resolve("returns").resolve(String.valueOf(returnId)))) {
            referenced = Stream.concat(inReturn, Stream.of(files.resolve(ReturnAttachmentsIT.sha256(text))))
                    .toList();
        }
        Path orphan = Files.write(
                files.resolve("returns").resolve(String.valueOf(returnId)).resolve("orphan"), law);
        Path crashed = Files.write(files.resolve("upload-crashed.part"), law);
        Path inFlight = Files.write(files.resolve("upload-in-flight.part"), law);
        for (Path old :
                Stream.concat(referenced.stream(), Stream.of(orphan, crashed)).toList()) {
            Files.setLastModifiedTime(old, FileTime.from(twoHoursAgo));
        }

        assertThat(http.post("/api/v1/files/sweep", "application/json", "", "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);
        Http.Reply swept = http.post("/api/v1/files/sweep", "application/json", "", SECRETARIAT, PASSWORD);

        assertThat(swept.status()).as(swept.body()).isEqualTo(200);
        assertThat(((JsonObject) swept.json()).getInt("files")).isGreaterThanOrEqualTo(2);
        assertThat(((JsonObject) swept.json()).getJsonNumber("bytes").longValue())
                .isGreaterThanOrEqualTo(2L * law.length);
        assertThat(orphan).doesNotExist();
        assertThat(crashed).doesNotExist();
        assertThat(inFlight).exists();
        assertThat(referenced).hasSize(2).allSatisfy(f -> assertThat(f).exists());
        assertThat(http.download(attachments(returnId, question) + "/" + attachmentId, "fp.peru", PASSWORD)
                        .body())
                .isEqualTo(law);
        assertThat(http.getBytes("/api/v1/library/documents/" + document + "/original", SECRETARIAT, PASSWORD)
                        .bytes())
                .isEqualTo(text);
        Files.delete(inFlight);
    }

    @Test
    void probingAnotherStatesAttachmentThroughOnesOwnReturnIsAuditedAndAnsweredAsAMissingOne() {
        Draft peru = perusDraft("Attachment probe");
        long question = peru.question();
        long peruReturn = peru.returnId();
        Http.Reply uploaded = attach(peruReturn, question, "ley.pdf", ReturnAttachmentsIT.pdf("Ley 30077"), "fp.peru");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long perusAttachment =
                ((JsonObject) uploaded.json()).getJsonNumber("id").longValue();
        long ownReturn =
                myReturn(http, peru.cycle(), "fp.france").getJsonNumber("id").longValue();
        long missing = perusAttachment + 1_000_000;

        Http.Reply read = http.get(attachments(ownReturn, question) + "/" + perusAttachment, "fp.france", PASSWORD);
        Http.Reply removal =
                http.delete(attachments(ownReturn, question) + "/" + perusAttachment, "fp.france", PASSWORD);
        Http.Reply readMissing = http.get(attachments(ownReturn, question) + "/" + missing, "fp.france", PASSWORD);

        assertThat(read.status()).isEqualTo(404);
        assertThat(message(read)).isEqualTo("Return " + ownReturn + " has no attachment " + perusAttachment + ".");
        assertThat(removal.status()).isEqualTo(404);
        assertThat(message(removal)).isEqualTo(message(read));
        assertThat(readMissing.status()).isEqualTo(404);
        assertThat(message(readMissing)).isEqualTo("Return " + ownReturn + " has no attachment " + missing + ".");
        assertThat(deniedTo("fp.france").stream()
                        .filter(e -> e.getString("targetId").equals(String.valueOf(ownReturn)))
                        .map(e ->
                                e.getString("action") + " " + e.getString("targetType") + " " + e.getString("detail")))
                .containsExactlyInAnyOrder(
                        "ATTACHMENT_READ Return attachment " + perusAttachment + " of return " + peruReturn
                                + " of PER, asked for through this return",
                        "ATTACHMENT_REMOVE Return attachment " + perusAttachment + " of return " + peruReturn
                                + " of PER, asked for through this return");
        assertThat(((JsonArray) http.get(attachments(peruReturn, question), "fp.peru", PASSWORD)
                        .json()))
                .hasSize(1);
    }

    @Test
    void citingAnotherStatesUnpublishedTextIsAuditedAndRefusedAsBefore() {
        Draft peru = perusDraft("Citation probe");
        long question = peru.question();
        String newText = Json.createObjectBuilder()
                .add("title", "Decreto Supremo de prueba " + System.nanoTime())
                .add("year", 2017)
                .build()
                .toString();
        Http.Reply described = http.post(
                "/api/v1/returns/" + peru.returnId() + "/answers/" + question + "/citations/new-text",
                "application/json",
                newText,
                "fp.peru",
                PASSWORD);
        assertThat(described.status()).as(described.body()).isEqualTo(201);
        long unpublished = ((JsonArray) described.json())
                .getJsonObject(0)
                .getJsonNumber("documentId")
                .longValue();
        long ownReturn =
                myReturn(http, peru.cycle(), "fp.france").getJsonNumber("id").longValue();

        Http.Reply cited = http.post(
                "/api/v1/returns/" + ownReturn + "/answers/" + question + "/citations",
                "application/json",
                "{\"documentId\":" + unpublished + "}",
                "fp.france",
                PASSWORD);

        assertThat(cited.status()).as("answered as a missing document").isEqualTo(404);
        assertThat(message(cited)).isEqualTo("There is no published library document with the id " + unpublished + ".");
        assertThat(deniedTo("fp.france").stream()
                        .filter(e -> e.getString("targetId").equals(String.valueOf(ownReturn)))
                        .map(e ->
                                e.getString("action") + " " + e.getString("targetType") + " " + e.getString("detail")))
                .containsExactly(
                        "CITATION_ADD Return question 1: unpublished library document " + unpublished + " of PER");
    }
}
