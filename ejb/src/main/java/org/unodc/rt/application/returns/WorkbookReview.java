package org.unodc.rt.application.returns;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.OfflineEdits;

/**
 * A filled workbook set against the return's draft, as the upload page and the API show it: the answers it changes,
 * the answers changed both online and offline (with the person's choice, if made) and why it cannot be taken.
 *
 * @param applied whether the changes were saved (never on a dry run, nor while a conflict has no choice)
 */
public record WorkbookReview(
        boolean applied, List<ChangeView> changes, List<ConflictView> conflicts, List<Explanation> problems)
        implements Serializable {

    /** An answer's fields; the status by name ({@code IMPLEMENTED} …). */
    public record Fields(String status, String narrative, String measures, String legislation, String language)
            implements Serializable {

        static Fields of(AnswerContent content) {
            return new Fields(
                    content.status() == null ? null : content.status().name(),
                    content.narrative(),
                    content.measures(),
                    content.legislation(),
                    content.language());
        }
    }

    /** An answer the workbook changes: as saved now, and as the workbook has it. */
    public record ChangeView(Long questionId, Explanation question, Fields before, Fields after)
            implements Serializable {}

    /**
     * An answer changed online after the workbook was downloaded, and differently in the workbook.
     *
     * @param online as saved online, by {@code changedBy} at {@code changedAt}
     * @param workbook as the workbook has it
     * @param choice "mine" (the workbook's) or "theirs" (the one saved online); null until chosen
     */
    public record ConflictView(
            Long questionId,
            Explanation question,
            Fields online,
            Fields workbook,
            String changedBy,
            Instant changedAt,
            String choice)
            implements Serializable {}

    public WorkbookReview {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    static WorkbookReview refused(List<Explanation> problems) {
        return new WorkbookReview(false, List.of(), List.of(), problems);
    }

    static WorkbookReview of(OfflineEdits edits, java.util.Map<Long, OfflineEdits.Choice> choices, boolean applied) {
        return new WorkbookReview(
                applied,
                edits.changes().stream()
                        .map(c -> new ChangeView(
                                c.question().id(),
                                c.question().labelExplanation(),
                                Fields.of(c.online()),
                                Fields.of(c.offline())))
                        .toList(),
                edits.conflicts().stream()
                        .map(c -> new ConflictView(
                                c.question().id(),
                                c.question().labelExplanation(),
                                Fields.of(c.online()),
                                Fields.of(c.offline()),
                                c.changedBy(),
                                c.changedAt(),
                                choices.containsKey(c.question().id())
                                        ? choices.get(c.question().id()).name().toLowerCase(Locale.ROOT)
                                        : null))
                        .toList(),
                edits.problems());
    }

    /** Whether some conflict still waits for the person's choice. */
    public boolean waitsForChoices() {
        return conflicts.stream().anyMatch(c -> c.choice() == null);
    }
}
