package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Country profiles and progress over HTTP: what the public reads is only what States allowed to be published (an
 * unpublished narrative appears in no public page, export or API), the secretariat reads everything; the profile has a
 * shareable address in every language; the progress figures add up by regional group.
 */
@ExtendWith(ArquillianExtension.class)
class ProfilesIT {

    /** South Africa's narrative in the demo cycle: accepted, submitted with the default (narratives not published). */
    private static final String UNPUBLISHED = "criminalizes racketeering";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void anUnpublishedNarrativeNeverReachesThePublicButTheSecretariatReadsIt() {
        long resolution = demoResolution();
        JsonObject publicProfile =
                (JsonObject) http.get("/api/v1/states/ZAF/profile").json();
        assertThat(publicProfile.getJsonArray("paragraphs")).isNotEmpty();
        assertThat(publicProfile.getJsonArray("paragraphs").getValuesAs(JsonObject.class))
                .allSatisfy(p -> {
                    assertThat(p.isNull("narrative")).isTrue();
                    assertThat(p.getString("status")).isNotBlank();
                });
        assertThat(publicProfile.isNull("secretariat")).isTrue();
        int paragraph =
                publicProfile.getJsonArray("paragraphs").getJsonObject(0).getInt("paragraph");
        long paragraphResolution = publicProfile
                .getJsonArray("paragraphs")
                .getJsonObject(0)
                .getJsonNumber("resolutionId")
                .longValue();

        List<String> publicViews = List.of(
                publicApi("/api/v1/states/ZAF/profile"),
                publicPage("/states/ZAF"),
                publicPage("/states/ZAF?lang=ar"),
                publicApi("/api/v1/progress?resolution=" + paragraphResolution + "&paragraph=" + paragraph),
                publicApi("/api/v1/progress/trend?resolution=" + resolution),
                publicPage("/api/v1/progress/export.csv?resolution=" + paragraphResolution + "&paragraph=" + paragraph),
                publicPage("/api/v1/progress/trend/export.csv?resolution=" + resolution),
                publicPage("/progress.xhtml?paragraph=" + paragraphResolution + "/" + paragraph));
        assertThat(publicViews).allSatisfy(body -> assertThat(body).doesNotContain(UNPUBLISHED));

        JsonObject staffProfile = (JsonObject)
                http.get("/api/v1/states/ZAF/profile", SECRETARIAT, PASSWORD).json();
        assertThat(staffProfile.getJsonArray("paragraphs").getValuesAs(JsonObject.class))
                .anySatisfy(p -> assertThat(p.getString("narrative")).contains(UNPUBLISHED));
        JsonObject forSecretariat = staffProfile.getJsonObject("secretariat");
        assertThat(forSecretariat.getJsonArray("focalPoints")).isNotEmpty();
        assertThat(forSecretariat.getJsonArray("returnHistory")).isNotEmpty();
        assertThat(http.page("/states/ZAF", SECRETARIAT, PASSWORD).body()).contains(UNPUBLISHED);
    }

