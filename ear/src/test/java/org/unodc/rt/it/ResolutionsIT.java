package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The resolution catalogue over REST: parse, save, list, read, lineage, mandates. */
@ExtendWith(ArquillianExtension.class)
class ResolutionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final String SECRETARIAT = "secretariat";
    private static final String PASSWORD = "demo-password-2026";
    private final Http http = new Http();

    @Test
    void parsingAResolutionReturnsItsStructureAndSavesNothing() {
        int before = list("").size();

        Http.Reply reply = http.post(
                "/api/v1/resolutions/parse",
                "text/plain; charset=UTF-8",
                text("ecosoc-resolution-2013-38.txt"),
                null,
                null);

        assertThat(reply.status()).isEqualTo(200);
        JsonObject r = (JsonObject) reply.json();
        assertThat(r.getString("symbol")).isEqualTo("E/RES/2013/38");
        assertThat(r.getString("body")).isEqualTo("ECOSOC");
        assertThat(r.getString("number")).isEqualTo("2013/38");
        assertThat(r.getString("status")).isEqualTo("ADOPTED");
        assertThat(r.getString("adoptionDate")).isEqualTo("2013-07-25");
        assertThat(r.getJsonArray("operative")).hasSize(8);
        JsonObject first = r.getJsonArray("operative").getJsonObject(0);
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getJsonArray("addressees").getString(0)).isEqualTo("MEMBER_STATES");
        assertThat(r.getJsonArray("citedResolutions").getValuesAs(JsonValue::toString))
                .contains("\"66/181\"", "\"2012/19\"");
        JsonObject request = r.getJsonArray("reportingRequests").getJsonObject(0);
        assertThat(request.getInt("paragraph")).isEqualTo(8);
        assertThat(request.getString("reportTo")).isEqualTo("CCPCJ");
        assertThat(request.getInt("session")).isEqualTo(24);
        assertThat(r.isNull("nestedDraft")).isTrue();
        assertThat(list("")).hasSize(before);
    }

    @Test
    void aNewsArticleIsRefusedWith422AndTheReason() {
        Http.Reply reply = http.post(
                "/api/v1/resolutions/parse",
                "text/plain; charset=UTF-8",
                text("news-2019-ecosoc-precious-metals-illegal-mining.txt"),
                null,
                null);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(((JsonObject) reply.json()).getString("message"))
                .startsWith("This text does not look like a resolution");
    }

    @Test
    void aFrenchResolutionIsReadAndItsLanguageReported() {
        String text = String.join(
                "\n",
                "A/RES/76/999",
                "Résolution adoptée par l’Assemblée générale le 16 décembre 2021",
                "76/999. Coopération internationale",
                "L’Assemblée générale,",
                "Rappelant sa résolution 75/1 du 21 septembre 2020,",
                "1. Prie le Secrétaire général de lui faire rapport ;",
                "2. Décide de poursuivre l’examen de la question.",
                "53e séance plénière",
                "16 décembre 2021");

        Http.Reply detected = http.post("/api/v1/resolutions/parse", "text/plain; charset=UTF-8", text, null, null);
        Http.Reply given =
                http.post("/api/v1/resolutions/parse?lang=fr", "text/plain; charset=UTF-8", text, null, null);

        assertThat(detected.status()).isEqualTo(200);
        assertThat(((JsonObject) detected.json()).getString("language")).isEqualTo("fr");
        assertThat(((JsonObject) detected.json()).getString("number")).isEqualTo("76/999");
        assertThat(((JsonObject) detected.json()).getJsonArray("operative")).hasSize(2);
        assertThat(given.status()).isEqualTo(200);
        assertThat(((JsonObject) given.json()).getString("language")).isEqualTo("fr");
    }

    @Test
    void anUnknownLanguageIsRefusedWith400() {
        Http.Reply reply =
                http.post("/api/v1/resolutions/parse?lang=xx", "text/plain; charset=UTF-8", "text", null, null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(((JsonObject) reply.json()).getString("message")).contains("xx");
    }

    @Test
    void emptyTextIsRefusedWith422() {
        Http.Reply reply = http.post("/api/v1/resolutions/parse", "text/plain", "   ", null, null);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(((JsonObject) reply.json()).getString("message")).contains("empty");
    }

    @Test
    void demoModeLoadsTheSeedsThroughTheParserWithTheNestedGeneralAssemblyDraft() {
        List<JsonObject> all = list("");

        assertThat(all)
                .extracting(o -> o.isNull("number") ? null : o.getString("number"))
                .contains("2011/32", "2013/38");
        JsonObject outer = all.stream()
                .filter(o -> "2011/32".equals(o.isNull("number") ? null : o.getString("number")))
                .findFirst()
                .orElseThrow();
        assertThat(all).anySatisfy(o -> {
            assertThat(o.isNull("parentId")).isFalse();
            assertThat(o.getJsonNumber("parentId").longValue())
                    .isEqualTo(outer.getJsonNumber("id").longValue());
            assertThat(o.getString("body")).isEqualTo("GA");
        });
        assertThat(list("?body=CCPCJ"))
                .allSatisfy(o -> assertThat(o.getString("body")).isEqualTo("CCPCJ"))
                .hasSize(2);
        assertThat(list("?q=precious%20metals")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(list("?instrument=UNCAC")).isNotEmpty();
    }

    @Test
    void theDetailShowsLineageBothWays() {
        long id = idOf("2013/38");

        JsonObject detail = (JsonObject) http.get("/api/v1/resolutions/" + id).json();

        assertThat(detail.getJsonObject("resolution").getString("title"))
                .startsWith("Combating transnational organized crime");
        assertThat(detail.getJsonArray("recallsNotInCatalogue").getValuesAs(JsonValue::toString))
                .contains("\"66/181\"");
        assertThat(detail.getJsonArray("recalledBy").getValuesAs(JsonObject.class))
                .anySatisfy(link -> assertThat(link.getString("title")).contains("supply chains of precious metals"));
    }

    @Test
    void onlyTheSecretariatSavesAndAResolutionIsSavedOnce() {
        String text = text("ga-resolution-sample.txt");
        String structure = http.post("/api/v1/resolutions/parse", "text/plain; charset=UTF-8", text, null, null)
                .body();

        assertThat(http.post("/api/v1/resolutions", "application/json", structure, null, null)
                        .status())
                .isEqualTo(401);
        assertThat(http.post("/api/v1/resolutions", "application/json", structure, "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);

        Http.Reply created = http.post("/api/v1/resolutions", "application/json", structure, SECRETARIAT, PASSWORD);
        assertThat(created.status()).isEqualTo(201);
        JsonObject saved = (JsonObject) created.json();
        assertThat(saved.getJsonObject("resolution").getString("number")).isEqualTo("80/999");
        assertThat(saved.getJsonObject("resolution")
                        .getJsonArray("reportingRequests")
                        .getJsonObject(0)
                        .getString("reportTo"))
                .isEqualTo("GA");
        assertThat(saved.getJsonArray("recalls").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("number"))
                .containsExactly("2013/38");

        Http.Reply again = http.post("/api/v1/resolutions", "application/json", structure, SECRETARIAT, PASSWORD);
        assertThat(again.status()).isEqualTo(409);
        assertThat(((JsonObject) again.json()).getString("message"))
                .contains("80/999")
                .contains("already in the catalogue");
        assertThat(((JsonObject) again.json()).getJsonNumber("existingId").longValue())
                .isEqualTo(saved.getJsonNumber("id").longValue());
    }

    /**
     * A resolution without symbol or number (the demo's CCPCJ resolution, its draft) saved again from the same text is
     * refused with the id of the one in the catalogue, instead of becoming a second copy.
     */
    @Test
    void aResolutionWithoutNumberSavedAgainIsRefusedWithTheExistingId() throws IOException {
        for (String seed : List.of(
                "ccpcj-resolution-untoc-tenth-anniversary.txt", "ccpcj-2019-draft-precious-metals-supply-chains.txt")) {
            String text = java.nio.file.Files.readString(
                    java.nio.file.Path.of("../ejb/src/main/resources/demo/seeds", seed), StandardCharsets.UTF_8);
            String title = ((JsonObject)
                            http.post("/api/v1/resolutions/parse", "text/plain; charset=UTF-8", text, null, null)
                                    .json())
                    .getString("title");
            long existing = http.get("/api/v1/resolutions").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("title").equals(title) && r.isNull("parentId"))
                    .mapToLong(r -> r.getJsonNumber("id").longValue())
                    .min()
                    .orElseThrow();

            Http.Reply again = http.post(
                    "/api/v1/resolutions/from-text", "text/plain; charset=UTF-8", text, SECRETARIAT, PASSWORD);

            assertThat(again.status()).as(seed + ": " + again.body()).isEqualTo(409);
            assertThat(((JsonObject) again.json()).getJsonNumber("existingId").longValue())
                    .isEqualTo(existing);
        }
    }

    @Test
    void aCorrectionReplacesTheParagraphsAndAStaleVersionIsRefused() {
        long id = idOf("2011/32");
        JsonObject before = (JsonObject) http.get("/api/v1/resolutions/" + id).json();
        int version = before.getInt("version");
        String structure = before.getJsonObject("resolution").toString();

        Http.Reply corrected = correct(id, version, structure);

        assertThat(corrected.status()).isEqualTo(200);
        JsonObject after = (JsonObject) corrected.json();
        assertThat(after.getInt("version")).isGreaterThan(version);
        assertThat(after.getJsonObject("resolution").getJsonArray("operative"))
                .hasSameSizeAs(before.getJsonObject("resolution").getJsonArray("operative"));
        assertThat(correct(id, version, structure).status()).isEqualTo(409);
    }

    private Http.Reply correct(long id, int version, String structure) {
        return http.put(
                "/api/v1/resolutions/" + id + "?version=" + version,
                "application/json",
                structure,
                SECRETARIAT,
                PASSWORD);
    }

    @Test
    void anUnknownResolutionIs404() {
        Http.Reply reply = http.get("/api/v1/resolutions/987654");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(((JsonObject) reply.json()).getString("message")).contains("987654");
    }

    private long idOf(String number) {
        return list("").stream()
                .filter(o -> !o.isNull("number") && number.equals(o.getString("number")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private List<JsonObject> list(String query) {
        Http.Reply reply = http.get("/api/v1/resolutions" + query);
        assertThat(reply.status()).isEqualTo(200);
        return ((JsonArray) reply.json()).getValuesAs(JsonObject.class);
    }

    private static String text(String name) {
        try (InputStream in = ResolutionsIT.class.getResourceAsStream("/texts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
