package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class SecretaryGeneralReportTest {

    @Test
    void pdfHasTheMastheadTheCountsAndTheExtractsInEveryScript() {
        byte[] pdf = Rendered.render(Samples.secretaryGeneralReport(), ReportFormat.PDF, "sg-report");

        String text = Rendered.pdfText(pdf);
        assertThat(text)
                .contains("E/CN.15/2026/12", "Distr.: General", "12 February 2026", "Original: English")
                .contains("Thirty-fifth session", "Vienna, 18–22 May 2026", "Item 6 of the provisional agenda")
                .contains("Report of the Executive Director", "I. Introduction", "II. Replies received")
                .contains("In paragraph 8 of its resolution 2013/38, entitled \u201C" + Samples.TITLE
                        + "\u201D, the Economic and Social Council:")
                .doesNotContain("Report of the Secretary-General", "the Council:")
                .contains("III. Measures reported", "IV. Conclusions and recommendations")
                .contains("replies had been received from 25 of the 31 States asked (81 per cent)")
                .contains("twenty-fourth session on the implementation of the present resolution")
                .contains("Egypt", "China", "Russian Federation", "France", "Peru", "Ghana", "Saudi Arabia")
                .contains(Samples.EXTRACT_ZH_WORD, Samples.EXTRACT_RU_WORDS, Samples.EXTRACT_FR, Samples.EXTRACT_ES)
                .contains(Samples.EXTRACT_EN)
                .contains(Samples.EXTRACT_AR_WORD)
                .contains("Annex I", "States that replied", "Annex II")
                .contains("United Kingdom of Great Britain and Northern Ireland");
        assertThat(Rendered.assertAllFontsEmbedded(pdf))
                .anyMatch(f -> f.contains("NotoSans-"))
                .anyMatch(f -> f.contains("NotoNaskhArabic"))
                .anyMatch(f -> f.contains("NotoSansSC"));
    }

    @Test
    void docxIsEditableTextWithTheTitleTheExtractsAndTheMatrixInWords() throws IOException {
        byte[] docx = Rendered.render(Samples.secretaryGeneralReport(), ReportFormat.DOCX, "sg-report");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getHeaderFooterPolicy().getFirstPageHeader().getText())
                    .contains("E/CN.15/2026/12");
            String text = Docx.text(document);
            assertThat(text)
                    .contains("Report of the Executive Director")
                    .contains("Implementation of Economic and Social Council resolution 2013/38")
                    .contains("replies had been received from 25 of the 31 States asked")
                    .contains("6 of the 8 African States")
                    .contains(Samples.EXTRACT_AR, Samples.EXTRACT_ZH, Samples.EXTRACT_RU, Samples.EXTRACT_FR)
                    .contains(Samples.EXTRACT_ES, Samples.EXTRACT_EN)
                    .contains("No reply (6): Kenya, Senegal, Indonesia, Ukraine, Argentina, Italy.");
            // Text sits in runs of paragraphs a word processor edits, not in text boxes, images or layout tables.
            assertThat(document.getAllPictures()).hasSize(2);
            assertThat(document.getTables()).isEmpty();
        }
    }

    @Test
    void odtAndHtmlCarryTheSameText() throws IOException {
        byte[] odt = Rendered.render(Samples.secretaryGeneralReport(), ReportFormat.ODT, "sg-report");
        byte[] html = Rendered.render(Samples.secretaryGeneralReport(), ReportFormat.HTML, "sg-report");

        assertThat(Odt.contentXml(odt)).contains("Report of the Executive Director", Samples.EXTRACT_ZH);
        assertThat(new String(html, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Report of the Executive Director", Samples.EXTRACT_RU, "data:image/png;base64");
    }
}
