package org.unodc.rt.reports.data;

import java.util.Objects;

/** The operative paragraph of a resolution that asked for the report at this session, quoted in the introduction. */
public record MandateQuote(int paragraphNumber, String text) {

    public MandateQuote {
        Objects.requireNonNull(text, "text");
    }
}
