package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.unodc.rt.reports.data.ReturnStatus;
import org.unodc.rt.reports.data.StateReturnData.Audience;

class StateReturnTest {

    @Test
    void submittedReturnForTheStateHasTheAnswersAndTheDeclarationButNoReviewerNotes() {
        byte[] pdf = Rendered.render(
                Samples.stateReturn(ReturnStatus.SUBMITTED, Audience.STATE), ReportFormat.PDF, "return-state");

        String text = Rendered.pdfText(pdf);
        assertThat(text)
                .contains("Implementation return of Egypt", "Submitted", "20 January 2026, 14:05")
                .contains(
                        "Focal point, Ministry of Justice", "I declare that the information in this return is accurate")
                .contains("Operative paragraph 1", "Implemented", "Partially implemented", "No reply")
                .contains(Samples.EXTRACT_AR_WORD, "law-12-2024.pdf", "decree-precious-metals.pdf")
                .contains("two requests for mutual legal assistance")
                .doesNotContain("DRAFT", "Secretariat note", "checked against the library");
        Rendered.assertAllFontsEmbedded(pdf);
    }

    @Test
    void secretariatCopyShowsTheReviewerNotes() {
        byte[] pdf = Rendered.render(
                Samples.stateReturn(ReturnStatus.ACCEPTED, Audience.SECRETARIAT),
                ReportFormat.PDF,
                "return-secretariat");

        assertThat(Rendered.pdfText(pdf))
                .contains("The Secretariat (with reviewers' notes)", "Secretariat note", "checked against the library")
                .contains("Accepted");
    }

    @Test
    void draftCarriesAWatermarkAndNoDeclaration() throws IOException {
        byte[] pdf = Rendered.render(
                Samples.stateReturn(ReturnStatus.DRAFT, Audience.STATE), ReportFormat.PDF, "return-draft");
        byte[] docx = Rendered.render(
                Samples.stateReturn(ReturnStatus.DRAFT, Audience.STATE), ReportFormat.DOCX, "return-draft");

        // The watermark is rotated, so its letters come out of the PDF with spaces between them.
        assertThat(Rendered.pdfPages(pdf))
                .allMatch(page -> page.replace(" ", "").contains("DRAFT"));
        assertThat(Rendered.pdfText(pdf)).contains("Not submitted", "no declaration has been made");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(Docx.text(document)).contains("Implementation return of Egypt", Samples.EXTRACT_AR);
            // In the word processor the watermark is the page header, repeated on every page.
            assertThat(document.getHeaderList())
                    .anyMatch(header -> header.getText().contains("DRAFT"));
        }
    }
}
