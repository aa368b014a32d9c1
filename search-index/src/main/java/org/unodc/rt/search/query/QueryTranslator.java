package org.unodc.rt.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
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
 * the {@link Terminology}, a phrase or word the {@link Dictionaries} know, a name or number, or another word), and each
 * unit becomes one clause that any of its translations satisfies. The single-word translations of a unit in one field
 * form one {@link SynonymQuery} (one blended term, so a word with six senses weighs no more than a word with one),
 * weighted by how far down the dictionary's senses each comes; phrases stay phrases. One matching unit suffices (a
 * dictionary misses senses, a text says things its own way); a document that matches more ranks higher.
 *
 * <p>The query's language is read from its script; Latin script is read as English, French and Spanish, and the
 * longest known units win, then those of the language that knows most of the query.
 */
final class QueryTranslator {

    /** Weight of a name, an acronym or a number searched as typed in the other languages. */
    private static final float UNKNOWN_WEIGHT = 0.5f;

    /** Pieces of a query translated: a longer query searches the rest in its own language only. */
    static final int MAX_TRANSLATED_UNITS = 8;

    /**
     * Weight of a dictionary's translation beside the word as typed and the terms of the terminology: a word list
     * gives every sense of a word, the terminology the one the field uses.
     */
    private static final float DICTIONARY_WEIGHT = 0.5f;

    /** What was searched besides the words as typed: the language and its translated terms. */
    record Searched(String language, String terms) {}

    /** A query's translation: the query and, per other language, what it searched. */
    record Translated(Query query, List<Searched> searched) {}

    /** A token of the analysed query and the characters it came from. */
    record Tok(String term, int start, int end) {}

    /** A term of the terminology found in a token sequence, as token positions [from, to). */
    record ConceptSpan(String conceptId, int from, int to) {}

    /** A piece of the query as one language reads it: a concept, a dictionary phrase or word, or an unknown word. */
    private record Unit(
            String source,
            String text,
            int start,
            int end,
            String conceptId,
            String key,
            List<String> tokens,
            boolean known) {}

    private final ConceptVocabulary vocabulary;
    private final Supplier<Dictionaries> dictionaries;
    private final BiFunction<String, String, List<Tok>> analyze;
    private final Map<String, List<String>> fieldsByLanguage;
    private final BiFunction<String, Set<String>, Query> expansion;
    private final BiFunction<String, Query, Query> boosted;

