package org.unodc.rt.domain.resolution.text;

import java.util.Objects;

/**
 * A preambular paragraph.
 *
 * @param opening the opening phrase as written, e.g. "Recalling", "Recalling also", "Greatly concerned",
 *                "Taking note with appreciation"
 * @param text    the whole paragraph (opening phrase included) without footnote markers or italics marks
 */
public record PreambleParagraph(String opening, String text) implements java.io.Serializable {
    public PreambleParagraph {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(text, "text");
    }
}
