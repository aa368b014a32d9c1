package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.Entities;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.cycle.CycleFixtures;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.OfflineEdits.Choice;
import org.unodc.rt.domain.returns.OfflineEdits.Offline;

/**
 * A workbook downloaded at 10:00, filled offline, uploaded later: which answers it changes, which were changed online
 * meanwhile too.
 */
class OfflineEditsTest {

    static final Instant BEFORE = Instant.parse("2026-01-20T09:00:00Z");
    static final Instant DOWNLOADED = Instant.parse("2026-01-20T10:00:00Z");
    static final Instant AFTER = Instant.parse("2026-01-20T11:00:00Z");

    static final AnswerContent LEY = new AnswerContent(ImplementationStatus.IN_PROGRESS, "Ley 30077.", null, null);
    static final AnswerContent LEY_EN_VIGOR =
            new AnswerContent(ImplementationStatus.IMPLEMENTED, "Ley 30077, en vigor.", null, "Ley 30077");
    static final AnswerContent DECRETO =
            new AnswerContent(ImplementationStatus.PARTIALLY_IMPLEMENTED, "Decreto 012-2019.", null, null);

    ReportingCycle cycle;
    Question measures;
    Question experience;
    ImplementationReturn aReturn;

    @BeforeEach
    void draft() {
        cycle = CycleFixtures.draftCycle();
        measures = Entities.with(cycle.addQuestion(null, "Which measures has your State adopted?", true), "id", 11L);
        experience = Entities.with(cycle.addQuestion(null, "Which experience can your State share?", false), "id", 12L);
        cycle.publish(CycleFixtures.NOW);
        cycle.open(CycleFixtures.NOW);
        aReturn = new ImplementationReturn(cycle, "PER", "fp.peru", CycleFixtures.NOW);
        aReturn.saveDraft(Map.of(measures, LEY), "fp.peru", BEFORE);
    }

    /** The workbook as downloaded: each row with the answer saved then, and its fingerprint. */
    private static Offline row(int row, Question question, AnswerContent now, AnswerContent downloaded) {
        return new Offline(row, question.id(), now, downloaded.fingerprint());
    }

    private OfflineEdits upload(Offline... rows) {
        return OfflineEdits.between(aReturn, List.of(rows), DOWNLOADED);
    }

    @Test
    void anAnswerEditedOfflineIsAChangeAndOneLeftAloneIsNot() {
        OfflineEdits edits = upload(
                row(2, measures, LEY_EN_VIGOR, LEY), row(3, experience, AnswerContent.EMPTY, AnswerContent.EMPTY));

        assertThat(edits.problems()).isEmpty();
        assertThat(edits.conflicts()).isEmpty();
        assertThat(edits.changes()).containsExactly(new OfflineEdits.Change(measures, LEY, LEY_EN_VIGOR));
        assertThat(edits.toSave(Map.of())).containsExactly(Map.entry(measures, LEY_EN_VIGOR));
    }

    @Test
    void anAnswerChangedOnlineButLeftAloneOfflineKeepsTheOnlineText() {
        aReturn.saveDraft(Map.of(measures, DECRETO), "fp.peru.2", AFTER);

        OfflineEdits edits =
                upload(row(2, measures, LEY, LEY), row(3, experience, AnswerContent.EMPTY, AnswerContent.EMPTY));

        assertThat(edits.changes()).isEmpty();
        assertThat(edits.conflicts()).isEmpty();
        assertThat(edits.toSave(Map.of())).isEmpty();
    }

    @Test
    void anAnswerChangedBothWaysIsAConflictUntilThePersonChooses() {
        aReturn.saveDraft(Map.of(measures, DECRETO), "fp.peru.2", AFTER);

        OfflineEdits edits = upload(
                row(2, measures, LEY_EN_VIGOR, LEY),
                row(
                        3,
                        experience,
                        new AnswerContent(ImplementationStatus.NOT_STARTED, "Nada aún.", null, null),
                        AnswerContent.EMPTY));

        assertThat(edits.conflicts())
                .containsExactly(new OfflineEdits.Conflict(measures, DECRETO, LEY_EN_VIGOR, "fp.peru.2", AFTER));
        assertThat(edits.changes()).extracting(OfflineEdits.Change::question).containsExactly(experience);
        assertThat(edits.unresolved(Map.of())).hasSize(1);

        assertThat(edits.toSave(Map.of(11L, Choice.MINE)))
                .containsOnlyKeys(measures, experience)
                .containsEntry(measures, LEY_EN_VIGOR);
        assertThat(edits.toSave(Map.of(11L, Choice.THEIRS))).containsOnlyKeys(experience);
    }

    @Test
    void theSameEditMadeOnlineAndOfflineIsNoConflict() {
        aReturn.saveDraft(Map.of(measures, LEY_EN_VIGOR), "fp.peru.2", AFTER);

        OfflineEdits edits = upload(
                row(2, measures, LEY_EN_VIGOR, LEY), row(3, experience, AnswerContent.EMPTY, AnswerContent.EMPTY));

        assertThat(edits.changes()).isEmpty();
        assertThat(edits.conflicts()).isEmpty();
    }

    @Test
    void anAnswerSavedBeforeTheDownloadIsNoConflictEvenIfTheWorkbookLostItsFingerprint() {
        OfflineEdits edits = upload(
                new Offline(2, 11L, LEY_EN_VIGOR, null), row(3, experience, AnswerContent.EMPTY, AnswerContent.EMPTY));

        assertThat(edits.conflicts()).isEmpty();
        assertThat(edits.changes()).containsExactly(new OfflineEdits.Change(measures, LEY, LEY_EN_VIGOR));
    }

    @Test
    void lineEndsDoNotMakeAnAnswerEdited() {
        AnswerContent twoLines =
                new AnswerContent(ImplementationStatus.IN_PROGRESS, "Ley 30077.\r\nDecreto 2019.", null, null);
        aReturn.saveDraft(Map.of(measures, twoLines), "fp.peru", BEFORE);

        OfflineEdits edits = upload(
                row(
                        2,
                        measures,
                        new AnswerContent(ImplementationStatus.IN_PROGRESS, "Ley 30077.\nDecreto 2019.", null, null),
                        twoLines),
                row(3, experience, AnswerContent.EMPTY, AnswerContent.EMPTY));

        assertThat(edits.changes()).isEmpty();
    }

    @Test
    void questionsAddedRepeatedOrRemovedAreProblems() {
        OfflineEdits edits = upload(
                row(2, measures, LEY_EN_VIGOR, LEY),
                new Offline(3, 99L, AnswerContent.EMPTY, null),
                new Offline(4, 11L, AnswerContent.EMPTY, null));

        assertThat(edits.problems().stream().map(Explanation::english))
                .containsExactly(
                        "Row 3: question id 99 is not a question of this return. Download the workbook again.",
                        "Row 4 repeats the question of an earlier row.",
                        "The row of question 2 is missing: rows cannot be removed from the workbook.");
        assertThat(edits.problems().get(2).text(Locale.forLanguageTag("es")))
                .isEqualTo("Falta la fila de la pregunta 2: no se pueden suprimir filas del libro.");
    }
}
