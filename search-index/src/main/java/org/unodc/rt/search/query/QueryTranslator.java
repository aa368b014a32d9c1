package org.unodc.rt.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.unodc.rt.search.analysis.ConceptVocabulary;
import org.unodc.rt.search.analysis.Dictionaries;
import org.unodc.rt.search.analysis.Languages;
import org.unodc.rt.search.analysis.Terminology;

/**
 * Translates the words of a query into the other UN languages, structured: the query is cut into units (a term of
 * the {@link Terminology}, a phrase or word the {@link Dictionaries} know, or an unknown word), and each unit becomes
 * one clause that any of its translations satisfies. The single-word translations of a unit in one field form one
 * {@link SynonymQuery} (one blended term, so a word with six senses weighs no more than a word with one), weighted
 * by how far down the dictionary's senses each comes; phrases stay phrases. Every known unit must match (all but
 * one when there are four or more, since a dictionary misses a sense now and then), in whichever language.
 *
 * <p>The query's language is read from its script; for Latin script, English, French or Spanish, whichever knows
 * most of its words (all of those that tie).
 */
final class QueryTranslator {

    /** Weight of a word's own spelling, as opposed to a word the dictionary does not know (kept as typed). */
    private static final float UNKNOWN_WEIGHT = 0.5f;

    /** What was searched besides the words as typed: the language and its translated terms. */
    record Searched(String language, String terms) {}

    /** A query's translation: the query and, per other language, what it searched. */
    record Translated(Query query, List<Searched> searched) {}

    /** A token of the analysed query and the characters it came from. */
    record Tok(String term, int start, int end) {}

    /** A term of the terminology found in a token sequence, as token positions [from, to). */
    record ConceptSpan(String conceptId, int from, int to) {}

    private record Unit(String text, String conceptId, String key, List<String> tokens, boolean known) {}

    private final ConceptVocabulary vocabulary;
    private final Supplier<Dictionaries> dictionaries;
    private final BiFunction<String, String, List<Tok>> analyze;
    private final Map<String, List<String>> fieldsByLanguage;
    private final Function<String, Query> expansion;
    private final BiFunction<String, Query, Query> boosted;

    /**
     * @param analyze the tokens of a text in a language's analysis
     * @param fieldsByLanguage the searched title and body fields of each UN language
     * @param expansion a concept's query in every language (its tag in every field)
     * @param boosted a field's query with the field's weight
     */
    QueryTranslator(
            ConceptVocabulary vocabulary,
            Supplier<Dictionaries> dictionaries,
            BiFunction<String, String, List<Tok>> analyze,
            Map<String, List<String>> fieldsByLanguage,
            Function<String, Query> expansion,
            BiFunction<String, Query, Query> boosted) {
        this.vocabulary = vocabulary;
        this.dictionaries = dictionaries;
        this.analyze = analyze;
        this.fieldsByLanguage = fieldsByLanguage;
        this.expansion = expansion;
        this.boosted = boosted;
    }

