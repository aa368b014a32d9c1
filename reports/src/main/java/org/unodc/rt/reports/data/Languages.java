package org.unodc.rt.reports.data;

import java.util.Locale;

/** What the reports need to know about a language: its direction and its English name. */
public final class Languages {

    private Languages() {}

    public static boolean isRightToLeft(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        return language.equals("ar") || language.equals("he") || language.equals("fa") || language.equals("ur");
    }

    /**
     * Whether a text of unknown language reads right to left: most of its letters are of a right-to-left script.
     * (The first letter alone would misread "UNODC يدعو …" as English.)
     */
    public static boolean looksRightToLeft(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(c);
        }
        return rtl > ltr;
    }

    /** "Arabic" for "ar": the "Original:" line of a document and the language notes of extracts. */
    public static String englishName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    }
}
