package org.unodc.rt.reports.data;

import java.util.List;
import java.util.Objects;

/**
 * The answers of a return that concern one resolution.
 *
 * @param resolutionSymbol how the resolution is named ("E/RES/2013/38", or the title of one without a number); empty
 *     for the secretariat's own questions
 * @param resolutionTitle its title; empty when the symbol already is the title
 */
public record ReturnSection(String resolutionSymbol, String resolutionTitle, List<Answer> answers) {

    public ReturnSection {
        Objects.requireNonNull(resolutionSymbol, "resolutionSymbol");
        Objects.requireNonNull(resolutionTitle, "resolutionTitle");
        answers = List.copyOf(answers);
    }
}
