package org.unodc.rt.domain.returns;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.reports.workbook.ReturnWorkbook;

/**
 * What a workbook filled offline would change in a return's draft, answer by answer. An answer counts as edited
 * offline when it no longer says what it said when the workbook was downloaded (its fingerprint then); an answer
 * edited offline that was also changed online since the download is a conflict, shown both ways for the person to
 * choose. An answer left alone in the workbook never overwrites one changed online meanwhile.
 *
 * @param problems why the workbook cannot be applied to this return (questions added, removed or repeated)
 */
public record OfflineEdits(List<Change> changes, List<Conflict> conflicts, List<Explanation> problems) {

    /** Where the bundle of workbook texts is: {@code reports}' {@code text/workbook}. */
    public static final String WORKBOOK_TEXTS = ReturnWorkbook.BUNDLE;

    /**
     * One question's row of the workbook as it came back.
     *
     * @param row the spreadsheet's row number, to name it in a message
     * @param downloaded the fingerprint of the answer when the workbook was downloaded; null when unknown
     */
    public record Offline(int row, long questionId, AnswerContent content, String downloaded) {}

    /** An answer the workbook changes: the draft's now, and the workbook's. */
    public record Change(Question question, AnswerContent online, AnswerContent offline) {}

    /** An answer changed both online since the download and in the workbook, differently. */
    public record Conflict(
            Question question, AnswerContent online, AnswerContent offline, String changedBy, Instant changedAt) {}

    /** What the person chose for a conflict: the workbook's answer, or the one saved online. */
    public enum Choice {
        MINE,
        THEIRS
    }

    public OfflineEdits {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    /**
     * Compares a workbook's rows with the return's draft.
     *
     * @param downloadedAt when the workbook was downloaded: an answer last changed after it was changed online
     */
    public static OfflineEdits between(ImplementationReturn aReturn, List<Offline> rows, Instant downloadedAt) {
        List<Change> changes = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<Explanation> problems = new ArrayList<>();
        Map<Long, Question> questions = new LinkedHashMap<>();
        aReturn.cycle().questions().forEach(q -> questions.put(q.id(), q));
        Set<Long> seen = new HashSet<>();
        for (Offline row : rows) {
            Question question = questions.get(row.questionId());
            if (question == null) {
                problems.add(problem("problem.unknownQuestion", row.row(), row.questionId()));
                continue;
            }
            if (!seen.add(row.questionId())) {
                problems.add(problem("problem.duplicateQuestion", row.row()));
                continue;
            }
            AnswerContent online = aReturn.contentFor(question);
            if (!editedOffline(row, online) || row.content().saysTheSameAs(online)) {
                continue;
            }
            Optional<Answer> saved = aReturn.findAnswer(question);
            if (changedOnlineSince(saved, row, downloadedAt)) {
                conflicts.add(new Conflict(
                        question,
                        online,
                        row.content(),
                        saved.get().updatedBy(),
                        saved.get().updatedAt()));
            } else {
                changes.add(new Change(question, online, row.content()));
            }
        }
        questions.forEach((id, question) -> {
            if (!seen.contains(id)) {
                problems.add(problem("problem.missingQuestion", question.labelExplanation()));
            }
        });
        return new OfflineEdits(changes, conflicts, problems);
    }

    /** Edited in the workbook: it says something else than it did when downloaded (or than now, if that is unknown). */
    private static boolean editedOffline(Offline row, AnswerContent online) {
        return row.downloaded() == null
                ? !row.content().saysTheSameAs(online)
                : !row.content().fingerprint().equals(row.downloaded());
    }

    /** Saved online after the download, and no longer what was downloaded. */
    private static boolean changedOnlineSince(Optional<Answer> saved, Offline row, Instant downloadedAt) {
        if (saved.isEmpty()
                || saved.get().updatedAt() == null
                || !saved.get().updatedAt().isAfter(downloadedAt)) {
            return false;
        }
        return row.downloaded() == null || !saved.get().content().fingerprint().equals(row.downloaded());
    }

    /** The conflicts the person has not chosen for yet. */
    public List<Conflict> unresolved(Map<Long, Choice> choices) {
        return conflicts.stream()
                .filter(c -> !choices.containsKey(c.question().id()))
                .toList();
    }

    /**
     * The answers to save: every change, and the workbook's answer where the person chose it over the one saved
     * online. Only once every conflict has a choice.
     */
    public Map<Question, AnswerContent> toSave(Map<Long, Choice> choices) {
        if (!unresolved(choices).isEmpty()) {
            throw new IllegalStateException("Conflicts without a choice: " + unresolved(choices));
        }
        Map<Question, AnswerContent> save = new LinkedHashMap<>();
        changes.forEach(c -> save.put(c.question(), c.offline()));
        conflicts.stream()
                .filter(c -> choices.get(c.question().id()) == Choice.MINE)
                .forEach(c -> save.put(c.question(), c.offline()));
        return save;
    }

    private static Explanation problem(String key, Serializable... arguments) {
        return new Explanation(WORKBOOK_TEXTS, key, List.of(arguments));
    }
}
