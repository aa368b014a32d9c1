package org.unodc.rt.search.analysis;

import java.util.List;
import java.util.Locale;

/**
 * The languages the index analyses specifically, and how a language tag maps to the suffix of the
 * per-language fields ({@code body_fr}, {@code title_zh}, …).
 */
public final class Languages {

    /** The six official UN languages, each with its own analyzer. */
    public static final List<String> UN = List.of("ar", "zh", "en", "fr", "ru", "es");

    /** Field suffix for every other language: analysed language-neutrally with ICU. */
    public static final String OTHER = "xx";

    /** All field suffixes: the six UN languages, then the fallback. */
    public static final List<String> SUFFIXES = List.of("ar", "zh", "en", "fr", "ru", "es", OTHER);

    private Languages() {}

    /**
     * Normalises a language tag to its ISO 639-1 base code: {@code "zh-CN"} and {@code "ZH_tw"} both
     * become {@code "zh"}. Returns {@code "und"} for a blank tag.
     */
    public static String normalize(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return "und";
        }
        String base = languageTag.strip().split("[-_]", 2)[0];
        return base.toLowerCase(Locale.ROOT);
    }

    /** The field suffix for a language: itself for a UN language, {@link #OTHER} otherwise. */
    public static String fieldSuffix(String languageTag) {
        String code = normalize(languageTag);
        return UN.contains(code) ? code : OTHER;
    }

    /** The suffix of a per-language field name, e.g. {@code "fr"} for {@code body_fr}. */
    public static String suffixOfField(String field) {
        int underscore = field.lastIndexOf('_');
        String suffix = underscore < 0 ? OTHER : field.substring(underscore + 1);
        return SUFFIXES.contains(suffix) ? suffix : OTHER;
    }
}
