package org.unodc.rt.reports.data;

import java.util.List;
import java.util.Objects;

/** The answers of a return that concern one resolution. */
public record ReturnSection(String resolutionSymbol, String resolutionTitle, List<Answer> answers) {

    public ReturnSection {
        Objects.requireNonNull(resolutionSymbol, "resolutionSymbol");
        Objects.requireNonNull(resolutionTitle, "resolutionTitle");
        answers = List.copyOf(answers);
    }
}
