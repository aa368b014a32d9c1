package org.unodc.rt.reports.data;

import java.util.Objects;

/**
 * A passage from one accepted answer, quoted in the synthesis and attributed to its State.
 *
 * @param language BCP 47 tag of the text ("ar", "zh", "ru", "fr", "es", "en"): it decides the
 *     direction and alignment of the quotation
 */
public record Extract(String state, String text, String language) {

    public Extract {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(text, "text");
        language = language == null ? "en" : language;
    }

    public boolean isRightToLeft() {
        return Languages.isRightToLeft(language);
    }
}
