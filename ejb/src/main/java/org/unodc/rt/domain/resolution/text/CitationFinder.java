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

    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\w/.\\-])(S-\\d{1,2}/\\d{1,3}|\\d{1,4}/\\d{1,3})(?![\\w/]|\\.\\d)");
    private static final int WINDOW = 200;

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
            while (m.find()) {
                if (forms.resolutionWordAfter != null) {
                    Matcher after = forms.resolutionWordAfter.matcher(
                            text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW)));
                    if (after.find()
                            && forms.resolutionWord.matcher(after.group(1)).matches()) {
                        found.add(m.group(1));
                    }
                    continue;
                }
                String original = text.substring(Math.max(0, m.start() - WINDOW), m.start());
                String before = original.toLowerCase(Locale.ROOT);
                int resolution = lastIndexOf(forms.resolutionWord, before);
                int decision = lastIndexOf(forms.decisionWord, before);
                if (resolution >= 0 && resolution > decision && !endsSentenceBetween(original, resolution)) {
                    found.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(found);
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