    /**
     * @param analyze the tokens of a text in a language's analysis
     * @param fieldsByLanguage the searched title and body fields of each UN language
     * @param expansion a concept's query in every language but those skipped (its tag in every field)
     * @param boosted a field's query with the field's weight
     */
    QueryTranslator(
            ConceptVocabulary vocabulary,
            Supplier<Dictionaries> dictionaries,
            BiFunction<String, String, List<Tok>> analyze,
            Map<String, List<String>> fieldsByLanguage,
            BiFunction<String, Set<String>, Query> expansion,
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
     * @param budget the clauses the translation may use: pieces beyond it are searched as typed only
     */
    Translated translate(String text, Set<String> skipped, int budget) {
        List<Unit> units = units(text);
        if (units.stream().noneMatch(Unit::known)) {
            return null;
        }
        Map<String, Set<String>> searched = new LinkedHashMap<>();
        BooleanQuery.Builder known = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int translated = 0;
        int clauses = 0;
        for (Unit unit : units) {
            if (translated == MAX_TRANSLATED_UNITS) {
                break;
            }
            Query clause;
            if (unit.conceptId() != null) {
                clause = expansion.apply(unit.conceptId(), skipped);
                Terminology.Concept concept =
                        vocabulary.terminology().concept(unit.conceptId()).orElseThrow();
                for (String target : Languages.UN) {
                    String term = concept.preferred(target);
                    if (!target.equals(unit.source())
                            && !skipped.contains(target)
                            && term != null
                            && !term.equalsIgnoreCase(unit.text())) {
                        searched.computeIfAbsent(target, l -> new LinkedHashSet<>())
                                .add(term);
                    }
                }
            } else {
                clause = wordClause(unit, skipped, searched);
            }
            if (clause == null) {
                continue;
            }
            clauses += LibraryQueryParser.clauses(clause);
            if (clauses > budget) {
                break;
            }
            (unit.known() ? known : all).add(clause, Occur.SHOULD);
            translated++;
        }
        if (translated == 0 || known.build().clauses().isEmpty()) {
            return null;
        }
        // One translated word suffices to match (a dictionary misses senses, a text says things its own way);
        // matching more ranks higher.
        all.add(known.build(), Occur.MUST);
        List<Searched> list = new ArrayList<>();
        searched.forEach((language, terms) -> list.add(new Searched(language, String.join(", ", terms))));
        return new Translated(all.build(), list);
    }

    /** One source word or phrase in every language: its own tokens, and its translations elsewhere. */
    private Query wordClause(Unit unit, Set<String> skipped, Map<String, Set<String>> searched) {
        String source = unit.source();
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        boolean some = false;
        for (String target : Languages.UN) {
            Map<List<String>, Float> alternatives = new LinkedHashMap<>();
            if (target.equals(source)) {
                if (!unit.known() && !looksLikeAName(unit.text())) {
                    return null; // searched as typed by the query in its own language
                }
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
            } else if (looksLikeAName(unit.text())) {
                // A name, an acronym or a number (INTERPOL, HIV, 2030): as typed, in the other language's analysis.
                List<String> tokens = terms(target, unit.text());
                if (!tokens.isEmpty()) {
                    alternatives.put(tokens, UNKNOWN_WEIGHT);
                }
            }
            if (alternatives.isEmpty()) {
                continue;
            }
            float weight = target.equals(source) ? 1f : DICTIONARY_WEIGHT;
            for (String field : fieldsByLanguage.getOrDefault(target, List.of())) {
                Query q = boosted.apply(field, alternatives(field, alternatives));
                anyLanguage.add(weight == 1f ? q : new BoostQuery(q, weight), Occur.SHOULD);
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

    /**
     * The query cut into terms of the terminology, phrases and words of the dictionary, and other words. Each
     * possible language of the query cuts it its own way; the longest known pieces win, then those of the language
     * that knows most of the query ("programme" is English and French; in "programme prévention du crime", French).
     */
    private List<Unit> units(String text) {
        List<List<Unit>> bySource = new ArrayList<>();
        for (String source : sourceLanguages(text)) {
            bySource.add(units(source, text));
        }
        bySource.sort(Comparator.comparingLong(
                        (List<Unit> us) -> us.stream().filter(Unit::known).count())
                .reversed());
        List<Unit> candidates = new ArrayList<>();
        for (List<Unit> us : bySource) {
            us.stream().filter(Unit::known).forEach(candidates::add);
        }
        // Stable: among pieces of one length, the order of the languages above.
        candidates.sort(Comparator.comparingInt((Unit u) -> u.end() - u.start()).reversed());
        List<Unit> chosen = new ArrayList<>();
        for (Unit u : candidates) {
            if (chosen.stream().noneMatch(c -> c.start() < u.end() && u.start() < c.end())) {
                chosen.add(u);
            }
        }
        if (!bySource.isEmpty()) {
            for (Unit u : bySource.get(0)) {
                if (!u.known() && chosen.stream().noneMatch(c -> c.start() < u.end() && u.start() < c.end())) {
                    chosen.add(u);
                }
            }
        }
        chosen.sort(Comparator.comparingInt(Unit::start));
        return chosen;
    }

    /** The query cut as one language reads it. */
    private List<Unit> units(String source, String text) {
        List<Tok> tokens = analyze.apply(source, text);
        List<Unit> units = new ArrayList<>();
        List<ConceptSpan> concepts = concepts(source, tokens);
        int i = 0;
        int next = 0;
        while (i < tokens.size()) {
            if (next < concepts.size() && concepts.get(next).from() == i) {
                ConceptSpan c = concepts.get(next++);
                units.add(unit(source, text, tokens, c.from(), c.to(), c.conceptId(), null, true));
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
                    units.add(unit(source, text, tokens, i, i + n, null, key, true));
                    break;
                }
            }
            if (n == 0) {
                units.add(
                        unit(source, text, tokens, i, i + 1, null, tokens.get(i).term(), false));
                n = 1;
            }
            i += n;
        }
        return units;
    }

    private static Unit unit(
            String source,
            String text,
            List<Tok> tokens,
            int from,
            int to,
            String conceptId,
            String key,
            boolean known) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        List<String> terms = tokens.subList(from, to).stream().map(Tok::term).toList();
        return new Unit(source, text.substring(start, end), start, end, conceptId, key, terms, known);
    }

    /** Capitals or digits: a name, an acronym, a year, which read the same in other languages' texts. */
    private static boolean looksLikeAName(String word) {
        return word.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
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
