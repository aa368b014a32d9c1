package org.unodc.rt.application.returns;

import java.util.List;

/** States × questions: the implementation status each State reported, in question order. */
public record StatusMatrix(List<String> questions, List<Row> rows) {

    public record Row(String iso3, String stateName, String regionalGroup, List<String> statuses) {}
}
