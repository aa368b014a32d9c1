package org.unodc.rt.domain.resolution.text;

import java.util.Objects;

/**
 * A lettered (or roman-numbered) sub-paragraph of an operative paragraph.
 *
 * @param label "a", "b", ... (without parentheses)
 * @param text  the sub-paragraph text as written, without footnote markers
 */
public record SubParagraph(String label, String text) implements java.io.Serializable {
    public SubParagraph {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
