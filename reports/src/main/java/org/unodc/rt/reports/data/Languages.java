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

    /**
     * The locale to write numbers and dates in for a language: the language's own words and order, with Western
     * digits. The UN writes its Arabic documents with them (the Arabic resolutions this was checked on hold thousands of
     * Western digits and not one Arabic-Indic digit), so pages, e-mails, workbooks and reports write "27/12/2026" and
     * "3 من 31", never "٢٧/١٢/٢٠٢٦" beside a "الفقرة 3" taken from a document.
     */
    public static Locale forFormatting(Locale language) {
        return new Locale.Builder()
                .setLocale(language)
                .setUnicodeLocaleKeyword("nu", "latn")
                .build();
    }

    /** "Arabic" for "ar": the "Original:" line of a document and the language notes of extracts. */
    public static String englishName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    }
}
