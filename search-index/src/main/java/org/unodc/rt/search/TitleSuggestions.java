package org.unodc.rt.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.unodc.rt.search.analysis.LanguageAnalyzers;

/**
 * Completes titles as the reader types: every word typed must occur in the original or the English title, the last
 * one possibly unfinished. The words are analysed language-neutrally, as the suggest field is, so a title in any script
 * is found whatever the reader's language.
 */
final class TitleSuggestions {

    private final Searchers searchers;
    private final Analyzer neutral;

    TitleSuggestions(Searchers searchers, Analyzer neutral) {
        this.searchers = searchers;
        this.neutral = neutral;
    }

    /**
     * Titles containing the words typed so far: {@code "money laun"} offers "Money Laundering Act". Best match first;
     * the original title where it holds the words, else the English one.
     */
    List<TitleSuggestion> suggest(String prefix, int count) {
        if (prefix == null || prefix.isBlank() || count <= 0) {
            return List.of();
        }
        List<String> words = words(prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean lastComplete = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(IndexSchema.SUGGEST, words.get(i));
            boolean last = i == words.size() - 1;
            query.add(last && !lastComplete ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        return searchers.withSearcher(searcher -> {
            TopDocs top = searcher.search(query.build(), count);
            StoredFields stored = searcher.storedFields();
            List<TitleSuggestion> suggestions = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                String original = doc.get(IndexSchema.STORED_TITLE_ORIGINAL);
                String english = doc.get(IndexSchema.STORED_TITLE_ENGLISH);
                String title = english == null || containsWords(original, words, lastComplete) ? original : english;
                suggestions.add(new TitleSuggestion(doc.get(IndexSchema.ID), title));
            }
            return suggestions;
        });
    }

    private List<String> words(String text) {
        return LanguageAnalyzers.tokens(neutral, IndexSchema.SUGGEST, text);
    }

    private boolean containsWords(String title, List<String> words, boolean lastComplete) {
        Set<String> tokens = new HashSet<>(words(title));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean prefix = i == words.size() - 1 && !lastComplete;
            boolean found = prefix ? tokens.stream().anyMatch(t -> t.startsWith(word)) : tokens.contains(word);
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
