package org.unodc.rt.reports.layout;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.unodc.rt.reports.data.CycleMatrixData;
import org.unodc.rt.reports.data.ImplementationStatus;

/**
 * One cell of the cycle matrix as the crosstab reads it: the State's columns repeated on every
 * cell (the crosstab nests them as row groups) and one question's status.
 *
 * @param question index of the question column, which orders the columns
 */
public record MatrixCell(
        String state,
        String group,
        String returnStatus,
        String submitted,
        String accepted,
        int question,
        String status) {

    /** The cells of the matrix, row by row, produced as the crosstab reads them. */
    public static Iterator<MatrixCell> cells(CycleMatrixData data) {
        return data.rows().stream()
                .flatMap(row -> IntStream.range(0, data.questions().size())
                        .mapToObj(q -> new MatrixCell(
                                row.state(),
                                row.group().label(),
                                row.returnStatus().label(),
                                iso(row.submitted()),
                                iso(row.accepted()),
                                q,
                                row.statuses().get(q).code())))
                .iterator();
    }

    public static String legend() {
        return "Key: "
                + Arrays.stream(ImplementationStatus.values())
                        .map(s -> s.code() + " = " + s.label().toLowerCase(Locale.ENGLISH))
                        .collect(Collectors.joining("; "));
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
