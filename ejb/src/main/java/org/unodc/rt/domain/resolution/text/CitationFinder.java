package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of the resolutions a text recalls or cites: "General Assembly resolution 66/181",
 * "its resolution 2012/19", "Commission resolution 19/1", "resolutions 65/232 and 66/181".
 * <p>
 * A number counts when the word "resolution" comes shortly before it (and no "decision" in between), in the words of
 * the text's language ({@link LanguageForms}: "résolution 76/187", "القرار 76/187", "резолюцию 76/187",
 * "resolución 76/187"); Chinese writes the word after the number ("第76/187号决议", "第53/199号和第61/185号决议").
 * Numbers inside document symbols (E/2010/30, A/64/92-E/2009/98, CTOC/COP/2012/15) never count: they are preceded by
 * a slash.
 */
final class CitationFinder {

    /** A resolution number; special sessions "S-30/1" (with a non-breaking hyphen too; Arabic "دإ-30/1"). */
    /**
     * A resolution number: "66/181", "2012/19", special sessions "S-30/1" (with a non-breaking hyphen too; Arabic
     * "دإ-30/1"); and the numbers of the first sessions, "217 A (III)", "1566 (L)", Arabic "2200 ألف (د-21)".
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w/.\\-\u2010\u2011])(?:"
            + "((?:S|\u062F\u0625)[\\-\u2010\u2011]\\d{1,2}/\\d{1,3}|\\d{1,4}/\\d{1,3})(?![\\w/]|\\.\\d)"
            + "|(\\d{1,4})\\s?([A-H]|" + String.join("|", ArabicLetters.NAMES) + ")?\\s?"
            + "\\(\\s?([IVXL]{1,7}|\u062F\\s?[\\-\u2010\u2011]\\s?\\d{1,3})\\s?\\))");

    private static final Pattern SPECIAL_SESSION = Pattern.compile("^(?:S|\u062F\u0625)[\\-\u2010\u2011]");
    private static final int WINDOW = 200;
    private static final int LIST_GAP = 150;
    private static final Pattern LIST_BREAK = Pattern.compile("[;:\uFF1B\u061B\u3002()\\[\\]]");

    private CitationFinder() {}

    static List<String> find(Iterable<String> texts) {
        return find(texts, LanguageForms.of(null));
    }

    static List<String> find(Iterable<String> texts, LanguageForms forms) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = NUMBER.matcher(text);
            int listEnd = -1;
            while (m.find()) {
                if (forms.resolutionWordAfter != null) {
                    Matcher after = forms.resolutionWordAfter.matcher(
                            text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW)));
                    if (after.find()
                            && forms.resolutionWord.matcher(after.group(1)).matches()) {
                        found.add(number(m));
                    }
                    continue;
                }
                String original = text.substring(Math.max(0, m.start() - WINDOW), m.start());
                String before = original.toLowerCase(Locale.ROOT);
                int resolution = lastIndexOf(forms.resolutionWord, before);
                int decision = lastIndexOf(forms.decisionWord, before);
                boolean cited = resolution >= 0 && resolution > decision && !endsSentenceBetween(original, resolution);
                if (cited || continuesList(text, listEnd, m.start(), forms)) {
                    found.add(number(m));
                    listEnd = m.end();
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The number as the English text writes it: "S-30/1", "217 A (III)", "2200 A (XXI)" for "2200 ألف (د-21)". */
    private static String number(Matcher m) {
        if (m.group(1) != null) {
            return SPECIAL_SESSION.matcher(m.group(1)).replaceFirst("S-");
        }
        String letter = m.group(3) == null ? "" : " " + ArabicLetters.latin(m.group(3));
        String session = m.group(4);
        if (session.charAt(0) == '\u062F') {
            session = roman(Integer.parseInt(session.replaceAll("\\D", "")));
        }
        return m.group(2) + letter + " (" + session + ")";
    }

    private static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return n <= 0 || n >= 100 ? String.valueOf(n) : tens[n / 10] + units[n % 10];
    }

    /** The Arabic names of the letters that tell apart resolutions adopted together ("217 ألف" is "217 A"). */
    private static final class ArabicLetters {
        static final List<String> NAMES = List.of(
                "\u0623\u0644\u0641",
                "\u0628\u0627\u0621",
                "\u062C\u064A\u0645",
                "\u062F\u0627\u0644",
                "\u0647\u0627\u0621",
                "\u0648\u0627\u0648",
                "\u0632\u0627\u064A",
                "\u062D\u0627\u0621");

        static String latin(String letter) {
            int i = NAMES.indexOf(letter);
            return i >= 0 ? String.valueOf((char) ('A' + i)) : letter;
        }
    }

    /**
     * "resolutions 62/46 of 5 December 2007, 65/74 of 8 December 2010, ... and 75/70 of 7 December 2020": a number
     * close after a cited one, with no "decision", semicolon or sentence end between, is cited too (the dates of the
     * list can take the word out of the window, in Arabic or Spanish sooner than in English).
     */
    private static boolean continuesList(String text, int previousEnd, int start, LanguageForms forms) {
        if (previousEnd < 0 || start - previousEnd > LIST_GAP) {
            return false;
        }
        String gap = text.substring(previousEnd, start);
        return !forms.decisionWord.matcher(gap.toLowerCase(Locale.ROOT)).find()
                && LIST_BREAK.matcher(gap).find() == false
                && !endsSentenceBetween(gap, 0);
    }

    private static int lastIndexOf(Pattern word, String text) {
        Matcher m = word.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** "... resolution 5/5. The Assembly ... 2012" : a full stop between the word and the number breaks the link. */
    private static boolean endsSentenceBetween(String before, int from) {
        for (int i = from; i < before.length() - 1; i++) {
            if (before.charAt(i) == '.'
                    && before.charAt(i + 1) == ' '
                    && i + 2 < before.length()
                    && Character.isUpperCase(before.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }
}
