package org.unodc.rt.search.query;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.unodc.rt.search.AlsoSearched;
import org.unodc.rt.search.Facet;
import org.unodc.rt.search.InvalidQueryException;
import org.unodc.rt.search.SearchRequest;
import org.unodc.rt.search.analysis.ConceptVocabulary;
import org.unodc.rt.search.analysis.LanguageAnalyzers;
import org.unodc.rt.search.analysis.Languages;

/**
 * Parses the search box: words (all must match), {@code "phrases"}, {@code AND OR NOT + -},
 * parentheses and {@code prefix*}, searched in every per-language field with that field's own
 * analysis. With cross-language search on, a Convention term found in the query (in any of the six
 * languages) also matches its equivalents in the other five: {@code blanchiment d'argent} finds
 * documents that say {@code money-laundering} or {@code 洗钱}.
 *
 * <p>Field syntax ({@code field:value}) and regular expressions ({@code /…/}) are switched off on
 * purpose: people search for resolution symbols such as {@code E/RES/2013/38} and article
 * references such as {@code art. 6:}, which those syntaxes would misread.
 *
 * <p>Thread-safe: a new Lucene parser (which is not) is made for every call.
 */
public final class LibraryQueryParser {

    /** Longer input is certainly not typed by a person; refusing it bounds the work per query. */
    public static final int MAX_QUERY_LENGTH = 1_000;

    /**
     * Fuzzy words ({@code word~}) in one search. Each runs as its {@value #FUZZY_EXPANSIONS} closest spellings in
     * every field, so a few of them already fill most of the clauses Lucene allows a query.
     */
    public static final int MAX_FUZZY_TERMS = 4;

    /** The closest spellings a fuzzy word is searched as, per field (Lucene's default, 50, is too many here). */
    static final int FUZZY_EXPANSIONS = 8;

    private static final int MAX_NESTING = 10;

    /** The weight of the translated query beside the words as typed. */
    static final float TRANSLATION_WEIGHT = 0.5f;

