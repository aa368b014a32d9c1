package org.unodc.rt.application.returns;

import static org.unodc.rt.domain.account.Role.ADMIN_NAME;
import static org.unodc.rt.domain.account.Role.CONTRIBUTOR_NAME;
import static org.unodc.rt.domain.account.Role.FOCAL_POINT_NAME;
import static org.unodc.rt.domain.account.Role.OBSERVER_NAME;
import static org.unodc.rt.domain.account.Role.SECRETARIAT_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ImplementationStatus;
import org.unodc.rt.domain.returns.OfflineEdits;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.files.AttachmentFiles;
import org.unodc.rt.infrastructure.files.StagedUpload;
import org.unodc.rt.reports.workbook.FilledWorkbook;
import org.unodc.rt.reports.workbook.ReturnWorkbook;
import org.unodc.rt.reports.workbook.WorkbookData;
import org.unodc.rt.reports.workbook.WorkbookRefused;

/**
 * Working offline: a return as an Excel workbook to fill in, and a filled workbook set against the draft and applied.
 * The upload is staged like an attachment (size limit, type from its bytes, deleted whatever happens) and read
 * defensively ({@link ReturnWorkbook#read}); its changes are saved through {@link ReturnDrafting#saveDraft}, so who
 * may save which answer is decided there, as for the editor.
 */
@Stateless
@AuditRefusals
public class ReturnWorkbooks {

    /** A filled workbook of a few hundred long answers is well under a megabyte. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A workbook to download. */
    public record Download(String fileName, byte[] content) {}

    @Inject
    CallerReturns reach;

    @Inject
    ReturnDrafting drafting;

    @Inject
    MemberStates states;

    @Inject
    Clock clock;

    /**
     * The return as a workbook in the caller's language, recording the return's version and the moment of the
     * download, against which an upload tells answers changed online meanwhile.
     */
    @RolesAllowed({SECRETARIAT_NAME, ADMIN_NAME, FOCAL_POINT_NAME, CONTRIBUTOR_NAME, OBSERVER_NAME})
    public Download download(@NotNull Long returnId) {
        ImplementationReturn aReturn = reach.readable(returnId, "RETURN_READ");
        UnLanguage reader = reach.readerLanguage();
        ReturnView view = reach.view(aReturn);
        Instant now = Instant.now(clock);
        List<WorkbookData.Row> rows = new ArrayList<>();
        for (ReturnView.Section section : view.sections()) {
            for (ReturnView.AnswerView a : section.answers()) {
                AnswerContent content = new AnswerContent(
                        a.status() == null ? null : ImplementationStatus.valueOf(a.status()),
                        a.narrative(),
                        a.measures(),
                        a.legislation(),
                        a.language());
                rows.add(new WorkbookData.Row(
                        a.questionId(),
                        section.resolutionLabel(),
                        a.position(),
                        a.paragraphNumber(),
                        a.question(),
                        a.status(),
                        a.narrative(),
                        a.measures(),
                        a.legislation(),
                        content.fingerprint()));
            }
        }
        byte[] workbook = ReturnWorkbook.write(new WorkbookData(
                view.id(),
                view.cycleId(),
                view.cycleTitle(),
                view.stateIso3(),
                states.nameOf(view.stateIso3(), reader),
                view.version(),
                now,
                reader.code(),
                rows));
        String fileName = "return-" + view.stateIso3() + "-cycle-" + view.cycleId() + "-v" + view.version() + "-"
                + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".xlsx";
        return new Download(fileName, workbook);
    }

    /**
     * Sets a filled workbook against the return's draft. On a dry run, or while a conflict has no choice, nothing is
     * saved; otherwise the changes, and the workbook's answer where the person chose it, are saved as one draft save.
     * A workbook with problems changes nothing.
     *
     * @param choices for each conflict (by question id), which answer to keep
     */
    @RolesAllowed(FOCAL_POINT_NAME)
    public WorkbookReview upload(
            @NotNull Long returnId,
            @NotNull InputStream content,
            boolean dryRun,
            @NotNull Map<Long, OfflineEdits.Choice> choices) {
        ImplementationReturn aReturn = reach.changeable(returnId, "WORKBOOK_UPLOAD");
        aReturn.requireEditableByState();
        FilledWorkbook filled;
        try (StagedUpload upload = AttachmentFiles.receive(returnId, content, MAX_BYTES)) {
            if (upload.tooLarge()) {
                return WorkbookReview.refused(List.of(problem("problem.tooLarge", MAX_BYTES / (1024 * 1024))));
            }
            if (upload.detectedType().toLowerCase(Locale.ROOT).contains("macroenabled")) {
                return WorkbookReview.refused(List.of(problem("problem.macros")));
            }
            filled = ReturnWorkbook.read(upload.path());
        } catch (WorkbookRefused refused) {
            return WorkbookReview.refused(refused.problems().stream()
                    .map(p -> new Explanation(ReturnWorkbook.BUNDLE, p.key(), p.arguments()))
                    .toList());
        }
        if (filled.returnId() != aReturn.id()
                || filled.cycleId() != aReturn.cycle().id()
                || !aReturn.stateIso3().equals(filled.stateIso3())) {
            return WorkbookReview.refused(List.of(problem(
                    "problem.otherReturn",
                    filled.returnId(),
                    String.valueOf(filled.stateIso3()),
                    filled.cycleId(),
                    aReturn.stateIso3(),
                    aReturn.cycle().id())));
        }
        List<Explanation> problems = new ArrayList<>();
        List<OfflineEdits.Offline> rows = new ArrayList<>();
        for (FilledWorkbook.Row row : filled.rows()) {
            try {
                rows.add(new OfflineEdits.Offline(
                        row.rowNumber(),
                        row.questionId(),
                        new AnswerContent(
                                row.status() == null ? null : ImplementationStatus.valueOf(row.status()),
                                row.narrative(),
                                row.measures(),
                                row.legislation()),
                        row.fingerprint()));
            } catch (InvalidValue invalid) {
                problems.add(problem("problem.invalidAnswer", row.rowNumber(), invalid.explanation()));
            }
        }
        OfflineEdits edits = OfflineEdits.between(aReturn, rows, filled.downloadedAt());
        problems.addAll(edits.problems());
        if (!problems.isEmpty()) {
            return WorkbookReview.refused(problems);
        }
        WorkbookReview review = WorkbookReview.of(edits, choices, false);
        if (dryRun || review.waitsForChoices()) {
            return review;
        }
        Map<org.unodc.rt.domain.cycle.Question, AnswerContent> save = edits.toSave(choices);
        if (!save.isEmpty()) {
            drafting.saveDraft(
                    returnId,
                    aReturn.version(),
                    save.entrySet().stream()
                            .map(e -> new AnswerInput(
                                    e.getKey().id(),
                                    e.getValue().status(),
                                    e.getValue().narrative(),
                                    e.getValue().measures(),
                                    e.getValue().legislation(),
                                    null))
                            .toList());
        }
        return WorkbookReview.of(edits, choices, true);
    }

    private static Explanation problem(String key, Serializable... arguments) {
        return new Explanation(ReturnWorkbook.BUNDLE, key, List.of(arguments));
    }
}
