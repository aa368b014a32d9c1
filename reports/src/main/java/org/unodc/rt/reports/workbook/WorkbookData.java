package org.unodc.rt.reports.workbook;

import java.time.Instant;
import java.util.List;

/**
 * What a return workbook holds: the return it comes from (checked again when it is uploaded) and one row per
 * question, worded in the reader's language.
 *
 * @param language the UN language the workbook is worded in (code)
 * @param returnVersion the return's version when it was downloaded
 * @param downloadedAt when it was downloaded: an answer changed online after it is shown both ways on upload
 */
public record WorkbookData(
        long returnId,
        long cycleId,
        String cycleTitle,
        String stateIso3,
        String stateName,
        int returnVersion,
        Instant downloadedAt,
        String language,
        List<Row> rows) {

    /**
     * One question and its current answer.
     *
     * @param position the question's number in the questionnaire
     * @param paragraph the operative paragraph it asks about, null for a question of the secretariat's own
     * @param status the implementation status's name ({@code IMPLEMENTED} …), null when none is given
     * @param fingerprint of the answer as downloaded, to tell on upload whether the row was edited offline
     */
    public record Row(
            long questionId,
            String section,
            int position,
            Integer paragraph,
            String question,
            String status,
            String narrative,
            String measures,
            String legislation,
            String fingerprint) {}
}
