package org.unodc.rt.domain.resolution.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters of lettered sub-paragraphs in the six languages, and their order: Latin (a), (b), (c) ... (English,
 * French, Spanish, Chinese, and most Russian texts), Russian а), б), в) ... (Cyrillic alphabet without ё, й, ъ, ы,
 * ь), Arabic (أ), (ب), (ج), (د), (هـ) ... (the abjad order), and roman numerals (i), (ii) ... A label is read as
 * the next one of the sequence being read: a Cyrillic а, с, е, о, р, х or у typed among Latin letters counts as the
 * Latin letter it looks like.
 */
final class SubLabels {

    /** A label as written, and the text after it. */
    record Label(String label, String text) {}

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String CYRILLIC = "\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u043A\u043B\u043C"
            + "\u043D\u043E\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044D\u044E\u044F";
    /** Cyrillic letters that look like Latin ones, and the Latin letter each looks like. */
    private static final String CYRILLIC_LOOKALIKES = "\u0430\u0441\u0435\u043E\u0440\u0445\u0443";

    private static final String LATIN_LOOKALIKES = "aceopxy";
    private static final String ABJAD = "\u0623\u0628\u062C\u062F\u0647\u0648\u0632\u062D\u0637\u064A\u0643\u0644"
            + "\u0645\u0646\u0633\u0639\u0641\u0635\u0642\u0631\u0634\u062A\u062B\u062E\u0630\u0636\u0638\u063A";
    private static final Pattern ROMAN = Pattern.compile("[ivx]{1,5}");

    /** Sequences are told apart by the hundreds of an ordinal: the place in the sequence is the rest. */
    private static final int LATIN_BASE = 0;

    private static final int CYRILLIC_BASE = 100;
    private static final int ABJAD_BASE = 200;
    private static final int ROMAN_BASE = 300;

    private SubLabels() {}

    static Label read(String line, Pattern pattern) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1) != null ? m.group(1) : m.group(3);
        String text = m.group(1) != null ? m.group(2) : m.group(4);
        // "هـ": the tatweel only lengthens the letter
        label = label.replace("\u0640", "").toLowerCase(java.util.Locale.ROOT);
        if (label.isEmpty()) {
            return null;
        }
        return new Label(label, text);
    }

    /**
     * The ordinal of {@code label} when it follows the item of ordinal {@code previous} (0: no item yet), or 0 when
     * it does not. The first letter of an alphabet ("a", "а", "أ") starts the items at any point; "i" only the first
     * item; a roman numeral follows any roman numeral (as in English, roman items inside lettered ones stay in their
     * item's text).
     */
    static int next(int previous, String label) {
        int[] candidates = candidates(label);
        for (int candidate : candidates) {
            if (previous > 0 && follows(previous, candidate)) {
                return candidate;
            }
        }
        for (int candidate : candidates) {
            boolean romanAfterRoman = candidate >= ROMAN_BASE && previous >= ROMAN_BASE;
            boolean firstLetter = candidate % 100 == 1 && candidate < ROMAN_BASE;
            boolean firstItem = previous == 0 && candidate % 100 == 1;
            if (romanAfterRoman || firstLetter || firstItem) {
                return candidate;
            }
        }
        return 0;
    }

    /** The next place among letters, whatever the alphabet ("а)" then "b)" in a Russian text); roman after roman. */
    private static boolean follows(int previous, int candidate) {
        boolean bothRoman = previous >= ROMAN_BASE && candidate >= ROMAN_BASE;
        boolean bothLetters = previous < ROMAN_BASE && candidate < ROMAN_BASE;
        return (bothRoman || bothLetters) && candidate % 100 == previous % 100 + 1;
    }

    private static int[] candidates(String label) {
        if (ROMAN.matcher(label).matches()) {
            int roman = roman(label);
            int latin = label.length() == 1 ? LATIN_BASE + LATIN.indexOf(label.charAt(0)) + 1 : 0;
            return latin > 0 ? new int[] {latin, ROMAN_BASE + roman} : new int[] {ROMAN_BASE + roman};
        }
        if (label.length() != 1) {
            // "aa" after "z"
            if (label.length() == 2 && label.charAt(0) == label.charAt(1) && LATIN.indexOf(label.charAt(0)) >= 0) {
                return new int[] {LATIN_BASE + 26 + LATIN.indexOf(label.charAt(0)) + 1};
            }
            return new int[0];
        }
        char c = label.charAt(0);
        int latin = LATIN.indexOf(c);
        if (latin >= 0) {
            return new int[] {LATIN_BASE + latin + 1};
        }
        int cyrillic = CYRILLIC.indexOf(c);
        if (cyrillic >= 0) {
            int lookalike = CYRILLIC_LOOKALIKES.indexOf(c);
            if (lookalike >= 0) {
                int asLatin = LATIN.indexOf(LATIN_LOOKALIKES.charAt(lookalike)) + 1;
                return new int[] {CYRILLIC_BASE + cyrillic + 1, LATIN_BASE + asLatin};
            }
            return new int[] {CYRILLIC_BASE + cyrillic + 1};
        }
        int abjad = ABJAD.indexOf(c == '\u0627' || c == '\u0625' ? '\u0623' : c);
        if (abjad >= 0) {
            return new int[] {ABJAD_BASE + abjad + 1};
        }
        return new int[0];
    }

    private static int roman(String s) {
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v =
                    switch (s.charAt(i)) {
                        case 'i' -> 1;
                        case 'v' -> 5;
                        default -> 10;
                    };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
