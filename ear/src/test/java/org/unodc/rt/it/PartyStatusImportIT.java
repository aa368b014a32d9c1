package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secretariat imports an instrument's status table from the UN Treaty Collection over the API: a dry run changes
 * nothing, an import replaces the status and keeps the history, names that are no Member State are listed, a bad
 * table is refused whole. The tables are short ones in the UNTC layout; the Firearms Protocol, which no other test
 * reads, takes them.
 */
@ExtendWith(ArquillianExtension.class)
class PartyStatusImportIT {

    private static final String SECRETARIAT = "secretariat";
    private static final String PASSWORD = "demo-password-2026";
    private static final String IMPORT = "/api/v1/instruments/FIREARMS/status-import";
    private static final String HEADER =
            "Participant,Signature,\"Approval(AA), Acceptance(A), Accession(a), Succession(d), Ratification\"\n";
    private static final String TABLE = HEADER
            + "Bolivia (Plurinational State of),,18 May 2004 a\n"
            + "Côte d'Ivoire,,25 Oct 2017 a\n"
            + "European Union,16 Jan 2002,21 Mar 2014 AA\n"
            + "Peru 1,14 Nov 2001,23 Sep 2005\n"
            + "Türkiye,4 Dec 2001,\n"
            + "United Kingdom of Great Britain and Northern Ireland,,23 Oct 2023 a\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void aDryRunTellsWhatAnImportWouldDoAndTheImportDoesItWithItsSourceAndHistory() {
        Http.Reply dry = http.post(IMPORT + "?dryRun=true", "text/csv", TABLE, SECRETARIAT, PASSWORD);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        JsonObject tried = (JsonObject) dry.json();
        assertThat(tried.getString("asOf")).isEqualTo("2023-10-23");
        assertThat(tried.getInt("parties")).isEqualTo(4);
        assertThat(tried.getBoolean("dryRun")).isTrue();
        assertThat(names(tried.getJsonArray("unmatched"))).containsExactly("European Union");
        assertThat(statusOf("GBR", "FIREARMS")).isNull();

        Http.Reply done =
                http.post(IMPORT + "?asOf=2024-01-15", "text/csv; charset=UTF-8", TABLE, SECRETARIAT, PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonObject imported = (JsonObject) done.json();
        assertThat(imported.getString("asOf")).isEqualTo("2024-01-15");
        assertThat(imported.getInt("parties")).isEqualTo(4);
        assertThat(imported.getInt("signatories")).isEqualTo(1);

        JsonObject uk = statusOf("GBR", "FIREARMS");
        assertThat(uk.getString("action")).isEqualTo("ACCESSION");
        assertThat(uk.getString("date")).isEqualTo("2023-10-23");
        assertThat(uk.getString("source")).isEqualTo("UNTC");
        assertThat(uk.getString("sourceNote")).isEqualTo("as of 2024-01-15, source: UN Treaty Collection");
        JsonObject peru = statusOf("PER", "FIREARMS");
        assertThat(peru.getString("signed")).isEqualTo("2001-11-14");
        assertThat(statusOf("CIV", "FIREARMS").getString("action")).isEqualTo("ACCESSION");
        assertThat(statusOf("TUR", "FIREARMS").getString("action")).isEqualTo("SIGNATURE_ONLY");

        // A later table without Türkiye ends its status; the history keeps both changes.
        Http.Reply later = http.post(
                IMPORT + "?asOf=2024-06-01",
                "text/csv",
                HEADER + "Peru,14 Nov 2001,23 Sep 2005\n"
                        + "Bolivia (Plurinational State of),,18 May 2004 a\n"
                        + "Côte d'Ivoire,,25 Oct 2017 a\n"
                        + "United Kingdom of Great Britain and Northern Ireland,,23 Oct 2023 a\n",
                SECRETARIAT,
                PASSWORD);
        assertThat(later.status()).as(later.body()).isEqualTo(200);
        assertThat(((JsonObject) later.json()).getInt("changes")).isEqualTo(1);
        assertThat(statusOf("TUR", "FIREARMS")).isNull();

        JsonArray history = (JsonArray) http.get("/api/v1/instruments/FIREARMS/status-history", SECRETARIAT, PASSWORD)
                .json();
        List<String> turkey = history.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("iso3").equals("TUR"))
                .map(c -> c.get("before") + " -> " + c.get("after"))
                .toList();
        assertThat(turkey).containsExactly("\"SIGNATURE_ONLY\" -> null", "null -> \"SIGNATURE_ONLY\"");
    }

    @Test
    void aBadTableIsRefusedWholeNamingEachLineAndNothingChanges() {
        Http.Reply bad = http.post(
                IMPORT,
                "text/csv",
                HEADER + "Argentina,,8 Jul 2005 a\nAustria,sometime,\nBelarus,,\n",
                SECRETARIAT,
                PASSWORD);

        assertThat(bad.status()).isEqualTo(422);
        assertThat(((JsonObject) bad.json()).getString("message"))
                .contains("Nothing was imported")
                .contains("line 3")
                .contains("line 4");
        assertThat(statusOf("ARG", "FIREARMS")).isNull();

        Http.Reply otherLayout = http.post(IMPORT, "text/csv", "iso3,date\nARG,2005-07-08\n", SECRETARIAT, PASSWORD);
        assertThat(otherLayout.status()).isEqualTo(422);
        assertThat(((JsonObject) otherLayout.json()).getString("message")).contains("header");

        Http.Reply badDate = http.post(IMPORT + "?asOf=yesterday", "text/csv", TABLE, SECRETARIAT, PASSWORD);
        assertThat(badDate.status()).isEqualTo(422);
    }

    @Test
    void onlyTheSecretariatImports() {
        assertThat(http.post(IMPORT, "text/csv", TABLE, "fp.peru", PASSWORD).status())
                .isEqualTo(403);
        assertThat(http.post(IMPORT, "text/csv", TABLE, null, null).status()).isIn(401, 403);
        assertThat(http.post("/api/v1/instruments/NOPE/status-import", "text/csv", TABLE, SECRETARIAT, PASSWORD)
                        .status())
                .isEqualTo(404);
    }

    private JsonObject statusOf(String iso3, String instrument) {
        JsonObject state =
                (JsonObject) http.get("/api/v1/member-states/" + iso3).json();
        return state.getJsonArray("partyStatus").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("instrument").equals(instrument))
                .findFirst()
                .orElse(null);
    }

    private static List<String> names(JsonArray unmatched) {
        return unmatched.stream()
                .map(u -> u.asJsonObject().getString("participant"))
                .toList();
    }
}
