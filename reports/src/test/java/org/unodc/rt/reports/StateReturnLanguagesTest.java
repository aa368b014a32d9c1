package org.unodc.rt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unodc.rt.reports.data.ReturnStatus;
import org.unodc.rt.reports.data.StateReturnData.Audience;

/** A State's return read in each UN language: its words, its dates, and for Arabic its direction. */
class StateReturnLanguagesTest {

    @Test
    void anArabicReaderGetsTheReturnInArabicLaidOutRightToLeft() {
        byte[] pdf = Rendered.render(
                Samples.stateReturn(ReturnStatus.SUBMITTED, Audience.STATE, "ar"), ReportFormat.PDF, "return-ar");

        String text = Rendered.pdfText(pdf);
        assertThat(text)
                .contains("دورة الإبلاغ", "الوصف السردي", "التدابير المتخذة", "الإقرار", "المرفقات")
                .contains("منفذ", "لم يرد رد", "مقدم")
                .contains("لجنة منع الجريمة والعدالة الجنائية", "فيينا")
                // The symbol inside an Arabic heading keeps its characters in order.
                .contains("E/RES/2013/38")
                .contains(Samples.EXTRACT_AR_WORD)
                .doesNotContain("Narrative", "Measures taken", "Operative paragraph", "Status", "Submitted");
        // A4 is 595 points wide with margins of 56: labels end where the English labels start, mirrored (36 points in);
        // an English answer still starts
        // at the left one.
        assertThat(Rendered.lineEnd(pdf, "الحالة")).isGreaterThan(495f);
        assertThat(Rendered.lineStart(pdf, "The Convention was used")).isLessThan(70f);
        // The Arabic answer, written by the State in Arabic, is not marked as a translation; the English one is.
        assertThat(text).contains("[الأصل: الإنجليزية]");
        Rendered.assertAllFontsEmbedded(pdf);
    }

    @Test
    void theEnglishReaderSeesWhichAnswersWereWrittenInAnotherLanguage() {
        byte[] pdf = Rendered.render(
                Samples.stateReturn(ReturnStatus.SUBMITTED, Audience.STATE, "en"), ReportFormat.PDF, "return-en");

        assertThat(Rendered.pdfText(pdf)).contains("[Original: Arabic]").doesNotContain("[Original: English]");
        assertThat(Rendered.lineStart(pdf, "Reporting cycle")).isLessThan(100f);
        assertThat(Rendered.lineEnd(pdf, "Reporting cycle")).isLessThan(530f);
    }

    @Test
    void anArabicWordDocumentHasRightToLeftParagraphs() throws IOException {
        byte[] docx = Rendered.render(
                Samples.stateReturn(ReturnStatus.DRAFT, Audience.STATE, "ar"), ReportFormat.DOCX, "return-ar");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(Docx.text(document)).contains("الوصف السردي", Samples.EXTRACT_AR);
            assertThat(document.getDocument().xmlText()).contains("<w:rtl/>");
            assertThat(document.getHeaderList())
                    .anyMatch(header -> header.getText().contains("مسودة"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "zh, 说明, 已采取的措施, 2026年1月20日",
        "fr, Exposé, Mesures prises, 20 janvier 2026",
        "ru, Описание, Принятые меры, 20 января 2026",
        "es, Exposición, Medidas adoptadas, 20 de enero de 2026"
    })
    void everyLanguageHasItsLabelsAndDates(String language, String narrative, String measures, String date) {
        byte[] pdf = Rendered.render(
                Samples.stateReturn(ReturnStatus.SUBMITTED, Audience.STATE, language),
                ReportFormat.PDF,
                "return-" + language);

        assertThat(Rendered.pdfText(pdf))
                .contains(narrative, measures, date)
                .doesNotContain("Narrative", "Measures taken");
        Rendered.assertAllFontsEmbedded(pdf);
    }

    @Test
    void theSecretariatsOwnQuestionsAreNumberedAsQuestionsUnderGeneralQuestions() {
        org.unodc.rt.reports.data.StateReturnData data = oneAnswer(
                "مصر",
                "دورة الإبلاغ للدورة الخامسة والثلاثين",
                "",
                "",
                "ما التدابير التي اتخذتها دولتكم؟",
                "اعتمدت مصر القانون رقم 64 لسنة 2010.",
                "ar",
                "ar");

        String text = Rendered.pdfText(Rendered.render(data, ReportFormat.PDF, "return-ar-general"));

        assertThat(text).contains("أسئلة عامة", "السؤال 1").doesNotContain("من المنطوق", "[الأصل");
    }

    @Test
    void aDraftResolutionWithoutANumberIsNamedByItsTitleOnce() {
        String title = "Strengthening international cooperation against illicit financial flows";
        org.unodc.rt.reports.data.StateReturnData data = oneAnswer(
                "Peru",
                "Reporting cycle for the thirty-fifth session",
                title,
                "", // the read model leaves the title out where it is the label already (ReturnView.Section)
                "What has your State done to implement paragraph 1?",
                "Ley N.º 30077.",
                "es",
                "en");

        String text = Rendered.pdfText(Rendered.render(data, ReportFormat.PDF, "return-en-unnumbered"));

        assertThat(text).contains(title).doesNotContain("(resolution Strengthening");
    }

    /** A draft return with one section of one answer, for the reader of {@code language}. */
    private static org.unodc.rt.reports.data.StateReturnData oneAnswer(
            String state,
            String cycle,
            String resolutionSymbol,
            String resolutionTitle,
            String question,
            String narrative,
            String answerLanguage,
            String language) {
        return new org.unodc.rt.reports.data.StateReturnData(
                state,
                cycle,
                Samples.SESSION,
                ReturnStatus.DRAFT,
                null,
                null,
                null,
                java.util.List.of(new org.unodc.rt.reports.data.ReturnSection(
                        resolutionSymbol,
                        resolutionTitle,
                        java.util.List.of(new org.unodc.rt.reports.data.Answer(
                                1, question, null, narrative, null, null, java.util.List.of(), answerLanguage, null)))),
                Audience.STATE,
                language);
    }

    /** A language file that lacks a key would fail the document at the first answer that needs it. */
    @Test
    void everyLanguageHasEveryText() throws IOException {
        Properties english = load("state-return.properties");
        for (String language : new String[] {"ar", "zh", "fr", "ru", "es"}) {
            Properties other = load("state-return_" + language + ".properties");
            assertThat(other.stringPropertyNames())
                    .as(language)
                    .containsAll(english.stringPropertyNames().stream()
                            .filter(k -> !k.startsWith("name."))
                            .toList());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                StateReturnLanguagesTest.class.getResourceAsStream("/org/unodc/rt/reports/text/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
