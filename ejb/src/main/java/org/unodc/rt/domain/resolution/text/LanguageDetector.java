package org.unodc.rt.domain.resolution.text;

import java.util.Locale;
import java.util.Set;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Tells in which of the six official languages a resolution is written.
 * <p>
 * The script decides first: Arabic letters make Arabic, Chinese characters Chinese, Cyrillic letters Russian, when
 * they are the larger part of the letters (the cover page of every version has Latin symbols and "Distr.: General").
 * Among the texts in Latin letters, the function words of English, French and Spanish are counted ("the", "of";
 * "les", "des"; "los", "del"): the language whose words are the most frequent wins. Only the start of a long text is
 * read.
 */
public final class LanguageDetector {

    private static final int SAMPLE = 20_000;

    private static final Set<String> ENGLISH =
            Set.of("the", "of", "and", "to", "in", "its", "that", "with", "for", "on", "by", "which", "their", "as");
    private static final Set<String> FRENCH =
            Set.of("le", "les", "des", "du", "et", "à", "au", "aux", "sur", "dans", "une", "qui", "sa", "l", "d");
    private static final Set<String> SPANISH =
            Set.of("el", "los", "las", "del", "y", "por", "con", "una", "su", "sus", "al", "para", "lo");

    private LanguageDetector() {}

    /** The language of the text; English when nothing tells (an empty text, numbers only). */
    public static UnLanguage detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int arabic = 0;
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case ARABIC -> arabic++;
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> {}
            }
        }
        // Chinese uses a character per word, the other scripts several letters per word: weigh it accordingly
        int chinese = han * 3;
        int best = Math.max(Math.max(arabic, chinese), Math.max(cyrillic, latin));
        if (best == 0) {
            return UnLanguage.EN;
        }
        if (best == arabic) {
            return UnLanguage.AR;
        }
        if (best == chinese) {
            return UnLanguage.ZH;
        }
        if (best == cyrillic) {
            return UnLanguage.RU;
        }
        return latinLanguage(sample);
    }

    private static UnLanguage latinLanguage(String sample) {
        int en = 0;
        int fr = 0;
        int es = 0;
        for (String word : TextPatterns.NON_WORD.split(sample.toLowerCase(Locale.ROOT))) {
            if (ENGLISH.contains(word)) {
                en++;
            }
            if (FRENCH.contains(word)) {
                fr++;
            }
            if (SPANISH.contains(word)) {
                es++;
            }
        }
        if (fr > en && fr >= es) {
            return UnLanguage.FR;
        }
        if (es > en && es > fr) {
            return UnLanguage.ES;
        }
        return UnLanguage.EN;
    }
}
