package org.unodc.rt.domain.resolution.text;

import java.util.regex.Pattern;

/** Small patterns shared by the cleaners, compiled once. */
final class TextPatterns {

    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern ROMAN = Pattern.compile("[ivx]{1,5}");
    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}]+");
    static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}-]+");
    static final Pattern CALL_PARTICLE = Pattern.compile("^(?:upon|on|to)\\s+");
    static final Pattern TO = Pattern.compile("^to\\s+");
    static final Pattern TRAILING_UPON = Pattern.compile(" (?:up)?on$");
    static final Pattern SPONSOR_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
    static final Pattern DIGIT_PARENTHESIS = Pattern.compile("(\\d)\\(");
    static final Pattern NOTE_MARKS = Pattern.compile("[" + FootnoteExtractor.SUPERSCRIPT_DIGITS + "\u2020\u2021]+");

    private TextPatterns() {}

    /** Runs of white space become one space. */
    static String oneSpace(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ");
    }
}
