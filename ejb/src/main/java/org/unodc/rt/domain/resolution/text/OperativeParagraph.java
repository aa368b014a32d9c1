package org.unodc.rt.domain.resolution.text;

import java.util.List;
import java.util.Objects;

/**
 * An operative paragraph.
 *
 * @param number        the paragraph number; an unnumbered paragraph (a single-paragraph resolution, or a number
 *                      lost in extraction) gets the previous number plus one
 * @param verb          the opening phrase as written, without italics marks: "Encourages", "Calls upon",
 *                      "Also requests", "Expresses its appreciation", "Notes with appreciation" ...
 * @param addressees    canonical addressees of the opening verb when it directs someone; empty for verbs such as
 *                      Welcomes, Notes, Decides
 * @param addresseeText the raw addressee phrase, or null when there is none
 * @param directives    further directives in trailing clauses (", and invites Member States to ...")
 * @param text          the paragraph text (opening phrase included, number excluded) without footnote markers; when
 *                      the paragraph has sub-paragraphs this is the introductory part only
 * @param subparagraphs lettered sub-paragraphs, in order
 */
public record OperativeParagraph(
        int number,
        String verb,
        List<Addressee> addressees,
        String addresseeText,
        List<Directive> directives,
        String text,
        List<SubParagraph> subparagraphs)
        implements java.io.Serializable {
    public OperativeParagraph {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(text, "text");
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        directives = directives == null ? List.of() : List.copyOf(directives);
        subparagraphs = subparagraphs == null ? List.of() : List.copyOf(subparagraphs);
    }

    /** The full text: the introductory part followed by the sub-paragraphs, as one string. */
    String fullText() {
        if (subparagraphs.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (SubParagraph sub : subparagraphs) {
            sb.append(" (").append(sub.label()).append(") ").append(sub.text());
        }
        return sb.toString();
    }
}
