package org.unodc.rt.reports.data;

import java.util.List;
import java.util.Objects;

/**
 * One State's line in the annex table of States × paragraphs.
 *
 * @param statuses one per paragraph, in the order of the report's paragraphs
 */
public record MatrixRow(String state, RegionalGroup group, List<ImplementationStatus> statuses) {

    public MatrixRow {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(group, "group");
        statuses = List.copyOf(statuses);
    }
}
