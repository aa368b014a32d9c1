package org.unodc.rt.domain.resolution.text;

import java.util.List;
import java.util.regex.Pattern;

/** Turns the raw lines of a paragraph into its text. */
final class ParagraphText {

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private ParagraphText() {}

    /**
     * Joins lines with a space; a line ending in a hyphen after a letter is joined without one when the next line
     * starts in lower case ("money-" + "laundering" gives "money-laundering").
     */
    static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            int len = sb.length();
            boolean hyphenated = len >= 2
                    && sb.charAt(len - 1) == '-'
                    && Character.isLetter(sb.charAt(len - 2))
                    && Character.isLowerCase(line.charAt(0));
            if (len > 0 && !hyphenated) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** Collapses white space and removes italics marks, keeping everything else as written. */
    static String clean(String text) {
        String t = text.indexOf('*') >= 0 ? text.replace("*", "") : text;
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return stripUnbalancedClosingQuote(t);
    }

    /** Collapses white space only (the italics marks help find the verb). */
    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The last paragraph of a draft nested in quotation marks ends with the closing mark of the whole draft
     * ("... of the present resolution.”", French "... de la question. »"): it is not part of the paragraph.
     */
    static String stripUnbalancedClosingQuote(String t) {
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '\u201D') {
            long open = t.chars().filter(c -> c == '\u201C').count();
            long close = t.chars().filter(c -> c == '\u201D').count();
            if (close > open) {
                return t.substring(0, t.length() - 1).strip();
            }
        } else if (last == '\u00BB') {
            long open = t.chars().filter(c -> c == '\u00AB').count();
            long close = t.chars().filter(c -> c == '\u00BB').count();
            if (close > open) {
                return t.substring(0, t.length() - 1).strip();
            }
        } else if (last == '"') {
            long quotes = t.chars().filter(c -> c == '"').count();
            if (quotes % 2 == 1) {
                return t.substring(0, t.length() - 1).strip();
            }
        }
        return t;
    }
}
