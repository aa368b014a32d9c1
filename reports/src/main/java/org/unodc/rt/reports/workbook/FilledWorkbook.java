package org.unodc.rt.reports.workbook;

import java.time.Instant;
import java.util.List;

/**
 * A return workbook as it came back: the return it says it is for, and each question's row as filled in.
 *
 * @param downloadedAt when it was downloaded (see {@link WorkbookData#downloadedAt()})
 */
public record FilledWorkbook(
        long returnId, long cycleId, String stateIso3, int returnVersion, Instant downloadedAt, List<Row> rows) {

    /**
     * @param rowNumber the row as the spreadsheet numbers it (from 1), to name it in a message
     * @param status the status's name ({@code IMPLEMENTED} …) whatever language its label was chosen in; null when
     *     the cell is empty
     * @param fingerprint the fingerprint written at download; null when the cell was emptied
     */
    public record Row(
            int rowNumber,
            long questionId,
            String status,
            String narrative,
            String measures,
            String legislation,
            String fingerprint) {}
}
