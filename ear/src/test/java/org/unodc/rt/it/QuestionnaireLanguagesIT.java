package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A questionnaire read in each language over REST: questions from paragraphs quote the resolution's text in that
 * language, the secretariat's own questions and the title its translations, everything else the English original
 * with its language named.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionnaireLanguagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final String SECRETARIAT = "secretariat";
    private static final String PASSWORD = "demo-password-2026";
    private final Http http = new Http();

    @Test
    void eachQuestionIsReadInFrenchWhereTheCycleHasItAndInEnglishMarkedElsewhere() {
        long cycle = cycleOnAResolutionWithItsFrenchText("Reports on wildlife trafficking");
        long own = ownQuestion(cycle);
        assertThat(put(
                                "/api/v1/cycles/" + cycle + "/questions/" + own + "/translations/fr",
                                "{\"text\": \"Qui a coordonné ce rapport ?\", \"guidance\": \"Nommez le ministère.\"}")
                        .status())
                .isEqualTo(200);
        assertThat(put(
                                "/api/v1/cycles/" + cycle + "/title/fr",
                                "{\"text\": \"Rapports sur le trafic d’espèces sauvages\"}")
                        .status())
                .isEqualTo(200);

        JsonObject french = questionnaire(cycle, "?lang=fr", SECRETARIAT);

        assertThat(french.getString("language")).isEqualTo("fr");
        assertThat(french.getString("title")).isEqualTo("Rapports sur le trafic d’espèces sauvages");
        List<JsonObject> questions = french.getJsonArray("questions").getValuesAs(JsonObject.class);
        JsonObject first = questions.get(0);
        assertThat(first.getInt("paragraphNumber")).isEqualTo(1);
        assertThat(first.getString("language")).isEqualTo("fr");
        assertThat(first.getString("text"))
                .isEqualTo(
                        "Qu’a fait votre État pour appliquer le paragraphe 1 : « Engage instamment les États Membres"
                                + " à ériger le trafic d’espèces de faune et de flore sauvages protégées en infraction grave ; » ?");
        JsonObject translated = questions.stream()
                .filter(q -> q.getJsonNumber("id").longValue() == own)
                .findFirst()
                .orElseThrow();
        assertThat(translated.getString("text")).isEqualTo("Qui a coordonné ce rapport ?");
        assertThat(translated.getString("language")).isEqualTo("fr");
        assertThat(translated.getString("guidance")).isEqualTo("Nommez le ministère.");
        assertThat(french.getJsonObject("missingTranslations").getInt("fr")).isZero();

        JsonObject arabic = questionnaire(cycle, "?lang=ar", SECRETARIAT);
        assertThat(arabic.getString("titleLanguage")).isEqualTo("en");
        assertThat(arabic.getJsonArray("questions").getValuesAs(JsonObject.class))
                .allSatisfy(q -> {
                    assertThat(q.getString("language")).isEqualTo("en");
                    assertThat(q.getBoolean("fallback")).isTrue();
                });
        assertThat(arabic.getJsonObject("missingTranslations").getInt("ar")).isEqualTo(1 + questions.size());
        assertThat(questionnaire(cycle, "", SECRETARIAT).getString("title"))
                .isEqualTo("Reports on wildlife trafficking");
    }

    @Test
    void aFocalPointReadsThePublishedQuestionnaireInTheirLanguageAndTranslationsThenStop() {
        long cycle = cycleOnAResolutionWithItsFrenchText("Reports on wildlife trafficking, published");
        long own = ownQuestion(cycle);
        Http.Reply published =
                http.post("/api/v1/cycles/" + cycle + "/publish", "application/json", "", SECRETARIAT, PASSWORD);
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        JsonObject french = questionnaire(cycle, "?lang=fr", "fp.france");

        assertThat(french.getJsonArray("questions").getJsonObject(0).getString("language"))
                .isEqualTo("fr");
        Http.Reply late =
                put("/api/v1/cycles/" + cycle + "/questions/" + own + "/translations/fr", "{\"text\": \"Qui ?\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(((JsonObject) late.json()).getString("message")).contains("translate the questionnaire");
    }

    @Test
    void anUnknownLanguageIs400() {
        long cycle = cycleOnAResolutionWithItsFrenchText("Reports on wildlife trafficking, German asked");

        Http.Reply reply = http.get("/api/v1/cycles/" + cycle + "/questionnaire?lang=de", SECRETARIAT, PASSWORD);

        assertThat(reply.status()).isEqualTo(400);
    }

    /** A draft cycle for session 36 on a resolution whose French text is held, with one question of its own. */
    private long cycleOnAResolutionWithItsFrenchText(String title) {
        long resolution = resolution();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
        String body = Json.createObjectBuilder()
                .add("sessionOrdinal", 36)
                .add("title", title)
                .add("opensOn", today.plusDays(10).toString())
                .add("deadline", today.plusDays(70).toString())
                .add("reminderDays", Json.createArrayBuilder().add(14))
                .add("resolutionIds", Json.createArrayBuilder().add(resolution))
                .add(
                        "questions",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("text", "Who coordinated this return?")
                                        .add("guidance", "Name the ministry.")
                                        .add("mandatory", false)))
                .build()
                .toString();
        Http.Reply created = http.post("/api/v1/cycles", "application/json", body, SECRETARIAT, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((JsonObject) created.json()).getJsonNumber("id").longValue();
    }

    private long ownQuestion(long cycle) {
        return questionnaire(cycle, "", SECRETARIAT).getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("origin").equals("SECRETARIAT"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** The fixture resolution (as 80/996), saved once from its English text, with its French text held. */
    private long resolution() {
        List<JsonObject> found =
                http.get("/api/v1/resolutions").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(o -> !o.isNull("number") && "80/996".equals(o.getString("number")))
                        .toList();
        if (!found.isEmpty()) {
            return found.get(0).getJsonNumber("id").longValue();
        }
        Http.Reply created = http.post(
                "/api/v1/resolutions/from-text",
                "text/plain; charset=UTF-8",
                text("versions-en.txt").replace("80/997", "80/996"),
                SECRETARIAT,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        Http.Reply french = http.put(
                "/api/v1/resolutions/" + id + "/texts/fr",
                "text/plain; charset=UTF-8",
                text("versions-fr.txt").replace("80/997", "80/996"),
                SECRETARIAT,
                PASSWORD);
        assertThat(french.status()).as(french.body()).isEqualTo(200);
        return id;
    }

    private JsonObject questionnaire(long cycle, String query, String user) {
        Http.Reply reply = http.get("/api/v1/cycles/" + cycle + "/questionnaire" + query, user, PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (JsonObject) reply.json();
    }

    private Http.Reply put(String path, String json) {
        return http.put(path, "application/json", json, SECRETARIAT, PASSWORD);
    }

    private static String text(String name) {
        try (InputStream in = QuestionnaireLanguagesIT.class.getResourceAsStream("/texts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
