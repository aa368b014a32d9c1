package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session report as a Word file editors work in: styles, paragraphs, footnotes, and LibreOffice reads it. */
class WordDocumentTest {

    @Test
    void headingsAreWordHeadingsAndTheBodyIsParagraphsNotALayoutTable() throws IOException {
        byte[] docx = Rendered.render(Samples.sessionReport(), ReportFormat.DOCX, "session-report");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> chapters = styled(document, "Heading1");
            assertThat(chapters)
                    .containsSubsequence(
                            "I.\tCombating transnational organized crime and its possible links to illicit trafficking"
                                    + " in precious metals (resolution 2013/38)",
                            "II.\tPrevention, protection and international cooperation against the use of new"
                                    + " information technologies to abuse and/or exploit children (resolution 2011/32)",
                            "III.\tStrengthening the United Nations crime prevention and criminal justice programme"
                                    + " (resolution 80/187)",
                            "IV.\tConclusions and recommendations");
            assertThat(styled(document, "Heading2")).contains("A.\tIntroduction", "B.\tReplies received");
            assertThat(styled(document, "Numberedparagraph"))
                    .anySatisfy(p -> assertThat(p).startsWith("1.\tIn paragraph 8 of its resolution 2013/38"));
            assertThat(styled(document, "Title"))
                    .containsExactly("Progress in the implementation of resolutions on transnational organized crime");
            assertThat(styled(document, "Subtitle")).containsExactly("Report of the Executive Director");
            assertThat(styled(document, "Extract")).contains(Samples.EXTRACT_AR, Samples.EXTRACT_ZH);

            int outside = document.getParagraphs().size();
            int inside = paragraphsInTables(document);
            double share = 100.0 * outside / (outside + inside);
            System.out.printf(
                    "Session report DOCX: %d body paragraphs outside tables, %d in table cells (%.1f %% outside)%n",
                    outside, inside, share);
            assertThat(share).isGreaterThanOrEqualTo(90.0);
        }
    }

    @Test
    void theMastheadIsInTheFirstPageHeaderAndTheAgendaNoteIsAFootnote() throws IOException {
        byte[] docx = Rendered.render(Samples.sessionReport(), ReportFormat.DOCX, "session-report");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFHeader first = document.getHeaderFooterPolicy().getFirstPageHeader();
            assertThat(first.getText())
                    .contains("United Nations", "E/CN.15/2026/12", "Economic and Social Council")
                    .contains("Distr.: General", "12 February 2026", "Original: English");
            assertThat(document.getHeaderFooterPolicy().getDefaultHeader().getText())
                    .contains("E/CN.15/2026/12")
                    .doesNotContain("Distr.");
            assertThat(document.getFootnotes())
                    .extracting(WordDocumentTest::text)
                    .anySatisfy(text -> assertThat(text).contains("E/CN.15/2026/1."));
            assertThat(document.getParagraphs())
                    .filteredOn(p -> p.getText().startsWith("Item 6 of the provisional agenda"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getCTP().xmlText()).contains("footnoteReference"));
        }
    }

    @Test
    void libreOfficeOpensItWithTheSameHeadings(@TempDir Path dir) throws IOException, InterruptedException {
        Path docx = dir.resolve("session-report.docx");
        Files.write(docx, Rendered.render(Samples.sessionReport(), ReportFormat.DOCX, "session-report"));

        run(
                dir,
                "soffice",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                docx.toString());
        run(
                dir,
                "pdftotext",
                "-enc",
                "UTF-8",
                dir.resolve("session-report.pdf").toString(),
                dir.resolve("session-report.txt").toString());
        String text = Files.readString(dir.resolve("session-report.txt"), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");

        assertThat(text)
                .contains("E/CN.15/2026/12", "Economic and Social Council", "Report of the Executive Director")
                .contains("I. Combating transnational organized crime")
                .contains("II. Prevention, protection and international cooperation")
                .contains("III. Strengthening the United Nations crime prevention")
                .contains("IV. Conclusions and recommendations")
                .contains("A. Introduction", "B. Replies received", "C. Measures reported")
                .contains("Annexes", "Replies and implementation status by resolution")
                .contains(Samples.EXTRACT_RU_WORDS, "El Perú aprobó");
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(command[0] + ".log").toFile())
                .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as(command[0] + " finished")
                .isTrue();
        assertThat(process.exitValue())
                .as(command[0] + ": " + Files.readString(dir.resolve(command[0] + ".log")))
                .isZero();
    }

    private static String text(XWPFFootnote footnote) {
        return footnote.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
    }

    private static List<String> styled(XWPFDocument document, String style) {
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            if (style.equals(paragraph.getStyle())) {
                texts.add(paragraph.getText());
            }
        }
        return texts;
    }

    private static int paragraphsInTables(XWPFDocument document) {
        int count = 0;
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    count += cell.getParagraphs().size();
                }
            }
        }
        return count;
    }
}
