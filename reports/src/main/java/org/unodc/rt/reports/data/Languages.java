package org.unodc.rt.reports.data;

import java.util.Locale;

/** What the reports need to know about a language: its direction and its English name. */
public final class Languages {

    private Languages() {}

    public static boolean isRightToLeft(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        return language.equals("ar") || language.equals("he") || language.equals("fa") || language.equals("ur");
    }

    /** "Arabic" for "ar": the "Original:" line of a document and the language notes of extracts. */
    public static String englishName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    }
}
