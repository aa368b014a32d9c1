package org.unodc.rt.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emphasis of plain texts: UN documents in the library print the action verb of an operative paragraph in italics
 * ({@code *Invites*}), and their text keeps it as asterisks around the words. Pages show it as {@code <em>}, never as
 * the asterisks themselves.
 */
public final class Emphasis {

    /**
     * An asterisk that opens (not after a letter, before a non-blank) up to one that closes (after a non-blank, not
     * before a letter), on one line. Tags in between ({@code <mark>} of a highlighted word) stay inside.
     */
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{N}*])\\*(?=[^\\s*])([^*\\n]{1,300}?)(?<=[^\\s*])\\*(?![\\p{L}\\p{N}*])");

    private Emphasis() {}

    /** An HTML-escaped text with each {@code *emphasised*} span as {@code <em>}; other asterisks stay as they are. */
    public static String toHtml(String escaped) {
        if (escaped == null || escaped.indexOf('*') < 0) {
            return escaped;
        }
        return EMPHASIS.matcher(escaped).replaceAll(m -> "<em>" + Matcher.quoteReplacement(m.group(1)) + "</em>");
    }

    /** A plain text as HTML: escaped, with its emphasis as {@code <em>}. */
    public static String plainTextToHtml(String text) {
        return text == null ? null : toHtml(HitReader.escapeHtml(text));
    }

    /**
     * The same for an extract cut out of a longer text: an asterisk left without its pair is the other half of an
     * emphasis the cut went through ({@code …vites* Member States}), and is dropped.
     */
    public static String extractToHtml(String escaped) {
        String html = toHtml(escaped);
        return html == null ? null : html.replace("*", "");
    }
}
