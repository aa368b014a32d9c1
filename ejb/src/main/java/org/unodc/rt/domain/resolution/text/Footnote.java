package org.unodc.rt.domain.resolution.text;

import java.util.Objects;

/**
 * A footnote.
 *
 * @param marker "1", "2", ... (superscript digits are normalised to ASCII) or "*" for the asterisk notes of the masthead
 * @param text   the footnote text without its marker
 */
public record Footnote(String marker, String text) implements java.io.Serializable {
    public Footnote {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(text, "text");
    }
}
