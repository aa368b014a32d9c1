package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The library over REST: search in six languages with facets, documents, and the secretariat's editing. */
@ExtendWith(ArquillianExtension.class)
class LibraryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final String PASSWORD = "demo-password-2026";
    private final Http http = new Http();

    @Test
    void theDemoLibraryHoldsDocumentsInAllSixLanguagesWithFacetCounts() {
        JsonObject result = search("");

        assertThat(result.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(30);
        List<String> languages =
                result.getJsonObject("facets").getJsonArray("language").getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("value"))
                        .toList();
        assertThat(languages).contains("ar", "zh", "en", "fr", "ru", "es");
    }

    @Test
    void aFrenchQueryFindsDocumentsInOtherLanguagesUnlessCrossLanguageIsOff() {
        JsonObject across = search("q=" + encode("blanchiment d'argent") + "&lang=fr");
        JsonObject frenchOnly = search("q=" + encode("blanchiment d'argent") + "&lang=fr&cross=false");

        List<String> acrossLanguages = hits(across).stream()
                .map(h -> h.getString("language"))
                .distinct()
                .toList();
        assertThat(acrossLanguages).contains("fr").hasSizeGreaterThan(1);
        assertThat(hits(frenchOnly))
                .allSatisfy(h -> assertThat(h.getString("language")).isEqualTo("fr"));
        assertThat(across.getJsonNumber("total").longValue())
                .isGreaterThan(frenchOnly.getJsonNumber("total").longValue());
    }

    @Test
    void filtersCombineAndHitsCarryHighlightedSnippets() {
        JsonObject result = search("q=" + encode("money-laundering") + "&type=legislation&language=en");

        assertThat(hits(result)).isNotEmpty().allSatisfy(h -> {
            assertThat(h.getString("type")).isEqualTo("legislation");
            assertThat(h.getString("language")).isEqualTo("en");
        });
        assertThat(hits(result))
                .anySatisfy(h -> assertThat(h.getString("snippet")).contains("<mark>"));
    }

    @Test
    void aMalformedQueryGetsAMessageNotAnErrorPage() {
        Http.Reply reply = http.get("/api/v1/library/search?q=" + encode("\"unclosed phrase AND ("));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(((JsonObject) reply.json()).getString("message")).isNotBlank();
    }

    @Test
    void aDocumentShowsItsMetadataLinksAndCitation() {
        JsonObject first =
                hits(search("q=" + encode("Prevention of Organised Crime"))).get(0);

        JsonObject document = (JsonObject)
                http.get("/api/v1/library/documents/" + first.getString("id")).json();

        assertThat(document.getString("titleOriginal")).isEqualTo(first.getString("title"));
        assertThat(document.getString("citation")).contains(document.getString("countryName"));
        assertThat(document.getBoolean("published")).isTrue();
    }

    @Test
    void theSecretariatCreatesAndPublishesADocumentThatIsSearchableAtOnce() {
        String draft =
                """
                {"type": "LEGISLATION", "country": "KEN", "titleOriginal": "Proceeds of Crime and Anti-Money Laundering Act (test copy)",
                 "titleEnglish": null, "date": "2009-12-31", "languages": ["en"], "status": "IN_FORCE",
                 "instruments": ["UNTOC"], "articles": ["UNTOC art. 6"], "crimeTypes": ["money-laundering"],
                 "resolutions": [], "keywords": ["zebrafinch-marker"], "sourceUrl": "https://example.org/kenya-pocamla",
                 "text": "An Act to provide for the offence of money laundering; zebrafinch-marker."}
                """;
        assertThat(http.post("/api/v1/library/documents", "application/json", draft, "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);
        Http.Reply created = http.post("/api/v1/library/documents", "application/json", draft, "secretariat", PASSWORD);
        assertThat(created.status()).isEqualTo(201);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();

        assertThat(search("q=zebrafinch").getJsonNumber("total").longValue()).isZero();
        assertThat(http.get("/api/v1/library/documents/" + id).status()).isEqualTo(404);

        Http.Reply published = http.post(
                "/api/v1/library/documents/" + id + "/publish", "application/json", "", "secretariat", PASSWORD);
        assertThat(published.status()).isEqualTo(200);
        assertThat(search("q=zebrafinch").getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void badMetadataIsRefusedWithTheFieldAndReason() {
        String draft =
                """
                {"type": "CASE_LAW", "country": "Kenya", "titleOriginal": "X", "languages": ["en"]}
                """;
        Http.Reply reply = http.post("/api/v1/library/documents", "application/json", draft, "secretariat", PASSWORD);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(((JsonObject) reply.json()).getString("message"))
                .contains("ISO 3166 alpha-3")
                .contains("Kenya");
    }

    @Test
    void theSecretariatRebuildsTheIndexFromTheDatabaseWhileSearchKeepsWorking() {
        long before = search("").getJsonNumber("total").longValue();

        Http.Reply started =
                http.post("/api/v1/library/index/rebuild", "application/json", "", "secretariat", PASSWORD);

        assertThat(started.status()).isEqualTo(202);
        assertThat(search("").getJsonNumber("total").longValue()).isEqualTo(before);
        assertThat(http.post("/api/v1/library/index/rebuild", "application/json", "", "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theSecretariatLinksTwoDocumentsAndBothShowTheLinkUntilItIsRemoved() {
        long law = create("Money Laundering (Amendment) Act (link test)", "[]");
        long amendment = create("Money Laundering (Second Amendment) Act (link test)", "[\"money-laundering\"]");
        String links = "/api/v1/library/documents/" + amendment + "/links";
        String body = "{\"relation\": \"AMENDS\", \"to\": " + law + "}";

        assertThat(http.post(links, "application/json", body, "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);
        assertThat(http.post(links, "application/json", body, "secretariat", PASSWORD)
                        .status())
                .isEqualTo(200);
        Http.Reply twice = http.post(links, "application/json", body, "secretariat", PASSWORD);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(((JsonObject) twice.json()).getString("message")).contains("already amends");

        assertThat(relations(amendment)).containsExactly("AMENDS " + law);
        assertThat(relations(law)).containsExactly("AMENDS_BY " + amendment);

        assertThat(http.delete(links + "/AMENDS/" + law, "secretariat", PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(relations(amendment)).isEmpty();
        assertThat(relations(law)).isEmpty();
        assertThat(http.delete(links + "/AMENDS/" + law, "secretariat", PASSWORD)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCrimeTypeOutsideTheControlledListIsRefusedWithTheList() {
        Http.Reply reply = http.post(
                "/api/v1/library/documents",
                "application/json",
                draft("Act with a made-up crime type", "[\"money laundering\"]"),
                "secretariat",
                PASSWORD);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(((JsonObject) reply.json()).getString("message"))
                .contains("\"money laundering\" is not a crime type")
                .contains("money-laundering");
    }

    @Test
    void theIndexStateIsTheSecretariatsAndSaysHowTheIndexStands() {
        assertThat(http.get("/api/v1/library/index").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/library/index", "fp.peru", PASSWORD).status())
                .isEqualTo(403);

        Http.Reply reply = http.get("/api/v1/library/index", "secretariat", PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        JsonObject index = (JsonObject) reply.json();
        assertThat(index.getString("state")).isIn("up-to-date", "catching-up", "rebuilding");
        assertThat(index.getJsonNumber("documents").longValue()).isGreaterThanOrEqualTo(30);
        assertThat(index.getJsonNumber("waiting").longValue()).isNotNegative();
        JsonObject rebuild = index.getJsonObject("rebuild");
        assertThat(rebuild.getString("state")).isIn("idle", "running", "done", "failed");
        assertThat(rebuild.getInt("percent")).isBetween(0, 100);
    }

    /**
     * The pager offers the pages there are: no "Previous" on the first, no "Next" on the last, no raw {@code jsf:}
     * attribute in the page, and a page beyond the last shows the last one.
     */
    @Test
    void theLibraryPagerOffersOnlyThePagesThereAre() {
        String first = page("/library.xhtml?q=&lang=en");
        java.util.regex.Matcher pages =
                java.util.regex.Pattern.compile("Page 1 of (\\d+)").matcher(first);
        assertThat(pages.find()).as("the first page says which it is").isTrue();
        int last = Integer.parseInt(pages.group(1));
        assertThat(last).isGreaterThan(1);

        assertThat(first)
                .doesNotContain("jsf:")
                .doesNotContain("id=\"previousPage\"")
                .contains("id=\"nextPage\"");
        String lastPage = page("/library.xhtml?q=&lang=en&page=" + (last - 1));
        assertThat(lastPage)
                .contains("Page " + last + " of " + last)
                .contains("id=\"previousPage\"")
                .doesNotContain("id=\"nextPage\"");
        assertThat(page("/library.xhtml?q=&lang=en&page=" + (last + 5)))
                .as("an old link beyond the last page")
                .contains("Page " + last + " of " + last)
                .doesNotContain("id=\"nextPage\"");
        assertThat(page("/library.xhtml?q=corruption&cross=false&lang=en"))
                .as("the \"only in my language\" box stays ticked")
                .containsPattern("name=\"cross\"[^>]*checked");
    }

    /** UN texts print operative verbs in italics (*Invites*): snippets and the document page show emphasis. */
    @Test
    void emphasisInTextsShowsAsEmphasisNotAsterisks() {
        JsonObject result = search("q=" + encode("invites Member States") + "&lang=en");
        assertThat(hits(result)).isNotEmpty();
        assertThat(hits(result))
                .allSatisfy(h -> assertThat(h.getString("snippet")).doesNotContain("*"))
                .anySatisfy(h -> assertThat(h.getString("snippet")).contains("<em>"));

        String html = page("/library.xhtml?q=" + encode("invites Member States") + "&lang=en");
        assertThat(html).doesNotContain("*Invites*").doesNotContain("*<mark>").contains("<em>");
        String resolution = hits(search("q=" + encode("precious metals") + "&lang=en")).stream()
                .filter(h -> h.getString("title").startsWith("2013/38."))
                .map(h -> h.getString("id"))
                .findFirst()
                .orElseThrow();
        assertThat(page("/document.xhtml?id=" + resolution + "&lang=en"))
                .doesNotContainPattern("\\*[A-Z][a-z]+\\*")
                .containsPattern("<em>[A-Z][a-z]+</em>");
    }

    /** A document that does not exist, or is not published, is the 404 page, not an empty page with a message. */
    @Test
    void aMissingOrUnpublishedDocumentIsTheNotFoundPage() {
        long unpublished = create("Unpublished draft law " + System.nanoTime(), "[]");

        for (String path : List.of(
                "/document.xhtml?id=987654321",
                "/document.xhtml?id=" + unpublished,
                "/document.xhtml?id=abc",
                "/document.xhtml")) {
            java.net.http.HttpResponse<String> reply = http.raw(path + (path.contains("?") ? "&" : "?") + "lang=en");
            assertThat(reply.statusCode()).as(path).isEqualTo(404);
            assertThat(reply.body()).as(path).contains("This page does not exist");
        }
        assertThat(http.page("/document.xhtml?id=" + unpublished, "secretariat", PASSWORD)
                        .status())
                .as("the secretariat reads its unpublished documents")
                .isEqualTo(200);
    }

    /**
     * Instruments and articles are named in the reader's language, each separated as the language lists things, and
     * the citation can be copied and carries a permanent link.
     */
    @Test
    void instrumentsAreNamedInTheReadersLanguageAndTheCitationHasAPermanentLink() {
        String draft =
                """
                {"type": "LEGISLATION", "country": "KEN", "titleOriginal": "Anti-Corruption and Economic Crimes Act (test)",
                 "languages": ["en"], "instruments": ["UNTOC", "UNCAC"], "articles": ["UNCAC art. 14", "UNTOC art. 12"],
                 "crimeTypes": [], "resolutions": [], "keywords": [], "text": "An Act against corruption."}
                """;
        Http.Reply created = http.post("/api/v1/library/documents", "application/json", draft, "secretariat", PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        http.post("/api/v1/library/documents/" + id + "/publish", "application/json", "", "secretariat", PASSWORD);

        String french = page("/document.xhtml?id=" + id + "&lang=fr");
        assertThat(french)
                .contains("Convention contre la corruption, Convention contre la criminalité organisée")
                .contains("Convention contre la corruption art. 14, Convention contre la criminalité organisée art. 12")
                .doesNotContain("UNCAC")
                .contains("id=\"copyCitation\"")
                .containsPattern("id=\"permalink\" href=\"https?://[^\"]+/document\\.xhtml\\?id=" + id + "\"");
        assertThat(page("/document.xhtml?id=" + id + "&lang=ar")).contains("المادة 14 من اتفاقية مكافحة الفساد");
        assertThat(page("/library.xhtml?q=&lang=fr"))
                .as("the facets name the instruments too")
                .contains("Convention de 1988")
                .doesNotContain(">DRUGS1988<");
    }

    private String page(String path) {
        java.net.http.HttpResponse<String> reply = http.raw(path);
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return reply.body();
    }

    private long create(String title, String crimeTypes) {
        Http.Reply created = http.post(
                "/api/v1/library/documents", "application/json", draft(title, crimeTypes), "secretariat", PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((JsonObject) created.json()).getJsonNumber("id").longValue();
    }

    private static String draft(String title, String crimeTypes) {
        return "{\"type\": \"LEGISLATION\", \"country\": \"GHA\", \"titleOriginal\": \"" + title
                + "\", \"languages\": [\"en\"], \"crimeTypes\": " + crimeTypes + "}";
    }

    private List<String> relations(long id) {
        JsonObject document = (JsonObject) http.get("/api/v1/library/documents/" + id, "secretariat", PASSWORD)
                .json();
        return document.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("relation") + " "
                        + l.getJsonNumber("targetId").longValue())
                .toList();
    }

    private JsonObject search(String query) {
        Http.Reply reply = http.get("/api/v1/library/search?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (JsonObject) reply.json();
    }

    private static List<JsonObject> hits(JsonObject result) {
        JsonArray hits = result.getJsonArray("hits");
        return hits.getValuesAs(JsonObject.class);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
