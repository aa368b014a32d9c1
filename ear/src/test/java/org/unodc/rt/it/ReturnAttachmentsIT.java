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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Evidence on answers over the REST API: attached files and cited legislation, and who may reach them. */
@ExtendWith(ArquillianExtension.class)
class ReturnAttachmentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    /** A small but well-formed one-page PDF, written out by hand so the fixture is readable. */
    static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String attachments(long returnId, long questionId) {
        return "/api/v1/returns/" + returnId + "/answers/" + questionId + "/attachments";
    }

    private Http.Reply upload(long returnId, long questionId, String name, byte[] bytes, String user) {
        return http.postBytes(
                attachments(returnId, questionId) + "?name=" + name.replace(" ", "%20"),
                "application/octet-stream",
                bytes,
                user,
                PASSWORD);
    }

    private JsonArray history(long returnId) {
        Http.Reply history = http.get("/api/v1/returns/" + returnId + "/history", SECRETARIAT, PASSWORD);
        assertThat(history.status()).isEqualTo(200);
        return (JsonArray) history.json();
    }

    @Test
    void aFocalPointAttachesAPdfListsDownloadsAndRemovesItWhileDisguisedAndOversizedFilesAreRefused() throws Exception {
        long cycle = openCycle(http, "Attachments " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, "fp.peru");
        long returnId = draft.getJsonNumber("id").longValue();
        long question = questionId(draft, 1);
        byte[] law = pdf("Ley 30077 contra el crimen organizado");

        Http.Reply uploaded = upload(returnId, question, "Ley 30077.pdf", law, "fp.peru");

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonObject attachment = (JsonObject) uploaded.json();
        long attachmentId = attachment.getJsonNumber("id").longValue();
        assertThat(attachment.getString("fileName")).isEqualTo("Ley 30077.pdf");
        assertThat(attachment.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(attachment.getJsonNumber("size").longValue()).isEqualTo(law.length);
        assertThat(attachment.getString("sha256")).isEqualTo(sha256(law));
        assertThat(attachment.getString("uploadedBy")).isEqualTo("fp.peru");

        Http.Reply listed = http.get(attachments(returnId, question), "fp.peru", PASSWORD);
        assertThat(((JsonArray) listed.json()).getJsonObject(0).getString("fileName"))
                .isEqualTo("Ley 30077.pdf");
        JsonObject withAttachment = myReturn(http, cycle, "fp.peru");
        assertThat(withAttachment.getJsonArray("sections").stream()
                        .flatMap(s -> s.asJsonObject().getJsonArray("answers").stream())
                        .map(JsonValue::asJsonObject)
                        .filter(a -> a.getJsonNumber("questionId").longValue() == question)
                        .findFirst()
                        .orElseThrow()
                        .getJsonArray("attachments"))
                .hasSize(1);
        assertThat(withAttachment.getInt("version")).isEqualTo(draft.getInt("version"));

        HttpResponse<byte[]> mine =
                http.download(attachments(returnId, question) + "/" + attachmentId, "fp.peru", PASSWORD);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(mine.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains("Ley 30077.pdf"));
        assertThat(Arrays.equals(mine.body(), law)).isTrue();
        HttpResponse<byte[]> reviewed =
                http.download(attachments(returnId, question) + "/" + attachmentId, SECRETARIAT, PASSWORD);
        assertThat(reviewed.statusCode()).isEqualTo(200);
        assertThat(Arrays.equals(reviewed.body(), law)).isTrue();

        Http.Reply disguised = upload(returnId, question, "law.pdf", docx("Ley 30077"), "fp.peru");
        assertThat(disguised.status()).as(disguised.body()).isEqualTo(422);
        assertThat(((JsonObject) disguised.json()).getString("message"))
                .contains("\"law.pdf\" is a Word document (DOCX) by its content")
                .contains("Accepted: PDF, DOCX, ODT, PNG or JPEG files of at most 20 MB");

        Http.Reply program = upload(returnId, question, "scan.png", new byte[] {'M', 'Z', 0x50, 0, 2, 0}, "fp.peru");
        assertThat(program.status()).as(program.body()).isEqualTo(422);
        assertThat(((JsonObject) program.json()).getString("message")).contains("Accepted: PDF, DOCX");

        byte[] huge = Arrays.copyOf(law, 20 * 1024 * 1024 + 1);
        Http.Reply oversized = upload(returnId, question, "huge.pdf", huge, "fp.peru");
        assertThat(oversized.status()).as(oversized.body()).isEqualTo(422);
        assertThat(((JsonObject) oversized.json()).getString("message")).contains("larger than 20 MB");

        assertThat(((JsonArray) http.get(attachments(returnId, question), "fp.peru", PASSWORD)
                        .json()))
                .hasSize(1);

        Http.Reply removed = http.delete(attachments(returnId, question) + "/" + attachmentId, "fp.peru", PASSWORD);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(((JsonArray) http.get(attachments(returnId, question), "fp.peru", PASSWORD)
                        .json()))
                .isEmpty();
        assertThat(http.download(attachments(returnId, question) + "/" + attachmentId, "fp.peru", PASSWORD)
                        .statusCode())
                .isEqualTo(404);

        assertThat(history(returnId).stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> e.getString("action").startsWith("ATTACHMENT_"))
                        .map(e -> e.getString("actor") + " " + e.getString("action") + " " + e.getString("outcome")))
                .containsExactly("fp.peru ATTACHMENT_UPLOADED DONE", "fp.peru ATTACHMENT_REMOVED DONE");
    }

    @Test
    void anotherStatesFocalPointCanNeitherUploadNorDownloadNorRemoveAndEachAttemptIsLogged() {
        long cycle = openCycle(http, "Attachment isolation " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, "fp.peru");
        long returnId = draft.getJsonNumber("id").longValue();
        long question = questionId(draft, 1);
        Http.Reply uploaded = upload(returnId, question, "Ley 30077.pdf", pdf("Ley 30077"), "fp.peru");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long attachmentId = ((JsonObject) uploaded.json()).getJsonNumber("id").longValue();

        Http.Reply intrusion = upload(returnId, question, "intrus.pdf", pdf("Intrusion"), "fp.france");
        HttpResponse<byte[]> peek =
                http.download(attachments(returnId, question) + "/" + attachmentId, "fp.france", PASSWORD);
        Http.Reply removal = http.delete(attachments(returnId, question) + "/" + attachmentId, "fp.france", PASSWORD);
        Http.Reply secretariatUpload = upload(returnId, question, "memo.pdf", pdf("Memo"), SECRETARIAT);

        assertThat(intrusion.status()).isEqualTo(403);
        assertThat(((JsonObject) intrusion.json()).getString("message")).contains("only your own State");
        assertThat(peek.statusCode()).isEqualTo(403);
        assertThat(removal.status()).isEqualTo(403);
        assertThat(secretariatUpload.status()).isEqualTo(403);
        assertThat(((JsonArray) http.get(attachments(returnId, question), "fp.peru", PASSWORD)
                        .json()))
                .hasSize(1);
        assertThat(history(returnId).stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> e.getString("outcome").equals("DENIED"))
                        .map(e -> e.getString("actor") + " " + e.getString("action")))
                .containsExactly(
                        "fp.france ATTACHMENT_UPLOAD", "fp.france ATTACHMENT_READ", "fp.france ATTACHMENT_REMOVE");
    }

    @Test
    void anAnswerCitesALibraryDocumentAndDescribesANewTextThatTheSecretariatThenSeesUnpublished() {
        long cycle = openCycle(http, "Citations " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, "fp.peru");
        long returnId = draft.getJsonNumber("id").longValue();
        long question = questionId(draft, 1);
        String citations = "/api/v1/returns/" + returnId + "/answers/" + question + "/citations";

        Http.Reply citable = http.get("/api/v1/returns/citable?q=30077", "fp.peru", PASSWORD);
        assertThat(citable.status()).as(citable.body()).isEqualTo(200);
        JsonObject law = ((JsonArray) citable.json()).getJsonObject(0);
        assertThat(law.getString("title")).contains("30077");
        assertThat(law.getString("country")).isEqualTo("PER");
        long lawId = law.getJsonNumber("id").longValue();

        Http.Reply cited =
                http.post(citations, "application/json", "{\"documentId\":" + lawId + "}", "fp.peru", PASSWORD);
        assertThat(cited.status()).as(cited.body()).isEqualTo(200);
        assertThat(((JsonArray) cited.json()).getJsonObject(0).getBoolean("published"))
                .isTrue();

        String newText = Json.createObjectBuilder()
                .add("title", "Decreto Supremo N.° 017-2017-IN, reglamento de la Ley 30077")
                .add("year", 2017)
                .add("url", "https://www.gob.pe/institucion/mininter/normas-legales/017-2017-in")
                .build()
                .toString();
        Http.Reply described = http.post(citations + "/new-text", "application/json", newText, "fp.peru", PASSWORD);
        assertThat(described.status()).as(described.body()).isEqualTo(201);
        JsonObject describedCitation = ((JsonArray) described.json())
                .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(c -> !c.getBoolean("published"))
                        .findFirst()
                        .orElseThrow();
        assertThat(describedCitation.getBoolean("toComplete")).isTrue();
        assertThat(describedCitation.getInt("year")).isEqualTo(2017);
        long newId = describedCitation.getJsonNumber("documentId").longValue();

        Http.Reply forSecretariat = http.get("/api/v1/library/documents/" + newId, SECRETARIAT, PASSWORD);
        assertThat(forSecretariat.status()).as(forSecretariat.body()).isEqualTo(200);
        JsonObject entry = (JsonObject) forSecretariat.json();
        assertThat(entry.getBoolean("published")).isFalse();
        assertThat(entry.getString("type")).isEqualTo("LEGISLATION");
        assertThat(entry.getString("country")).isEqualTo("PER");
        assertThat(entry.getJsonArray("keywords").getString(0)).isEqualTo("described in a return: to complete");
        assertThat(http.get("/api/v1/library/documents/" + newId).status()).isEqualTo(404);

        // Another State's unpublished text is answered as a missing one, so France cannot learn that Peru has it.
        String franceCitations = "/api/v1/returns/"
                + myReturn(http, cycle, "fp.france").getJsonNumber("id").longValue() + "/answers/" + question
                + "/citations";
        Http.Reply otherState =
                http.post(franceCitations, "application/json", "{\"documentId\":" + newId + "}", "fp.france", PASSWORD);
        Http.Reply missing =
                http.post(franceCitations, "application/json", "{\"documentId\":987654321}", "fp.france", PASSWORD);
        assertThat(otherState.status()).as(otherState.body()).isEqualTo(404);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(((JsonObject) otherState.json()).getString("message"))
                .isEqualTo("There is no published library document with the id " + newId + ".");
        assertThat(((JsonObject) missing.json()).getString("message"))
                .isEqualTo("There is no published library document with the id 987654321.");

        Http.Reply uncited = http.delete(citations + "/" + lawId, "fp.peru", PASSWORD);
        assertThat(uncited.status()).as(uncited.body()).isEqualTo(200);
        assertThat(((JsonArray) uncited.json())).hasSize(1);

        assertThat(http.page("/secretariat/return.xhtml?id=" + returnId, SECRETARIAT, PASSWORD)
                        .body())
                .contains("reglamento de la Ley 30077");
        assertThat(http.page("/focal/return.xhtml?cycle=" + cycle, "fp.peru", PASSWORD)
                        .body())
                .contains("reglamento de la Ley 30077");
        assertThat(history(returnId).stream()
                        .map(JsonValue::asJsonObject)
                        .map(e -> e.getString("action"))
                        .filter(a -> a.startsWith("CITATION_")))
                .containsExactly("CITATION_ADDED", "CITATION_ADDED", "CITATION_REMOVED");
    }

    @Test
    void theColleaguesPageListsTheStatesAccounts() {
        Http.Reply page = http.page("/focal/colleagues.xhtml", "fp.peru", PASSWORD);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("fp.peru");
    }
}
