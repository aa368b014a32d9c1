package org.unodc.rt.reports.data;

import java.util.List;
import java.util.Objects;

/**
 * Everything a report of the Secretary-General says about one resolution: the mandate, the replies,
 * the measures reported per operative paragraph, the conclusions, and the annexes. The report on one
 * resolution has one of these; the consolidated session report has one per resolution.
 *
 * @param mandate the paragraph that asked for a report at this session; null when the resolution asks for none then
 *     (an older request is never quoted as if it were the one answered)
 * @param conclusions written by the secretariat in the platform; paragraphs separated by blank lines
 * @param statesReplied the States whose replies were received, for the annex list
 * @param matrix one row per State asked, statuses in the order of {@code paragraphs}
 */
public record ResolutionFindings(
        ResolutionRef resolution,
        MandateQuote mandate,
        int statesAsked,
        List<RegionalReplies> replies,
        List<ParagraphFindings> paragraphs,
        String conclusions,
        List<String> statesReplied,
        List<MatrixRow> matrix) {

    public ResolutionFindings {
        Objects.requireNonNull(resolution, "resolution");
        replies = List.copyOf(replies);
        paragraphs = List.copyOf(paragraphs);
        conclusions = conclusions == null ? "" : conclusions;
        statesReplied = List.copyOf(statesReplied);
        matrix = List.copyOf(matrix);
        for (MatrixRow row : matrix) {
            if (row.statuses().size() != paragraphs.size()) {
                throw new IllegalArgumentException(row.state() + " has "
                        + row.statuses().size() + " statuses for " + paragraphs.size() + " paragraphs");
            }
        }
    }

    /** The same findings with other conclusions (the session report takes each resolution's own). */
    public ResolutionFindings withConclusions(String text) {
        return new ResolutionFindings(
                resolution, mandate, statesAsked, replies, paragraphs, text, statesReplied, matrix);
    }

    public int statesReplying() {
        return replies.stream().mapToInt(RegionalReplies::replied).sum();
    }
}