    private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(+\\-!])[*?]");

    /** The virtual field the classic parser is given; every query on it is spread over the real ones. */
    private static final String ANY_FIELD = "_any";

    private final LanguageAnalyzers analyzers;
    private final ConceptVocabulary vocabulary;
    private final String[] searchFields;
    private final Map<String, Float> fieldBoosts;
    private final Map<String, List<String>> fieldsByLanguage = new LinkedHashMap<>();
    private final Map<String, Query> expansions = new ConcurrentHashMap<>();
    private final QueryTranslator translator;

    /**
     * @param fields the text fields to search; each name ends with its language suffix ({@code
     *     body_fr}), see {@link Languages#suffixOfField}. Fields other than {@code title_*} and
     *     {@code body_*} (keywords, references) are searched with the language-neutral fields.
     * @param boosts weight per field (e.g. titles above bodies); fields not listed weigh 1
     */
    public LibraryQueryParser(LanguageAnalyzers analyzers, List<String> fields, Map<String, Float> boosts) {
        this.analyzers = analyzers;
        this.vocabulary = analyzers.vocabulary();
        this.searchFields = fields.toArray(String[]::new);
        this.fieldBoosts = Map.copyOf(boosts);
        for (String field : fields) {
            boolean text = field.startsWith("title_") || field.startsWith("body_");
            String suffix = text ? Languages.suffixOfField(field) : Languages.OTHER;
            fieldsByLanguage.computeIfAbsent(suffix, l -> new ArrayList<>()).add(field);
        }
        this.translator = new QueryTranslator(
                vocabulary,
                LanguageAnalyzers::dictionaries,
                this::analyze,
                fieldsByLanguage,
                this::expansion,
                this::boosted);
    }

    /**
     * A parsed query and what cross-language search added to it: per other language, the translated terms searched
     * (empty when cross-language search is off or found nothing to translate).
     */
    public record Parsed(Query query, List<AlsoSearched> alsoSearched) {
        public Parsed {
            alsoSearched = List.copyOf(alsoSearched);
        }
    }

    /** The query as {@link #parse(String, boolean)} makes it. */
    public Query parse(String userQuery, boolean crossLanguage) throws InvalidQueryException {
        return parse(userQuery, crossLanguage, Set.of()).query();
    }

    /**
     * The Lucene query for what the user typed; a blank query matches every document (browsing by
     * facets).
     *
     * @throws InvalidQueryException with a message saying what to fix; never anything else
     */
    public Parsed parse(String userQuery, boolean crossLanguage, Set<String> skippedLanguages)
            throws InvalidQueryException {
        if (userQuery == null || userQuery.isBlank()) {
            return new Parsed(new MatchAllDocsQuery(), List.of());
        }
        checkCommonMistakes(userQuery);
        Query query;
        Parser parser = new Parser(crossLanguage, skippedLanguages);
        try {
            query = parser.parse(escapeDisabledSyntax(userQuery));
            if (parser.fuzzyTerms > MAX_FUZZY_TERMS) {
                throw new InvalidQueryException(
                        "query.tooManyFuzzyTerms", userQuery, parser.fuzzyTerms, MAX_FUZZY_TERMS);
            }
        } catch (ParseException e) {
            // Lucene rethrows its parser's exception (or the lexer's error) wrapped, as the cause.
            Problem problem;
            if (e.getCause() instanceof ParseException original) {
                problem = describe(original);
            } else if (!(e.getCause() instanceof TokenMgrError)) {
                problem = describe(e);
            } else {
                problem = backslashProblem();
            }
            throw new InvalidQueryException(problem.key(), userQuery, problem.arguments());
        } catch (TokenMgrError e) {
            Problem problem = backslashProblem();
            throw new InvalidQueryException(problem.key(), userQuery, problem.arguments());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("query.tooManyClauses", userQuery);
        } catch (RuntimeException | StackOverflowError e) {
            throw new InvalidQueryException("query.notUnderstood", userQuery);
        }
        if (query == null) {
            return new Parsed(new BooleanQuery.Builder().build(), List.of());
        }
        // Lucene counts the clauses only when the query runs, and then fails with TooManyClauses.
        if (clauses(query) > maxClauses()) {
            throw new InvalidQueryException("query.tooManyClauses", userQuery);
        }
        List<AlsoSearched> also = new ArrayList<>();
        parser.searched.forEach((language, terms) -> also.add(new AlsoSearched(language, String.join(", ", terms))));
        return new Parsed(query, also);
    }

    /**
     * The clauses the words may use: what Lucene allows a query ({@link IndexSearcher#getMaxClauseCount()}) less
     * what the filters of a search may add ({@link SearchRequest#MAX_FILTER_VALUES} for each facet).
     */
    static int maxClauses() {
        return IndexSearcher.getMaxClauseCount() - Facet.values().length * SearchRequest.MAX_FILTER_VALUES;
    }

    /**
     * The clauses of a query as the searcher counts them once the query is rewritten, a fuzzy word as the most
     * spellings it can expand to.
     */
    static int clauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this; // excluded clauses (NOT) count as well
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                count[0] += leaf instanceof FuzzyQuery ? FUZZY_EXPANSIONS : 1;
            }
        });
        return count[0];
    }

    /** The concepts of the terminology found in a text, in any of the six languages. */
    public List<String> conceptsIn(String text) {
        return findConcepts(text).stream().map(ConceptMatch::conceptId).toList();
    }

    private void checkCommonMistakes(String q) throws InvalidQueryException {
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException("query.tooLong", q, q.length(), MAX_QUERY_LENGTH);
        }
        boolean inQuotes = false;
        int depth = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == '(') {
                depth++;
                if (depth > MAX_NESTING) {
                    throw new InvalidQueryException("query.tooDeeplyNested", q, MAX_NESTING);
                }
            } else if (!inQuotes && c == ')') {
                depth--;
                if (depth < 0) {
                    throw new InvalidQueryException("query.unopenedParenthesis", q);
                }
            }
        }
        if (inQuotes) {
            throw new InvalidQueryException("query.unclosedQuote", q);
        }
        if (depth > 0) {
            throw new InvalidQueryException("query.unclosedParenthesis", q);
        }
        if (LEADING_WILDCARD.matcher(q).find()) {
            throw new InvalidQueryException("query.leadingWildcard", q);
        }
    }

    /** What is wrong with a query, as a key of {@link org.unodc.rt.search.ErrorText#BUNDLE} and its arguments. */
    private record Problem(String key, Serializable... arguments) {}

    private static Problem backslashProblem() {
        return new Problem("query.trailingBackslash");
    }

    /** Where Lucene's parser stopped: at the end, or near the token it could not take. */
    private static Problem describe(ParseException e) {
        Token next = e.currentToken == null ? null : e.currentToken.next;
        return next == null || next.kind == QueryParserConstants.EOF
                ? new Problem("query.syntaxAtEnd")
                : new Problem("query.syntaxNear", next.image);
    }

    /** Escapes the syntax this search box does not offer: {@code field:value} and {@code /regex/}. */
    private static String escapeDisabledSyntax(String q) {
        StringBuilder out = new StringBuilder(q.length() + 8);
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length()) {
                out.append(c).append(q.charAt(++i));
            } else if (c == ':' || c == '/') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface PerField {
        Query build(String field) throws ParseException;
    }

    /**
     * Lucene's classic parser for the syntax, with every query on the virtual default field spread
     * over the real fields here. {@code MultiFieldQueryParser} is not used: with several words per
     * call it ORs them, losing "all words must match".
     */
    private final class Parser extends QueryParser {
        private final boolean crossLanguage;
        private final Set<String> skippedLanguages;
        private final Map<String, Set<String>> searched = new LinkedHashMap<>();
        private int fuzzyTerms;
        private int clausesSoFar;

        Parser(boolean crossLanguage, Set<String> skippedLanguages) {
            super(ANY_FIELD, analyzers.perField());
            this.crossLanguage = crossLanguage;
            this.skippedLanguages = skippedLanguages;
            // Library searches narrow down: every word must appear, as in web search engines.
            setDefaultOperator(QueryParser.Operator.AND);
            // Hand consecutive words over together so a multi-word term ("proceeds of crime") can
            // be recognised for expansion.
            setSplitOnWhitespace(false);
            setAllowLeadingWildcard(false);
        }

        /** Unquoted words. */
        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (!ANY_FIELD.equals(field)) {
                // A real field: Lucene's own analysis (also reached from the phrase method below).
                return super.getFieldQuery(field, text, quoted);
            }
            if (quoted) {
                return getFieldQuery(field, text, 0);
            }
            Query query = unquoted(text);
            // The classic parser splices the clauses of a boolean query returned for several words
            // into the enclosing query with the default operator, which would turn our "any
            // language" into "every language"; one wrapping clause keeps it intact.
            return query == null
                    ? null
                    : new BooleanQuery.Builder().add(query, Occur.MUST).build();
        }

        private Query unquoted(String text) {
            Query base = wordsInOneLanguage(words(text));
            if (!crossLanguage) {
                return base;
            }
            // What Lucene allows less what the query has used so far and the words as typed use twice (once here,
            // once in the rest of the query, a rough reserve).
            int budget = maxClauses() - 2 * (base == null ? 0 : clauses(base)) - clausesSoFar;
            QueryTranslator.Translated translated = translator.translate(text, skippedLanguages, budget);
            if (translated == null) {
                return base;
            }
            for (QueryTranslator.Searched s : translated.searched()) {
                searched.computeIfAbsent(s.language(), l -> new LinkedHashSet<>())
                        .add(s.terms());
            }
            clausesSoFar += clauses(translated.query()) + (base == null ? 0 : clauses(base));
            // The words as typed in their own language rank first; a translation is a guess.
            return either(base, new BoostQuery(translated.query(), TRANSLATION_WEIGHT));
        }

        /** A phrase in quotation marks, with an optional slop ({@code "…"~2}). */
        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            if (!ANY_FIELD.equals(field)) {
                return super.getFieldQuery(field, text, slop);
            }
            Query base = anyField(f -> super.getFieldQuery(f, text, slop));
            if (!crossLanguage || slop != 0) {
                return base;
            }
            List<ConceptMatch> matches = findConcepts(text);
            // A phrase is only expanded when it is exactly the term, never a part of it.
            if (matches.size() != 1 || !matches.get(0).whole()) {
                return base;
            }
            return either(base, expansion(matches.get(0).conceptId()));
        }

        @Override
        protected Query getPrefixQuery(String field, String term) throws ParseException {
            return anyField(f -> super.getPrefixQuery(f, term));
        }

        @Override
        protected Query getWildcardQuery(String field, String term) throws ParseException {
            return anyField(f -> super.getWildcardQuery(f, term));
        }

        @Override
        protected Query getFuzzyQuery(String field, String term, float minSimilarity) throws ParseException {
            fuzzyTerms++;
            if (fuzzyTerms > MAX_FUZZY_TERMS) {
                return null; // refused once all are counted; not worth building
            }
            return anyField(f -> super.getFuzzyQuery(f, term, minSimilarity));
        }

        @Override
        protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
            String text = term.text();
            int edits = FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length()));
            return new FuzzyQuery(term, edits, prefixLength, FUZZY_EXPANSIONS, true);
        }

        @Override
        protected Query getRegexpQuery(String field, String term) throws ParseException {
            return anyField(f -> super.getRegexpQuery(f, term));
        }

        @Override
        protected Query getRangeQuery(
                String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            return anyField(f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
        }

        /**
         * All words in the fields of one language (its title and body; keywords and references
         * with the language-neutral fields), for any language: a document matches in the analysis
         * of its own language. A word that a language drops (a stop word such as "of" or "de") is
         * not required in that language. Each word is analysed once per language.
         */
        private Query wordsInOneLanguage(List<String> words) {
            BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
            boolean someLanguage = false;
            for (Map.Entry<String, List<String>> group : fieldsByLanguage.entrySet()) {
                BooleanQuery.Builder allWords = new BooleanQuery.Builder();
                boolean someWord = false;
                for (String word : words) {
                    List<String> terms = analyze(group.getKey(), word).stream()
                            .map(QueryTranslator.Tok::term)
                            .toList();
                    if (terms.isEmpty()) {
                        continue;
                    }
                    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                    for (String field : group.getValue()) {
                        anyField.add(boosted(field, allTerms(field, terms)), Occur.SHOULD);
                    }
                    allWords.add(anyField.build(), Occur.MUST);
                    someWord = true;
                }
                if (someWord) {
                    anyLanguage.add(allWords.build(), Occur.SHOULD);
                    someLanguage = true;
                }
            }
            return someLanguage ? anyLanguage.build() : null;
        }

        private Query anyField(PerField perField) throws ParseException {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean some = false;
            for (String field : searchFields) {
                Query q = perField.build(field);
                if (q != null) {
                    any.add(boosted(field, q), Occur.SHOULD);
                    some = true;
                }
            }
            return some ? any.build() : null;
        }
    }

    private static Query either(Query a, Query b) {
        if (a == null) {
            return b;
        }
        return new BooleanQuery.Builder()
                .add(a, Occur.SHOULD)
                .add(b, Occur.SHOULD)
                .build();
    }

    private Query boosted(String field, Query q) {
        Float boost = fieldBoosts.get(field);
        return boost == null ? q : new BoostQuery(q, boost);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** A word that analyses into several tokens (洗钱犯罪, money-laundering) needs them all. */
    private static Query allTerms(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : terms) {
            all.add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        return all.build();
    }

    /**
     * The concept in every UN-language field: the index tags each occurrence of any wording of it
     * ({@link ConceptVocabulary#tag}), so this is one term per field.
     */
    private Query expansion(String conceptId) {
        return expansions.computeIfAbsent(conceptId, id -> expansion(id, Set.of()));
    }

    /** {@link #expansion(String)} without the fields of some languages. */
    private Query expansion(String conceptId, Set<String> skippedLanguages) {
        if (skippedLanguages.isEmpty() && expansions.containsKey(conceptId)) {
            return expansions.get(conceptId);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : searchFields) {
            boolean text = field.startsWith("title_") || field.startsWith("body_");
            String language = Languages.suffixOfField(field);
            if (text && Languages.UN.contains(language) && !skippedLanguages.contains(language)) {
                any.add(boosted(field, new TermQuery(new Term(field, ConceptVocabulary.tag(conceptId)))), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private List<ConceptMatch> findConcepts(String text) {
        List<ConceptMatch> found = new ArrayList<>();
        for (String language : Languages.UN) {
            List<QueryTranslator.Tok> tokens = analyze(language, text);
            for (QueryTranslator.ConceptSpan c : translator.concepts(language, tokens)) {
                found.add(new ConceptMatch(
                        c.conceptId(),
                        tokens.get(c.from()).start(),
                        tokens.get(c.to() - 1).end(),
                        c.to() - c.from() == tokens.size()));
            }
        }
        // Longest spans first, across languages too; then in the order of the text.
        found.sort(
                Comparator.comparingInt((ConceptMatch m) -> m.end() - m.start()).reversed());
        List<ConceptMatch> chosen = new ArrayList<>();
        for (ConceptMatch m : found) {
            boolean overlaps = chosen.stream().anyMatch(c -> c.start() < m.end() && m.start() < c.end());
            boolean sameConcept = chosen.stream().anyMatch(c -> c.conceptId().equals(m.conceptId()));
            if (!overlaps && !sameConcept) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(ConceptMatch::start));
        return chosen;
    }

    private List<QueryTranslator.Tok> analyze(String language, String text) {
        Analyzer analyzer = analyzers.forLanguage(language);
        String field = "body_" + language;
        List<QueryTranslator.Tok> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new QueryTranslator.Tok(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private record ConceptMatch(String conceptId, int start, int end, boolean whole) {}
}
