package org.unodc.rt.reports.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.unodc.rt.reports.SpreadsheetText;

/**
 * Report 4: the reporting cycle at a glance, States × questions with statuses and dates, for the
 * secretariat to sort and filter in a spreadsheet.
 */
public record CycleMatrixData(
        String cycle, Session session, LocalDate deadline, List<Question> questions, List<Row> rows)
        implements ReportData {

    /** A column: one operative paragraph of one resolution. */
    public record Question(String resolutionSymbol, int paragraphNumber) {

        public Question {
            Objects.requireNonNull(resolutionSymbol, "resolutionSymbol");
        }

        /** Column heading, e.g. "2013/38 ¶ 3". */
        public String label() {
            int slash = resolutionSymbol.indexOf("RES/");
            String shortSymbol = slash >= 0 ? resolutionSymbol.substring(slash + 4) : resolutionSymbol;
            return shortSymbol + " ¶ " + paragraphNumber;
        }
    }

    /**
     * One State.
     *
     * @param statuses one per question, in the order of {@code questions}
     */
    public record Row(
            String state,
            RegionalGroup group,
            ReturnStatus returnStatus,
            LocalDate submitted,
            LocalDate accepted,
            List<ImplementationStatus> statuses) {

        public Row {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(returnStatus, "returnStatus");
            statuses = List.copyOf(statuses);
        }
    }

    /** The same matrix with every text a user typed (cycle title, State names) safe in a spreadsheet cell. */
    public CycleMatrixData neutralised() {
        List<Row> safeRows = rows.stream()
                .map(r -> new Row(
                        SpreadsheetText.neutralise(r.state()),
                        r.group(),
                        r.returnStatus(),
                        r.submitted(),
                        r.accepted(),
                        r.statuses()))
                .toList();
        return new CycleMatrixData(SpreadsheetText.neutralise(cycle), session, deadline, questions, safeRows);
    }

    public CycleMatrixData {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(session, "session");
        questions = List.copyOf(questions);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.statuses().size() != questions.size()) {
                throw new IllegalArgumentException(row.state() + " has "
                        + row.statuses().size() + " statuses for " + questions.size() + " questions");
            }
        }
    }
}
