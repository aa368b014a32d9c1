package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A resolution's language versions over REST: a text is held when it aligns with the resolution's structure and
 * refused with what differs otherwise; the resolution is read in a language with the reference text marked where
 * that language has none.
 */
@ExtendWith(ArquillianExtension.class)
class ResolutionVersionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final String SECRETARIAT = "secretariat";
    private static final String PASSWORD = "demo-password-2026";
    private final Http http = new Http();

    @Test
    void anAlignedFrenchTextIsHeldAndTheResolutionIsReadInFrench() {
        long id = resolution();

        Http.Reply reply = hold(id, "fr", text("versions-fr.txt"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject held = (JsonObject) reply.json();
        assertThat(held.getString("language")).isEqualTo("fr");
        assertThat(held.getInt("operative")).isEqualTo(4);
        assertThat(held.getInt("preamble")).isEqualTo(3);
        assertThat(held.getJsonArray("problems")).isEmpty();
        JsonObject detail = read(id, "?lang=fr");
        assertThat(detail.getString("language")).isEqualTo("fr");
        assertThat(detail.getString("referenceLanguage")).isEqualTo("en");
        assertThat(strings(detail.getJsonArray("languages"))).contains("en", "fr");
        JsonObject fourth =
                detail.getJsonObject("texts").getJsonArray("operative").getJsonObject(3);
        assertThat(fourth.getInt("number")).isEqualTo(4);
        assertThat(fourth.getString("language")).isEqualTo("fr");
        assertThat(fourth.getBoolean("fallback")).isFalse();
        assertThat(fourth.getString("text")).startsWith("Prie le Secrétaire général");
        JsonObject third =
                detail.getJsonObject("resolution").getJsonArray("operative").getJsonObject(2);
        assertThat(third.getString("text")).isEqualTo("Demande aux États Membres :");
        assertThat(third.getJsonArray("subparagraphs").getJsonObject(1).getString("text"))
                .startsWith("D’échanger des informations");
        assertThat(third.getJsonArray("addressees").getString(0)).isEqualTo("MEMBER_STATES");
        assertThat(audited(id)).anySatisfy(entry -> {
            assertThat(entry.getString("outcome")).isEqualTo("DONE");
            assertThat(entry.getString("detail")).startsWith("fr version");
        });
    }

    @Test
    void anArabicTextIsHeldAndReadRightToLeftFromItsOwnWords() {
        long id = resolution();

        Http.Reply reply = hold(id, "ar", text("versions-ar.txt"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject first = read(id, "?lang=ar")
                .getJsonObject("texts")
                .getJsonArray("operative")
                .getJsonObject(0);
        assertThat(first.getString("language")).isEqualTo("ar");
        assertThat(first.getBoolean("fallback")).isFalse();
        assertThat(first.getString("text")).startsWith("تحث الدول الأعضاء");
    }

    @Test
    void aTextThatDoesNotAlignIsRefusedWithWhatDiffersAndNothingIsSaved() {
        long id = resolution();
        JsonObject before = read(id, "");
        String withoutParagraphTwo = text("versions-fr.txt")
                .replace("2. Accueille avec satisfaction le rapport du Secrétaire général ;", "");

        Http.Reply reply = hold(id, "fr", withoutParagraphTwo);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonObject refused = (JsonObject) reply.json();
        assertThat(refused.getString("language")).isEqualTo("fr");
        assertThat(refused.getInt("operative")).isEqualTo(3);
        assertThat(refused.getInt("preamble")).isEqualTo(3);
        assertThat(strings(refused.getJsonArray("problems")))
                .containsExactly(
                        "the French text has 3 operative paragraphs, the resolution 4",
                        "paragraph 2 has no counterpart in the French text");
        assertThat(refused.getString("message")).startsWith("This text cannot be aligned with the resolution");
        JsonObject after = read(id, "");
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
        assertThat(after.getJsonArray("languages")).isEqualTo(before.getJsonArray("languages"));
        assertThat(audited(id)).anySatisfy(entry -> {
            assertThat(entry.getString("outcome")).isEqualTo("FAILED");
            assertThat(entry.getString("detail")).startsWith("fr version refused");
        });
    }

    @Test
    void aLanguageTheResolutionDoesNotHoldIsReadInTheReferenceTextMarkedAsSuch() {
        long id = resolution();

        JsonObject detail = read(id, "?lang=zh");

        assertThat(detail.getString("language")).isEqualTo("zh");
        assertThat(strings(detail.getJsonArray("languages"))).doesNotContain("zh");
        JsonObject first =
                detail.getJsonObject("texts").getJsonArray("operative").getJsonObject(0);
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getString("language")).isEqualTo("en");
        assertThat(first.getBoolean("fallback")).isTrue();
        assertThat(first.getString("text")).startsWith("Urges Member States");
        assertThat(detail.getJsonObject("resolution").getJsonArray("operative")).hasSize(4);
    }

    @Test
    void aFileIsReadByItsName() throws IOException {
        long id = resolution();

        Http.Reply reply = http.putBytes(
                "/api/v1/resolutions/" + id + "/texts/fr?name=A-RES-80-997-F.docx",
                "application/octet-stream",
                docx(text("versions-fr.txt")),
                SECRETARIAT,
                PASSWORD);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(((JsonObject) reply.json()).getString("language")).isEqualTo("fr");
        assertThat(((JsonObject) reply.json()).getInt("operative")).isEqualTo(4);
    }

    @Test
    void theResolutionPageShowsTheTextInALanguageHeldAndTwoSideBySide() {
        long id = resolution();
        assertThat(hold(id, "fr", text("versions-fr.txt")).status()).isEqualTo(200);

        Http.Reply plain = http.page("/resolution.xhtml?id=" + id, SECRETARIAT, PASSWORD);
        Http.Reply sideBySide = http.page("/resolution.xhtml?id=" + id + "&text=fr&with=en", SECRETARIAT, PASSWORD);

        assertThat(plain.status()).isEqualTo(200);
        assertThat(sideBySide.status()).isEqualTo(200);
        assertThat(sideBySide.body())
                .contains("Prie le Secrétaire général")
                .contains("Requests the Secretary-General")
                .contains("lang=\"fr\"");
    }

    @Test
    void anUnknownLanguageIs400() {
        long id = resolution();

        Http.Reply put = hold(id, "de", text("versions-fr.txt"));
        Http.Reply get = http.get("/api/v1/resolutions/" + id + "?lang=xx");

        assertThat(put.status()).isEqualTo(400);
        assertThat(((JsonObject) put.json()).getString("message"))
                .contains("de")
                .contains("ar, zh, en, fr, ru or es");
        assertThat(get.status()).isEqualTo(400);
    }

    @Test
    void onlyTheSecretariatHoldsVersions() {
        long id = resolution();
        String path = "/api/v1/resolutions/" + id + "/texts/fr";

        assertThat(http.put(path, "text/plain; charset=UTF-8", text("versions-fr.txt"), null, null)
                        .status())
                .isEqualTo(401);
        assertThat(http.put(path, "text/plain; charset=UTF-8", text("versions-fr.txt"), "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    /** The fixture's resolution, saved once from its English text; tests share it and only add versions. */
    private long resolution() {
        List<JsonObject> found = ((JsonArray) http.get("/api/v1/resolutions").json())
                .getValuesAs(JsonObject.class).stream()
                        .filter(o -> !o.isNull("number") && "80/997".equals(o.getString("number")))
                        .toList();
        if (!found.isEmpty()) {
            return found.get(0).getJsonNumber("id").longValue();
        }
        Http.Reply created = http.post(
                "/api/v1/resolutions/from-text",
                "text/plain; charset=UTF-8",
                text("versions-en.txt"),
                SECRETARIAT,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((JsonObject) created.json()).getJsonNumber("id").longValue();
    }

    private Http.Reply hold(long id, String language, String text) {
        return http.put(
                "/api/v1/resolutions/" + id + "/texts/" + language,
                "text/plain; charset=UTF-8",
                text,
                SECRETARIAT,
                PASSWORD);
    }

    private JsonObject read(long id, String query) {
        Http.Reply reply = http.get("/api/v1/resolutions/" + id + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (JsonObject) reply.json();
    }

    private List<JsonObject> audited(long id) {
        Http.Reply reply = http.get("/api/v1/audit?max=500", SECRETARIAT, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(e -> e.getString("action").equals("RESOLUTION_VERSION_HELD"))
                .filter(e -> String.valueOf(id).equals(e.getString("targetId", "")))
                .toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** A Word file with one paragraph per line of the text, as a resolution's DOCX has. */
    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static String text(String name) {
        try (InputStream in = ResolutionVersionsIT.class.getResourceAsStream("/texts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
