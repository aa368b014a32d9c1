package org.unodc.rt.search.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * The terms of the {@link Terminology} as their analysed token sequences per language (so {@code
 * "blanchiment d'argent"} is {@code [blanchiment, argent]} in French analysis). Indexing uses it to
 * tag each occurrence of a term with its concept ({@link #tag}); the query parser uses it to
 * recognise terms in what the user typed.
 */
public final class ConceptVocabulary {

    /** One wording of a concept in one language, as tokens. */
    public record Variant(String conceptId, List<String> tokens) {}

    private final Terminology terminology;
    private final Map<String, List<Variant>> byLanguage = new HashMap<>();
    private final Map<String, Map<String, List<Variant>>> byFirstToken = new HashMap<>();
    private int maxLength = 1;

    ConceptVocabulary(Terminology terminology, Function<String, Analyzer> analyzerBySuffix) {
        this.terminology = terminology;
        for (Terminology.Concept concept : terminology.concepts()) {
            concept.terms().forEach((language, terms) -> {
                if (!Languages.UN.contains(language)) {
                    return;
                }
                for (String term : terms) {
                    List<String> tokens =
                            LanguageAnalyzers.tokens(analyzerBySuffix.apply(language), "body_" + language, term);
                    if (!tokens.isEmpty()) {
                        Variant v = new Variant(concept.id(), tokens);
                        byLanguage
                                .computeIfAbsent(language, l -> new ArrayList<>())
                                .add(v);
                        byFirstToken
                                .computeIfAbsent(language, l -> new HashMap<>())
                                .computeIfAbsent(tokens.get(0), t -> new ArrayList<>())
                                .add(v);
                        maxLength = Math.max(maxLength, tokens.size());
                    }
                }
            });
        }
        // Longest wording first, so "trafic illicite de migrants" wins over "trafic illicite".
        byFirstToken.values().forEach(m -> m.values()
                .forEach(l ->
                        l.sort(Comparator.comparingInt((Variant v) -> v.tokens().size())
                                .reversed())));
    }

    /**
     * The token indexed at the position of a term, in every UN-language field, for its concept:
     * {@code #money-laundering}. No analyzer produces a token starting with {@code #}, so it cannot
     * collide with a word.
     */
    public static String tag(String conceptId) {
        return "#" + conceptId;
    }

    public Terminology terminology() {
        return terminology;
    }

    public List<Variant> variants(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    Map<String, List<Variant>> byFirstToken(String language) {
        return byFirstToken.getOrDefault(language, Map.of());
    }

    int maxLength() {
        return maxLength;
    }
}
