package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.search.DocumentType;

/** Attachments and library citations of answers: who may add and remove them, and when. */
class ReturnEvidenceTest {

    static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");
    static final String SHA = "a".repeat(64);

    ReportingCycle cycle;
    Question measures;
    ImplementationReturn peru;

    @BeforeEach
    void openCycle() {
        cycle = new ReportingCycle(
                new CommissionSession(35, 2026),
                "Reporting for the 35th session",
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 3, 31),
                NOW);
        measures = cycle.addQuestion(null, "Which measures has your State adopted?", true);
        cycle.publish(NOW);
        cycle.open(NOW);
        peru = new ImplementationReturn(cycle, "PER", "fp.peru", NOW);
    }

    ReturnAttachment attachPdf(ImplementationReturn aReturn) {
        return aReturn.attach(measures, "Ley 30077.pdf", "application/pdf", 2048, SHA, "key-1", "fp.peru", NOW);
    }

    void submit(ImplementationReturn aReturn) {
        aReturn.saveDraft(
                Map.of(measures, new AnswerContent(ImplementationStatus.IMPLEMENTED, "Ley 30077.", null, null)),
                "fp.peru",
                NOW);
        aReturn.submit(true, "fp.peru", Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aDraftTakesAnAttachmentRecordingWhoAndWhenWithoutChangingItsVersion() {
        int before = peru.version();

        ReturnAttachment attachment = attachPdf(peru);

        assertThat(attachment.fileName()).isEqualTo("Ley 30077.pdf");
        assertThat(attachment.mediaType()).isEqualTo("application/pdf");
        assertThat(attachment.size()).isEqualTo(2048);
        assertThat(attachment.uploadedBy()).isEqualTo("fp.peru");
        assertThat(attachment.uploadedAt()).isEqualTo(NOW);
        assertThat(attachment.question()).isSameAs(measures);
        assertThat(peru.updatedAt()).isEqualTo(NOW);
        assertThat(peru.version()).isEqualTo(before);
    }

    @Test
    void aSubmittedReturnTakesNoAttachmentAndLosesNone() {
        ReturnAttachment attachment = attachPdf(peru);
        submit(peru);

        assertThatThrownBy(() -> attachPdf(peru))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("read-only for the State");
        assertThatThrownBy(() -> peru.detach(attachment))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("read-only for the State");
    }

    @Test
    void afterAClarificationRequestTheStateMayAttachAndRemoveAgain() {
        ReturnAttachment first = attachPdf(peru);
        submit(peru);
        peru.comment(1, "Attach the decree as well.", "secretariat", NOW);
        peru.requestClarification("secretariat", NOW);

        peru.detach(first);
        assertThat(attachPdf(peru).fileName()).isEqualTo("Ley 30077.pdf");
    }

    @Test
    void aDisguisedFileIsRefusedByTheReturnToo() {
        assertThatThrownBy(() -> peru.attach(
                        measures,
                        "law.pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        100,
                        SHA,
                        "k",
                        "fp.peru",
                        NOW))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("Accepted: PDF, DOCX, ODT, PNG or JPEG");
    }

    @Test
    void anAttachmentOfAnotherReturnCannotBeRemovedThroughThisOne() {
        ImplementationReturn france = new ImplementationReturn(cycle, "FRA", "fp.france", NOW);
        ReturnAttachment french = france.attach(measures, "loi.pdf", "application/pdf", 10, SHA, "k", "fp.france", NOW);

        assertThatThrownBy(() -> peru.detach(french))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("That belongs to another return.");
    }

    @Test
    void aQuestionOfAnotherCycleTakesNoAttachment() {
        ReportingCycle other = new ReportingCycle(
                new CommissionSession(36, 2027), "Other", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 31), NOW);
        Question foreign = other.addQuestion(null, "Another question?", false);

        assertThatThrownBy(() -> peru.attach(foreign, "a.pdf", "application/pdf", 10, SHA, "k", "fp.peru", NOW))
                .hasMessage("That question belongs to another cycle's questionnaire.");
    }

    @Test
    void onlyTheStatesFocalPointsChangeAReturnWhileTheSecretariatReadsEveryOne() {
        assertThat(ReturnAccess.focalPointOf("PER").mayRead(peru)).isTrue();
        assertThat(ReturnAccess.focalPointOf("PER").mayChange(peru)).isTrue();
        assertThat(ReturnAccess.focalPointOf("FRA").mayRead(peru)).isFalse();
        assertThat(ReturnAccess.focalPointOf("FRA").mayChange(peru)).isFalse();
        assertThat(ReturnAccess.focalPointOf(null).mayRead(peru)).isFalse();
        assertThat(ReturnAccess.staffMember().mayRead(peru)).isTrue();
        assertThat(ReturnAccess.staffMember().mayChange(peru)).isFalse();
    }

    @Test
    void aPublishedDocumentOrATextTheStateDescribedCanBeCitedButNotAnotherUnpublishedOne() {
        LibraryDocument published =
                new LibraryDocument(DocumentType.LEGISLATION, "PER", "Ley 30077", List.of("es"), "secretariat", NOW);
        published.replaceText("Ley contra el crimen organizado");
        published.publish();
        LibraryDocument described =
                LibraryDocument.describedInReturn("PER", "Decreto 012-2019", 2019, null, "es", "fp.peru", NOW);
        LibraryDocument draftOfTheSecretariat =
                new LibraryDocument(DocumentType.LEGISLATION, "PER", "Proyecto", List.of("es"), "secretariat", NOW);
        LibraryDocument describedByFrance =
                LibraryDocument.describedInReturn("FRA", "Loi 2019-222", 2019, null, "fr", "fp.france", NOW);

        assertThat(peru.cite(measures, published, "fp.peru", NOW).document()).isSameAs(published);
        assertThat(peru.cite(measures, described, "fp.peru", NOW).citedBy()).isEqualTo("fp.peru");
        assertThatThrownBy(() -> peru.cite(measures, draftOfTheSecretariat, "fp.peru", NOW))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> peru.cite(measures, describedByFrance, "fp.peru", NOW))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void aDescribedTextIsUnpublishedLegislationOfTheStateMarkedForTheSecretariat() {
        LibraryDocument described = LibraryDocument.describedInReturn(
                "PER", "Decreto Supremo 012-2019-IN", 2019, "https://www.gob.pe/x", "es", "fp.peru", NOW);

        assertThat(described.published()).isFalse();
        assertThat(described.type()).isEqualTo(DocumentType.LEGISLATION);
        assertThat(described.country()).isEqualTo("PER");
        assertThat(described.year()).isEqualTo(2019);
        assertThat(described.sourceUrl()).isEqualTo("https://www.gob.pe/x");
        assertThat(described.tags(org.unodc.rt.domain.library.TagKind.KEYWORD))
                .containsExactly(LibraryDocument.DESCRIBED_IN_RETURN);
        assertThatThrownBy(() -> LibraryDocument.describedInReturn("PER", "X", 1200, null, "es", "fp.peru", NOW))
                .hasMessageContaining("1200");
    }
}
