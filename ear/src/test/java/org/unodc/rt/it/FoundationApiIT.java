package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reference data and operational endpoints, over HTTP, as an API client sees them. */
@ExtendWith(ArquillianExtension.class)
class FoundationApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void listsAll193MemberStatesWithTheirRegionalGroupsAndUnNamesInSixLanguages() {
        Http.Reply reply = http.get("/api/v1/member-states");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonArray states = (JsonArray) reply.json();
        assertThat(states).hasSize(193);

        Map<String, Integer> perGroup = new TreeMap<>();
        Map<String, JsonObject> byIso3 = new TreeMap<>();
        for (JsonValue value : states) {
            JsonObject state = value.asJsonObject();
            perGroup.merge(state.getString("regionalGroup"), 1, Integer::sum);
            byIso3.put(state.getString("iso3"), state);
        }
        assertThat(perGroup)
                .containsEntry("AFRICAN", 54)
                .containsEntry("ASIA_PACIFIC", 54)
                .containsEntry("EASTERN_EUROPEAN", 23)
                .containsEntry("LATIN_AMERICAN_CARIBBEAN", 33)
                .containsEntry("WESTERN_EUROPEAN_OTHERS", 29);

        JsonObject russia = byIso3.get("RUS");
        assertThat(russia.getString("iso2")).isEqualTo("RU");
        assertThat(russia.getJsonObject("names").getString("en")).isEqualTo("Russian Federation");
        assertThat(russia.getJsonObject("names").getString("fr")).isEqualTo("Fédération de Russie");
        assertThat(russia.getJsonObject("names").getString("ru")).isEqualTo("Российская Федерация");
        assertThat(russia.getJsonObject("names").getString("zh")).isEqualTo("俄罗斯联邦");
        assertThat(russia.getJsonObject("names").getString("ar")).isEqualTo("الاتحاد الروسي");
        assertThat(byIso3.get("BOL").getJsonObject("names").getString("en"))
                .isEqualTo("Bolivia (Plurinational State of)");
        assertThat(byIso3.get("TUR").getJsonObject("names").getString("en")).isEqualTo("Türkiye");
        assertThat(byIso3.get("VNM").getJsonObject("names").getString("en")).isEqualTo("Viet Nam");
        assertThat(byIso3.get("TZA").getJsonObject("names").getString("en")).isEqualTo("United Republic of Tanzania");
        assertThat(byIso3.get("PER").getString("regionalGroup")).isEqualTo("LATIN_AMERICAN_CARIBBEAN");
        assertThat(byIso3.get("PER").getString("m49")).isEqualTo("604");
    }

    @Test
    void anUnknownStateIsA404WithAMessageThatSaysWhatToSend() {
        Http.Reply reply = http.get("/api/v1/member-states/XYZ");

        assertThat(reply.status()).isEqualTo(404);
        JsonObject error = (JsonObject) reply.json();
        assertThat(error.getInt("status")).isEqualTo(404);
        assertThat(error.getString("message")).contains("XYZ").contains("ISO 3166 alpha-3");
    }

    @Test
    void aStateShowsItsPartyStatusToEachInstrument() {
        JsonObject peru = (JsonObject) http.get("/api/v1/member-states/per").json();

        assertThat(peru.getJsonObject("state").getString("iso3")).isEqualTo("PER");
        assertThat(peru.getJsonArray("partyStatus").getValuesAs(JsonObject.class))
                .anySatisfy(status -> {
                    assertThat(status.getString("instrument")).isEqualTo("UNTOC");
                    assertThat(status.getString("date")).isEqualTo("2002-01-23");
                });
    }

    @Test
    void healthAnswers200WhenTheDatabaseServes() {
        Http.Reply reply = http.get("/api/v1/health");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject health = (JsonObject) reply.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("checks").getJsonObject("database").getString("status"))
                .isEqualTo("UP");
    }

    @Test
    void anUnknownApiPathAnswersInJson() {
        Http.Reply reply = http.get("/api/v1/no-such-thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(((JsonObject) reply.json()).getString("message")).contains("/api/v1");
    }

    @Test
    void theHomePageIsServedAtTheContextRoot() {
        Http.Reply reply = http.get("/");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Resolution Tracker").contains("193");
    }
}
