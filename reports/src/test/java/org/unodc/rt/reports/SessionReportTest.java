package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class SessionReportTest {

    @Test
    void pdfHasAContentsPageWhoseNumbersPointAtTheChapters() {
        byte[] pdf = Rendered.render(Samples.sessionReport(), ReportFormat.PDF, "session-report");

        List<String> pages = Rendered.pdfPages(pdf);
        assertThat(pages.get(0))
                .contains("E/CN.15/2026/12", "Progress in the implementation of resolutions", "Contents");
        String contents = String.join(" ", pages.subList(0, 2));
        for (String[] chapter : new String[][] {
            {"I.", "(resolution 2013/38)"},
            {"II.", "(resolution 2011/32)"},
            {"III.", "(resolution 80/187)"}
        }) {
            Matcher entry =
                    Pattern.compile(Pattern.quote(chapter[1]) + " (\\d+)").matcher(contents);
            assertThat(entry.find()).as("contents entry for %s", chapter[1]).isTrue();
            int page = Integer.parseInt(entry.group(1));
            assertThat(pages.get(page - 1))
                    .as("page %d starts chapter %s", page, chapter[0])
                    .contains(chapter[0] + " ")
                    .contains(chapter[1])
                    // the printed page number in the footer agrees with the physical page
                    .endsWith(" " + page + " ");
        }
        String text = String.join(" ", pages);
        assertThat(text)
                .contains(Samples.EXTRACT_ZH_WORD, "Российской Федерации", Samples.EXTRACT_AR_WORD, "El Perú aprobó")
                .contains("Replies and implementation status by resolution")
                .contains("United Kingdom of Great Britain and Northern Ireland")
                .contains("In paragraph 8 of its resolution 80/187, entitled", "the General Assembly:")
                .contains(
                        "IV. Conclusions and recommendations",
                        "States may wish to keep reporting through the platform.")
                .doesNotContain("the Council:", "35th");
        // each resolution's own conclusions, once; none written for 80/187, so no empty section
        assertThat(occurrences(text, "States have taken a broad range of measures"))
                .isEqualTo(1);
        assertThat(occurrences(text, "Few States reported on 2011/32")).isEqualTo(1);
        assertThat(occurrences(text, "States may wish to keep reporting")).isEqualTo(1);
        assertThat(occurrences(text, "Conclusions and recommendations")).isEqualTo(4);
        Rendered.assertAllFontsEmbedded(pdf);
    }

    @Test
    void docxIsEditableTextWithEveryChapter() throws IOException {
        byte[] docx = Rendered.render(Samples.sessionReport(), ReportFormat.DOCX, "session-report");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(Docx.text(document))
                    .contains(
                            "Contents",
                            "Progress in the implementation of resolutions on transnational organized crime")
                    .contains("(resolution 2013/38)", "(resolution 2011/32)", "(resolution 80/187)")
                    .contains(Samples.EXTRACT_AR, Samples.EXTRACT_ZH, Samples.EXTRACT_FR);
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
