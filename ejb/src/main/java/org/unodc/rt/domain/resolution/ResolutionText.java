package org.unodc.rt.domain.resolution;

import java.util.List;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * A resolution's text in one language, laid on its one structure: each passage in that language where the
 * resolution holds it, otherwise the reference text, marked ({@link Passage#fallback()}).
 *
 * @param language the language asked for
 * @param title    null when the resolution has none in any language
 */
public record ResolutionText(
        UnLanguage language, Passage title, List<Clause> preamble, List<Paragraph> operative, List<Note> footnotes)
        implements java.io.Serializable {

    /** @param opening the opening phrase in the passage's language ("Recalling", "Rappelant"); may be null */
    public record Clause(String opening, Passage text) implements java.io.Serializable {}

    /** @param verb the opening verb in the passage's language ("Requests", "Prie") */
    public record Paragraph(int number, String verb, Passage text, List<Sub> subparagraphs)
            implements java.io.Serializable {}

    public record Sub(String label, Passage text) implements java.io.Serializable {}

    public record Note(String marker, Passage text) implements java.io.Serializable {}

    /** The operative paragraph with that number. */
    public Paragraph paragraph(int number) {
        return operative.stream()
                .filter(p -> p.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No operative paragraph " + number));
    }
}