    @Test
    void aStateThatAllowsItsNarrativesToBePublishedIsReadWithThem() {
        long resolution = demoResolution();
        long cycle = cycleOn(resolution, "Profiles " + System.nanoTime());
        JsonObject draft = TestCycles.myReturn(http, cycle, "fp.france");
        long returnId = draft.getJsonNumber("id").longValue();
        String narrative = "La France publie son rapport " + System.nanoTime();
        JsonArrayBuilder answers = Json.createArrayBuilder();
        draft.getJsonArray("sections").stream()
                .flatMap(s -> s.asJsonObject().getJsonArray("answers").stream())
                .map(JsonValue::asJsonObject)
                .forEach(a -> answers.add(Json.createObjectBuilder()
                        .add("questionId", a.getJsonNumber("questionId").longValue())
                        .add("status", "IMPLEMENTED")
                        .add("narrative", narrative)));
        String body = Json.createObjectBuilder()
                .add("version", draft.getInt("version"))
                .add("answers", answers)
                .build()
                .toString();
        Http.Reply saved = http.put("/api/v1/returns/" + returnId, "application/json", body, "fp.france", PASSWORD);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        // A draft is the State's own business: the public profile shows no reply yet, the secretariat the draft.
        assertThat(cycleLine(http.get("/api/v1/states/FRA/profile"), cycle).isNull("returnStatus"))
                .as("a public profile's reply to a cycle the State has only a draft for")
                .isTrue();
        assertThat(cycleLine(http.get("/api/v1/states/FRA/profile", SECRETARIAT, PASSWORD), cycle)
                        .getString("returnStatus"))
                .isEqualTo("DRAFT");
        Http.Reply submitted = http.post(
                "/api/v1/returns/" + returnId + "/submit",
                "application/json",
                "{\"declaration\":true,\"publishStatuses\":true,\"publishNarratives\":true}",
                "fp.france",
                PASSWORD);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/states/FRA/profile").body()).doesNotContain(narrative);
        Http.Reply accepted =
                http.post("/api/v1/returns/" + returnId + "/accept", "application/json", "", SECRETARIAT, PASSWORD);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        JsonObject france = (JsonObject) http.get("/api/v1/states/FRA/profile").json();
        assertThat(france.getJsonArray("paragraphs").getValuesAs(JsonObject.class).stream()
                        .filter(p -> p.getJsonNumber("resolutionId").longValue() == resolution))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.getString("narrative")).isEqualTo(narrative));
        assertThat(france.getJsonArray("cycles").getValuesAs(JsonObject.class)).anySatisfy(c -> {
            assertThat(c.getJsonNumber("cycleId").longValue()).isEqualTo(cycle);
            assertThat(c.getString("returnStatus")).isEqualTo("ACCEPTED");
        });
        assertThat(publicPage("/states/FRA?lang=fr")).contains(narrative);

        JsonObject trend = (JsonObject)
                http.get("/api/v1/progress/trend?resolution=" + resolution).json();
        assertThat(trend.getJsonArray("points").getValuesAs(JsonObject.class)).anySatisfy(p -> {
            assertThat(p.getJsonNumber("cycleId").longValue()).isEqualTo(cycle);
            assertThat(p.getInt("implemented")).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void theProfileHasAShareableAddressInEveryLanguageWithPartyStatusAndItsSource() {
        JsonObject peru = (JsonObject) http.get("/api/v1/states/per/profile").json();
        assertThat(peru.getString("iso3")).isEqualTo("PER");
        assertThat(peru.getJsonObject("names").getString("es")).isEqualTo("Perú");
        assertThat(peru.getJsonArray("partyStatus").getValuesAs(JsonObject.class))
                .allSatisfy(p -> assertThat(p.getString("source")).isIn("UNTC", "SECRETARIAT", "DEMO"));
        assertThat(peru.getJsonArray("cycles")).isNotEmpty();

        assertThat(publicPage("/states/PER?lang=en")).contains("<h1>Peru</h1>");
        assertThat(publicPage("/states/PER?lang=ar")).contains("dir=\"rtl\"").contains("بيرو");
        assertThat(publicPage("/states/PER?lang=zh")).contains("秘鲁");

        assertThat(http.raw("/states/XYZ").statusCode()).isEqualTo(404);
        assertThat(http.raw("/states/not-a-code").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/states/XYZ/profile").status()).isEqualTo(404);
    }

    @Test
    void progressGivesEachStateAndTotalsByRegionalGroupThatAddUp() {
        JsonObject progress = (JsonObject) http.get("/api/v1/progress").json();
        assertThat(progress.getString("measure")).isEqualTo("REPORTING");
        assertThat(progress.getJsonArray("states")).hasSize(193);
        List<JsonObject> totals = progress.getJsonArray("totals").getValuesAs(JsonObject.class);
        int sumOfGroups = totals.stream()
                .filter(t -> !t.getString("regionalGroup").equals("ALL"))
                .mapToInt(t -> t.getInt("states"))
                .sum();
        assertThat(sumOfGroups).isEqualTo(193);
        JsonObject all = totals.stream()
                .filter(t -> t.getString("regionalGroup").equals("ALL"))
                .findFirst()
                .orElseThrow();
        assertThat(all.getJsonObject("counts").values().stream()
                        .mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue())
                        .sum())
                .isEqualTo(193);

        assertThat(http.get("/api/v1/progress?paragraph=3").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/progress?cycle=abc").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/progress?cycle=999999").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/progress/trend").status()).isEqualTo(422);

        assertThat(publicPage("/progress.xhtml?lang=ru"))
                .contains("<svg")
                .contains("/states/PER")
                .contains("Организации Объединенных Наций")
                .contains("Перу");
    }

    /** A public API answer as an anonymous caller gets it: it must be there. */
    private String publicApi(String path) {
        Http.Reply reply = http.get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply.body();
    }

    /** A page as an anonymous visitor gets it: it must be there. */
    private String publicPage(String path) {
        java.net.http.HttpResponse<String> page = http.raw(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    /** The demo resolution E/RES/2013/38, which the demo cycle covers. */
    private long demoResolution() {
        return http.get("/api/v1/resolutions").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> "E/RES/2013/38".equals(r.getString("symbol", "")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private long cycleOn(long resolution, String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
        JsonObject body = Json.createReader(new java.io.StringReader(TestCycles.cycleBody(
                        title, today.plusDays(60), Json.createArrayBuilder().add(-1))))
                .readObject();
        String withResolution = Json.createObjectBuilder(body)
                .add("resolutionIds", Json.createArrayBuilder().add(resolution))
                .build()
                .toString();
        Http.Reply created = http.post("/api/v1/cycles", "application/json", withResolution, SECRETARIAT, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        assertThat(http.post("/api/v1/cycles/" + id + "/publish", "application/json", "", SECRETARIAT, PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/cycles/" + id + "/open", "application/json", "", SECRETARIAT, PASSWORD)
                        .status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void thePublicLearnsOfAReturnOnlyOnceItIsSubmittedAndNeverOfTheReview() {
        for (String iso3 : List.of("PER", "EGY", "RUS", "FRA", "ZAF", "CHN")) {
            JsonObject profile =
                    (JsonObject) http.get("/api/v1/states/" + iso3 + "/profile").json();
            assertThat(profile.getJsonArray("cycles").getValuesAs(JsonObject.class))
                    .as(iso3 + "'s public profile")
                    .noneSatisfy(c -> assertThat(c.getString("returnStatus", ""))
                            .isIn("DRAFT", "AWAITING_CLEARANCE", "CLARIFICATION_REQUESTED"));
        }
    }

    /** The profile's line for a cycle; a field the JSON leaves out reads as null. */
    private static JsonObject cycleLine(Http.Reply profile, long cycle) {
        JsonObject line = ((JsonObject) profile.json())
                .getJsonArray("cycles").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getJsonNumber("cycleId").longValue() == cycle)
                        .findFirst()
                        .orElseThrow();
        return line.containsKey("returnStatus")
                ? line
                : Json.createObjectBuilder(line).addNull("returnStatus").build();
    }
}
