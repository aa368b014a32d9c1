package org.unodc.rt.reports.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataRecordsTest {

    @Test
    void sessionsAreSpelledAsInUnDocuments() {
        assertThat(session(35).title()).isEqualTo("Thirty-fifth session");
        assertThat(session(24).title()).isEqualTo("Twenty-fourth session");
        assertThat(session(30).title()).isEqualTo("Thirtieth session");
        assertThat(session(12).title()).isEqualTo("Twelfth session");
        assertThat(session(101).title()).isEqualTo("One hundred and first session");
        assertThat(DocumentDates.range(LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 22)))
                .isEqualTo("18–22 May 2026");
        assertThat(DocumentDates.range(LocalDate.of(2026, 5, 30), LocalDate.of(2026, 6, 2)))
                .isEqualTo("30 May–2 June 2026");
    }

    private static Session session(int ordinal) {
        return new Session(
                "Commission on Crime Prevention and Criminal Justice",
                "Economic and Social Council",
                ordinal,
                2026,
                null,
                null,
                "Vienna");
    }

    @Test
    void questionLabelsUseTheShortSymbol() {
        assertThat(new CycleMatrixData.Question("E/RES/2013/38", 3).label()).isEqualTo("2013/38 ¶ 3");
        assertThat(new CycleMatrixData.Question("A/RES/80/187", 9).label()).isEqualTo("80/187 ¶ 9");
    }

    @Test
    void arabicIsRightToLeftAndNamedInEnglish() {
        assertThat(Languages.isRightToLeft("ar")).isTrue();
        assertThat(Languages.isRightToLeft("zh")).isFalse();
        assertThat(Languages.englishName("ru")).isEqualTo("Russian");
    }

    @Test
    void paragraphCountsDefaultToZeroAndRepliesExcludeNoReply() {
        ParagraphFindings p = new ParagraphFindings(
                1,
                "Encourages Member States …",
                Map.of(
                        ImplementationStatus.IMPLEMENTED,
                        4,
                        ImplementationStatus.NOT_APPLICABLE,
                        1,
                        ImplementationStatus.NO_REPLY,
                        3),
                List.of());
        assertThat(p.count(ImplementationStatus.IN_PROGRESS)).isZero();
        assertThat(p.replies()).isEqualTo(5);
    }

    @Test
    void aMatrixRowMustHaveOneStatusPerParagraph() {
        assertThatThrownBy(() -> new ResolutionFindings(
                        new ResolutionRef(
                                "2013/38", "E/RES/2013/38", "Title", AdoptingOrgan.ECONOMIC_AND_SOCIAL_COUNCIL, false),
                        new MandateQuote(8, "Requests …"),
                        1,
                        List.of(new RegionalReplies(RegionalGroup.AFRICAN, 1, 1)),
                        List.of(new ParagraphFindings(1, "…", Map.of(), List.of())),
                        "",
                        List.of("Egypt"),
                        List.of(new MatrixRow("Egypt", RegionalGroup.AFRICAN, List.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Egypt");
        assertThatThrownBy(() -> new RegionalReplies(RegionalGroup.AFRICAN, 5, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResolutionIsNamedByItsNumberElseItsSymbolElseItsTitleNeverAsADraftOfNothing() {
        AdoptingOrgan ecosoc = AdoptingOrgan.ECONOMIC_AND_SOCIAL_COUNCIL;
        assertThat(new ResolutionRef("2013/38", "E/RES/2013/38", "T", ecosoc, false).fullReference())
                .isEqualTo("Economic and Social Council resolution 2013/38");
        ResolutionRef draft =
                new ResolutionRef(null, "E/CN.15/2019/L.5", "Precious metals", AdoptingOrgan.COMMISSION, true);
        assertThat(draft.reference()).isEqualTo("draft resolution E/CN.15/2019/L.5");
        assertThat(draft.shortName()).isEqualTo("E/CN.15/2019/L.5");
        ResolutionRef untitled = new ResolutionRef(" ", null, "Precious metals", AdoptingOrgan.COMMISSION, true);
        assertThat(untitled.reference()).isEqualTo("the draft resolution entitled \u201CPrecious metals\u201D");
        assertThat(untitled.referenceWithTitle()).isEqualTo(untitled.reference());
        assertThat(untitled.shortName()).isEqualTo("Precious metals");
    }

    @Test
    void theReportingEntityIsTheOneTheRequestNames() {
        assertThat(ReportingEntity.ofReporter("Executive Director")).isEqualTo(ReportingEntity.EXECUTIVE_DIRECTOR);
        assertThat(ReportingEntity.ofReporter("the Secretary-General")).isEqualTo(ReportingEntity.SECRETARY_GENERAL);
        assertThat(ReportingEntity.ofReporter("UNODC").documentType()).isEqualTo("Note by the Secretariat");
        assertThat(ReportingEntity.ofReporter(null)).isEqualTo(ReportingEntity.SECRETARIAT);
    }

    @Test
    void onlyUnsubmittedReturnsAreDrafts() {
        assertThat(ReturnStatus.DRAFT.isSubmitted()).isFalse();
        assertThat(ReturnStatus.NOT_STARTED.isSubmitted()).isFalse();
        assertThat(ReturnStatus.RESUBMITTED.isSubmitted()).isTrue();
    }
}
