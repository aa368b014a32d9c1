package org.unodc.rt.reports.data;

import java.util.Objects;

/** The operative paragraph of a resolution that asked for the report, quoted in the introduction. */
public record MandateQuote(String resolutionSymbol, int paragraphNumber, String text) {

    public MandateQuote {
        Objects.requireNonNull(resolutionSymbol, "resolutionSymbol");
        Objects.requireNonNull(text, "text");
    }
}
