package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reports generated from the demo cycle, read back as a user would read them. */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final String PASSWORD = "demo-password-2026";
    private final Http http = new Http();

    @Test
    void theSecretaryGeneralsReportQuotesTheAcceptedAnswersAndIsKeptForLaterDownload() throws IOException {
        JsonObject cycle = TestCycles.demoCycle(http);
        long cycleId = cycle.getJsonNumber("id").longValue();
        long resolutionId = resolutionOf(cycle, "2013/38");
        String request = "{\"cycleId\": " + cycleId + ", \"kind\": \"SECRETARY_GENERAL_REPORT\", \"resolutionId\": "
                + resolutionId
                + ", \"format\": \"PDF\", \"conclusions\": \"States are encouraged to share good practice.\"}";

        assertThat(http.post("/api/v1/reports", "application/json", request, "fp.peru", PASSWORD)
                        .status())
                .isEqualTo(403);
        Http.Reply created = http.post("/api/v1/reports", "application/json", request, "secretariat", PASSWORD);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject report = (JsonObject) created.json();
        assertThat(report.getString("title"))
                .isEqualTo(
                        "Implementation of Economic and Social Council resolution 2013/38: report of the Executive Director");
        int accepted = report.getInt("acceptedReturns");
        assertThat(accepted).isPositive();

        HttpResponse<byte[]> file = http.download(report.getString("download"), "secretariat", PASSWORD);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String text = pdfText(file.body());
        assertThat(text)
                .contains("E/CN.15/")
                .contains("Report of the Executive Director", "Economic and Social Council adopted resolution 2013/38")
                .doesNotContain("Report of the Secretary-General", "the Council:", "twenty-fourth session on the")
                .contains("Replies received")
                .contains("South Africa")
                .contains("States are encouraged to share good practice.");

        JsonArray kept = (JsonArray) http.get("/api/v1/reports?cycle=" + cycleId, "secretariat", PASSWORD)
                .json();
        assertThat(kept.getValuesAs(JsonObject.class))
                .anySatisfy(k -> assertThat(k.getInt("id")).isEqualTo(report.getInt("id")));
    }

    @Test
    void theSessionReportNamesEachResolutionAndOrganOnceWithOrdinalsInWordsAndOneConclusionsText() throws IOException {
        JsonObject cycle = TestCycles.demoCycle(http);
        long cycleId = cycle.getJsonNumber("id").longValue();
        Http.Reply created = http.post(
                "/api/v1/reports",
                "application/json",
                "{\"cycleId\": " + cycleId + ", \"kind\": \"SESSION_REPORT\", \"format\": \"PDF\", \"conclusions\":"
                        + " \"The Commission may wish to encourage further replies.\"}",
                "secretariat",
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject report = (JsonObject) created.json();
        assertThat(report.getString("title")).contains("thirty-fifth session").doesNotContain("35th");

        String text = pdfText(http.download(report.getString("download"), "secretariat", PASSWORD)
                .body());
        assertThat(text)
                .contains("thirty-fifth session", "Economic and Social Council adopted resolution 2013/38")
                .doesNotContain("resolution draft resolution", "(draft resolution)", "the Council:", "35th session");
        assertThat(text.split("The Commission may wish to encourage further replies\\.", -1))
                .as("the overall conclusions once")
                .hasSize(2);
    }

    @Test
    void eachReportHasItsOwnSymbolWhichNamesItsFileAndTheMatrixIsNotKept() {
        JsonObject cycle = TestCycles.demoCycle(http);
        long cycleId = cycle.getJsonNumber("id").longValue();
        long resolutionId = resolutionOf(cycle, "2013/38");
        String sg = "{\"cycleId\": " + cycleId + ", \"kind\": \"SECRETARY_GENERAL_REPORT\", \"resolutionId\": "
                + resolutionId + ", \"format\": \"%s\"}";
        JsonObject pdf = (JsonObject)
                http.post("/api/v1/reports", "application/json", sg.formatted("PDF"), "secretariat", PASSWORD)
                        .json();
        JsonObject docx = (JsonObject)
                http.post("/api/v1/reports", "application/json", sg.formatted("DOCX"), "secretariat", PASSWORD)
                        .json();
        JsonObject session = (JsonObject) http.post(
                        "/api/v1/reports",
                        "application/json",
                        "{\"cycleId\": " + cycleId + ", \"kind\": \"SESSION_REPORT\", \"format\": \"PDF\"}",
                        "secretariat",
                        PASSWORD)
                .json();

        String symbol = pdf.getString("symbol");
        assertThat(symbol).matches("E/CN\\.15/\\d{4}/\\d+");
        assertThat(docx.getString("symbol")).as("the same report in Word").isEqualTo(symbol);
        assertThat(session.getString("symbol")).as("another report").isNotEqualTo(symbol);
        HttpResponse<byte[]> file = http.download(pdf.getString("download"), "secretariat", PASSWORD);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + symbol.replace('/', '-') + ".pdf\"; filename*=UTF-8''"
                        + symbol.replace('/', '-') + ".pdf");

        int listed = ((JsonArray) http.get("/api/v1/reports?cycle=" + cycleId, "secretariat", PASSWORD)
                        .json())
                .size();
        HttpResponse<byte[]> matrix =
                http.download("/api/v1/reports/matrix.xlsx?cycle=" + cycleId, "secretariat", PASSWORD);
        assertThat(matrix.statusCode()).isEqualTo(200);
        assertThat(matrix.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("reporting-matrix-cycle-" + cycleId + ".xlsx"));
        assertThat(((JsonArray) http.get("/api/v1/reports?cycle=" + cycleId, "secretariat", PASSWORD)
                                .json())
                        .size())
                .as("downloading the matrix adds no report")
                .isEqualTo(listed);
    }

    @Test
    void aFocalPointDownloadsItsOwnReturnAsPdfButNotAnotherStates() throws IOException {
        long demoCycle = TestCycles.demoCycle(http).getJsonNumber("id").longValue();
        long ownReturn = returnIn(demoCycle, "fp.southafrica");
        long otherReturn = returnIn(demoCycle, "fp.france");

        HttpResponse<byte[]> own = http.download("/api/v1/reports/returns/" + ownReturn, "fp.southafrica", PASSWORD);
        HttpResponse<byte[]> other =
                http.download("/api/v1/reports/returns/" + otherReturn, "fp.southafrica", PASSWORD);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .matches(".*filename=\"return-ZAF-cycle-" + demoCycle + "-(v\\d+|draft)\\.pdf\".*"));
        assertThat(pdfText(own.body())).contains("South Africa");
        assertThat(other.statusCode()).isEqualTo(403);
    }

    /** The focal point's State's return in the cycle, from its dashboard (which lists every cycle's). */
    private long returnIn(long cycleId, String focalPoint) {
        JsonArray mine = (JsonArray)
                http.get("/api/v1/returns/mine", focalPoint, PASSWORD).json();
        return mine.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("cycleId").longValue() == cycleId)
                .findFirst()
                .orElseThrow(() -> new AssertionError(focalPoint + " has no return in cycle " + cycleId + ": " + mine))
                .getJsonNumber("id")
                .longValue();
    }

    private static long resolutionOf(JsonObject cycle, String number) {
        return cycle.getJsonArray("resolutions").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("label").contains(number))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
