package org.unodc.rt.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One passage of a language version, placed in the resolution's structure: a preambular paragraph by position, an
 * operative paragraph by its number, a sub-paragraph by its paragraph and position, a footnote by position.
 *
 * @param paragraph the preambular or footnote position (from 1) or the operative paragraph's number
 * @param sub       the sub-paragraph's position in its paragraph (from 1); 0 for every other part
 * @param label     as this language prints it: a preambular paragraph's opening phrase, an operative paragraph's
 *                  verb, a sub-paragraph's label ("أ", "a"), a footnote's marker; null when there is none
 */
@Embeddable
public record AlignedText(
        @Enumerated(EnumType.STRING) @Column(name = "part", length = 12, nullable = false) Part part,
        @Column(name = "paragraph", nullable = false) int paragraph,
        @Column(name = "sub", nullable = false) int sub,
        @Column(name = "label", length = 300) String label,
        @Column(name = "text", length = 20000, nullable = false) String text)
        implements java.io.Serializable {

    public enum Part {
        PREAMBLE,
        OPERATIVE,
        SUBPARAGRAPH,
        FOOTNOTE
    }

    boolean is(Part part, int paragraph, int sub) {
        return this.part == part && this.paragraph == paragraph && this.sub == sub;
    }
}