    /**
     * The words in any UN language, or null when none is known to the terminology or the dictionaries.
     *
     * @param skipped languages not to translate into (the user dropped them)
     */
    Translated translate(String text, Set<String> skipped) {
        Map<String, List<Unit>> bySource = new LinkedHashMap<>();
        int best = 0;
        for (String source : sourceLanguages(text)) {
            List<Unit> units = units(source, text);
            int known = (int) units.stream().filter(Unit::known).count();
            if (known > best) {
                bySource.clear();
                best = known;
            }
            if (known == best && known > 0) {
                bySource.put(source, units);
            }
        }
        if (bySource.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Map<String, Set<String>> searched = new LinkedHashMap<>();
        bySource.forEach((source, units) -> any.add(query(source, units, skipped, searched), Occur.SHOULD));
        List<Searched> list = new ArrayList<>();
        searched.forEach((language, terms) -> {
            if (!terms.isEmpty()) {
                list.add(new Searched(language, String.join(", ", terms)));
            }
        });
        return new Translated(
                bySource.size() == 1 ? any.build().clauses().get(0).getQuery() : any.build(), list);
    }

    private Query query(String source, List<Unit> units, Set<String> skipped, Map<String, Set<String>> searched) {
        BooleanQuery.Builder known = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int knownCount = 0;
        for (Unit unit : units) {
            Query clause;
            if (unit.conceptId() != null) {
                clause = expansion.apply(unit.conceptId());
                Terminology.Concept concept =
                        vocabulary.terminology().concept(unit.conceptId()).orElseThrow();
                for (String target : Languages.UN) {
                    String term = concept.preferred(target);
                    if (!target.equals(source) && term != null) {
                        searched.computeIfAbsent(target, l -> new LinkedHashSet<>())
                                .add(term);
                    }
                }
            } else {
                clause = wordClause(source, unit, skipped, searched);
            }
            if (clause == null) {
                continue;
            }
            if (unit.known()) {
                known.add(clause, Occur.SHOULD);
                knownCount++;
            } else {
                all.add(clause, Occur.SHOULD);
            }
        }
        known.setMinimumNumberShouldMatch(Math.min(1, knownCount));
        all.add(known.build(), Occur.MUST);
        return all.build();
    }

    /** One source word or phrase in every language: its own tokens, and its translations elsewhere. */
    private Query wordClause(String source, Unit unit, Set<String> skipped, Map<String, Set<String>> searched) {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        boolean some = false;
        for (String target : Languages.UN) {
            Map<List<String>, Float> alternatives = new LinkedHashMap<>();
            if (target.equals(source)) {
                alternatives.put(unit.tokens(), 1f);
            } else if (skipped.contains(target)) {
                continue;
            } else if (unit.known()) {
                for (Dictionaries.Translation t : dictionaries.get().translate(source, unit.key(), target)) {
                    List<String> tokens = terms(target, t.text());
                    if (!tokens.isEmpty()) {
                        alternatives.merge(tokens, t.weight(), Math::max);
                        searched.computeIfAbsent(target, l -> new LinkedHashSet<>())
                                .add(t.text());
                    }
                }
            } else {
                // A name or an acronym (INTERPOL, HIV): as typed, in the other language's analysis.
                List<String> tokens = terms(target, unit.text());
                if (!tokens.isEmpty()) {
                    alternatives.put(tokens, UNKNOWN_WEIGHT);
                }
            }
            if (alternatives.isEmpty()) {
                continue;
            }
            for (String field : fieldsByLanguage.getOrDefault(target, List.of())) {
                anyLanguage.add(boosted.apply(field, alternatives(field, alternatives)), Occur.SHOULD);
                some = true;
            }
        }
        return some ? anyLanguage.build() : null;
    }

    /** The alternatives in one field: single words as one blended term, phrases beside it. */
    private static Query alternatives(String field, Map<List<String>, Float> alternatives) {
        SynonymQuery.Builder words = new SynonymQuery.Builder(field);
        List<Query> phrases = new ArrayList<>();
        boolean someWord = false;
        for (Map.Entry<List<String>, Float> alternative : alternatives.entrySet()) {
            List<String> tokens = alternative.getKey();
            float weight = Math.min(1f, alternative.getValue());
            if (tokens.size() == 1) {
                words.addTerm(new Term(field, tokens.get(0)), weight);
                someWord = true;
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                tokens.forEach(t -> phrase.add(new Term(field, t)));
                phrases.add(new BoostQuery(phrase.build(), weight));
            }
        }
        if (phrases.isEmpty()) {
            return words.build();
        }
        if (someWord) {
            phrases.add(words.build());
        }
        return phrases.size() == 1 ? phrases.get(0) : new DisjunctionMaxQuery(phrases, 0.1f);
    }

    private List<String> terms(String language, String text) {
        return analyze.apply(language, text).stream().map(Tok::term).toList();
    }

    /** The query cut into terms of the terminology, phrases and words of the dictionary, and other words. */
    private List<Unit> units(String source, String text) {
        List<Tok> tokens = analyze.apply(source, text);
        List<Unit> units = new ArrayList<>();
        List<ConceptSpan> concepts = concepts(source, tokens);
        int i = 0;
        int next = 0;
        while (i < tokens.size()) {
            if (next < concepts.size() && concepts.get(next).from() == i) {
                ConceptSpan c = concepts.get(next++);
                units.add(new Unit(surface(text, tokens, c.from(), c.to()), c.conceptId(), null, List.of(), true));
                i = c.to();
                continue;
            }
            int limit = next < concepts.size() ? concepts.get(next).from() : tokens.size();
            int n = Math.min(Dictionaries.MAX_PHRASE_TOKENS, limit - i);
            for (; n > 0; n--) {
                List<String> phrase =
                        tokens.subList(i, i + n).stream().map(Tok::term).toList();
                String key = Dictionaries.key(source, phrase);
                if (dictionaries.get().knows(source, key)) {
                    units.add(new Unit(surface(text, tokens, i, i + n), null, key, phrase, true));
                    break;
                }
            }
            if (n == 0) {
                Tok t = tokens.get(i);
                units.add(new Unit(surface(text, tokens, i, i + 1), null, t.term(), List.of(t.term()), false));
                n = 1;
            }
            i += n;
        }
        return units;
    }

    private static String surface(String text, List<Tok> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The terms of the terminology in a token sequence of one language: longest first, not overlapping. */
    List<ConceptSpan> concepts(String language, List<Tok> tokens) {
        List<ConceptSpan> found = new ArrayList<>();
        for (ConceptVocabulary.Variant v : vocabulary.variants(language)) {
            int n = v.tokens().size();
            for (int i = 0; i + n <= tokens.size(); i++) {
                if (matchesAt(tokens, i, v.tokens())) {
                    found.add(new ConceptSpan(v.conceptId(), i, i + n));
                }
            }
        }
        // Longest spans first, so "illicit trafficking in precious metals" is read as two concepts
        // and "trafic illicite de migrants" as smuggling, not as "trafic illicite".
        found.sort(Comparator.comparingInt((ConceptSpan c) -> c.to() - c.from()).reversed());
        List<ConceptSpan> chosen = new ArrayList<>();
        for (ConceptSpan m : found) {
            boolean overlaps = chosen.stream().anyMatch(c -> c.from() < m.to() && m.from() < c.to());
            boolean sameConcept = chosen.stream().anyMatch(c -> c.conceptId().equals(m.conceptId()));
            if (!overlaps && !sameConcept) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(ConceptSpan::from));
        return chosen;
    }

    private static boolean matchesAt(List<Tok> tokens, int at, List<String> wanted) {
        for (int k = 0; k < wanted.size(); k++) {
            if (!tokens.get(at + k).term().equals(wanted.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The languages a query may be in, from its letters: Arabic, Chinese, Russian, or the Latin-script three. */
    private static List<String> sourceLanguages(String text) {
        int arabic = 0;
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case ARABIC -> arabic++;
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> {}
            }
            i += Character.charCount(c);
        }
        int most = Math.max(Math.max(arabic, han), Math.max(cyrillic, latin));
        if (most == 0) {
            return List.of();
        }
        if (most == arabic) {
            return List.of("ar");
        }
        if (most == han) {
            return List.of("zh");
        }
        if (most == cyrillic) {
            return List.of("ru");
        }
        return List.of("en", "fr", "es");
    }
}
