package org.unodc.rt.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * Bilingual word lists between English and each of the other five UN languages, for translating query words: FreeDict
 * (Arabic, French, Russian, Spanish) and CC-CEDICT (Chinese), converted at build time by {@code
 * src/build/build-dictionaries.mjs} into {@code translation/xx-en.tsv} and {@code en-xx.tsv} beside this class, with
 * their licences. English is the pivot between two other languages.
 *
 * <p>Headwords are looked up by their analysed form ({@link #key}), so an inflected query word finds its headword
 * ({@code стратегии} and {@code стратегия} have the same Russian stem); Chinese headwords are looked up as written,
 * since the query's words come from the same segmentation.
 *
 * <p>Immutable once loaded; loading reads some 300,000 headwords and takes about a second, so the shared instance is
 * made on first use.
 */
public final class Dictionaries {

    /** A translation and how much it is trusted (1 for a headword's first sense, less for later ones and via English). */
    public record Translation(String text, float weight) {}

    /** Headwords of up to this many tokens are recognised as phrases in a query. */
    public static final int MAX_PHRASE_TOKENS = 3;

    /** Translations kept per word and target language: enough for the usual senses, few enough to stay cheap. */
    public static final int MAX_TRANSLATIONS = 4;

    /** English words used as the pivot between two other languages, per source word. */
    private static final int PIVOT_SENSES = 6;

    private static final List<String> FOREIGN = List.of("ar", "zh", "fr", "ru", "es");
    private static final String PATH = "translation/";

    private final Function<String, Analyzer> analyzerBySuffix;
    private final Map<String, Map<String, String[]>> toEnglish = new HashMap<>();
    private final Map<String, Map<String, String[]>> fromEnglish = new HashMap<>();

    Dictionaries(Function<String, Analyzer> analyzerBySuffix) {
        this.analyzerBySuffix = analyzerBySuffix;
        for (String language : FOREIGN) {
            toEnglish.put(language, read(PATH + language + "-en.tsv", language));
            fromEnglish.put(language, read(PATH + "en-" + language + ".tsv", "en"));
        }
    }

    /** The key a headword or a query phrase is looked up by: its tokens in the language's analysis. */
    public static String key(String language, List<String> tokens) {
        return String.join("zh".equals(language) ? "" : " ", tokens);
    }

    /** Whether the dictionaries have the phrase (as {@link #key}) in a language. */
    public boolean knows(String language, String key) {
        if ("en".equals(language)) {
            return fromEnglish.values().stream().anyMatch(m -> m.containsKey(key));
        }
        Map<String, String[]> entries = toEnglish.get(language);
        return entries != null && entries.containsKey(key);
    }

    /**
     * The translations of a phrase (as {@link #key}) from one UN language into another, best first, at most {@value
     * #MAX_TRANSLATIONS}; through English when neither is English. Each sense weighs 1/(1 + its position), and a
     * translation through English the product of both steps.
     */
    public List<Translation> translate(String source, String key, String target) {
        if (source.equals(target)) {
            return List.of();
        }
        Map<String, Float> weights = new LinkedHashMap<>();
        if ("en".equals(source)) {
            collect(fromEnglish.get(target), key, 1f, weights);
        } else {
            String[] english = toEnglish.getOrDefault(source, Map.of()).get(key);
            if (english == null) {
                return List.of();
            }
            if ("en".equals(target)) {
                for (int i = 0; i < english.length; i++) {
                    weights.merge(english[i], 1f / (1 + i), Math::max);
                }
            } else {
                for (int i = 0; i < Math.min(PIVOT_SENSES, english.length); i++) {
                    String pivot =
                            key("en", LanguageAnalyzers.tokens(analyzerBySuffix.apply("en"), "body_en", english[i]));
                    collect(fromEnglish.get(target), pivot, 1f / (1 + i), weights);
                }
            }
        }
        return weights.entrySet().stream()
                .map(e -> new Translation(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Translation::weight).reversed())
                .limit(MAX_TRANSLATIONS)
                .toList();
    }

    private static void collect(Map<String, String[]> entries, String key, float weight, Map<String, Float> into) {
        String[] translations = entries == null ? null : entries.get(key);
        if (translations != null) {
            for (int i = 0; i < translations.length; i++) {
                into.merge(translations[i], weight / (1 + i), Math::max);
            }
        }
    }

    private Map<String, String[]> read(String resource, String headwordLanguage) {
        Analyzer analyzer = analyzerBySuffix.apply(headwordLanguage);
        Map<String, String[]> entries = new HashMap<>();
        try (InputStream in = Dictionaries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource
                        + ": the build converts it from the FreeDict and CC-CEDICT dictionaries"
                        + " (search-index/src/build/build-dictionaries.mjs)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String headword = line.substring(0, tab);
                String key = "zh".equals(headwordLanguage)
                        ? headword
                        : key(
                                headwordLanguage,
                                LanguageAnalyzers.tokens(analyzer, "body_" + headwordLanguage, headword));
                if (key.isEmpty()) {
                    continue;
                }
                String[] translations = line.substring(tab + 1).split("\\|");
                // Two headwords with one key (crime and crimes, زواج and الزواج): the one written as its key, the
                // plainest form, first.
                String[] before = entries.get(key);
                entries.put(
                        key,
                        before == null
                                ? translations
                                : headword.equals(key) ? concat(translations, before) : concat(before, translations));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String[] concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a));
        for (String s : b) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return all.toArray(String[]::new);
    }
}
