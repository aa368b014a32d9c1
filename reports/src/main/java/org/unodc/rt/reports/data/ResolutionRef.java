package org.unodc.rt.reports.data;

import java.util.Objects;

/**
 * How a report names a resolution: by its number ("resolution 2013/38"), else by its document symbol (a draft,
 * "draft resolution E/CN.15/2019/L.5"), else by its title; never by an invented symbol.
 *
 * @param number "2013/38"; null when the resolution has none (yet)
 * @param symbol "E/RES/2013/38", "E/CN.15/2019/L.5"; null when unknown
 * @param draft whether the text is a draft, not yet adopted
 */
public record ResolutionRef(String number, String symbol, String title, AdoptingOrgan organ, boolean draft) {

    public ResolutionRef {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organ, "organ");
        number = blankToNull(number);
        symbol = blankToNull(symbol);
    }

    /** "resolution 2013/38", "draft resolution E/CN.15/2019/L.5", or "the resolution entitled “…”". */
    public String reference() {
        if (number != null) {
            return (draft ? "draft resolution " : "resolution ") + number;
        }
        if (symbol != null) {
            return (draft ? "draft resolution " : "resolution ") + symbol;
        }
        return (draft ? "the draft resolution" : "the resolution") + " entitled \u201C" + title + "\u201D";
    }

    /** "Economic and Social Council resolution 2013/38"; for a resolution known by title only, its reference. */
    public String fullReference() {
        return number != null || symbol != null ? organ.fullName() + " " + reference() : reference();
    }

    /** "resolution 2013/38, entitled “…”", in a sentence after "its"; a title only once. */
    public String referenceWithTitle() {
        return number != null || symbol != null ? reference() + ", entitled \u201C" + title + "\u201D" : reference();
    }

    /** The short name for captions and column headings: "2013/38", the symbol, or the title. */
    public String shortName() {
        return number != null ? number : symbol != null ? symbol : title;
    }

    /** Whether the reference already holds the title (a resolution known by title only). */
    public boolean namedByTitle() {
        return number == null && symbol == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
