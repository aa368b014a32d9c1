package org.unodc.rt.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.unodc.rt.search.analysis.Languages;

/**
 * Turns the documents of one page into {@link SearchHit}s: the stored fields, the title in the reader's language where
 * the document has one, and a snippet with the query's words marked (or the start of the text when none occurs in
 * it). A search and the similar documents show their hits alike, so both read them here.
 */
final class HitReader {

    private static final int LEAD_LENGTH = 240;
    private static final int SNIPPET_LENGTH = 200;

    private final Analyzer perField;

    HitReader(Analyzer perField) {
        this.perField = perField;
    }

    /**
     * The hits in the order given.
     *
     * @param highlightQuery whose words the snippets mark; {@code null} for the start of each text
     * @param uiLanguage the reader's language, whose title and text are shown first
     */
    List<SearchHit> read(IndexSearcher searcher, Query highlightQuery, ScoreDoc[] docs, String uiLanguage)
            throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        Document[] docsOnPage = new Document[docs.length];
        // Only the languages present on the page: each highlighted field costs a pass over the query.
        Set<String> presentFields = new LinkedHashSet<>();
        for (int i = 0; i < docs.length; i++) {
            docsOnPage[i] = stored.document(docs[i].doc);
            for (String field : IndexSchema.BODY_FIELDS) {
                if (docsOnPage[i].get(field) != null) {
                    presentFields.add(field);
                }
            }
        }
        String[] bodyFields = presentFields.toArray(String[]::new);
        Map<String, String[]> snippets = Map.of();
        if (highlightQuery != null && !(highlightQuery instanceof MatchAllDocsQuery) && bodyFields.length > 0) {
            snippets = highlight(searcher, highlightQuery, docs, bodyFields);
        }
        String uiSuffix = Languages.fieldSuffix(uiLanguage);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = docsOnPage[i];
            String language = doc.get(IndexSchema.STORED_LANGUAGE);
            String original = doc.get(IndexSchema.STORED_TITLE_ORIGINAL);
            String english = doc.get(IndexSchema.STORED_TITLE_ENGLISH);
            boolean showOriginal = english == null
                    || Languages.fieldSuffix(language).equals(uiSuffix) && !Languages.OTHER.equals(uiSuffix);
            String snippet = pickSnippet(snippets, i, uiSuffix, Languages.fieldSuffix(language));
            if (snippet == null) {
                snippet = lead(doc, Languages.fieldSuffix(language));
            }
            Number year = doc.getField(IndexSchema.STORED_YEAR) == null
                    ? null
                    : doc.getField(IndexSchema.STORED_YEAR).numericValue();
            hits.add(new SearchHit(
                    doc.get(IndexSchema.ID),
                    showOriginal ? original : english,
                    doc.get(IndexSchema.STORED_COUNTRY),
                    doc.get(IndexSchema.STORED_TYPE),
                    year == null ? null : year.intValue(),
                    language,
                    snippet));
        }
        return hits;
    }

    /** One passage per field and document, about a sentence long; {@code null} where the field has no match. */
    private Map<String, String[]> highlight(IndexSearcher searcher, Query query, ScoreDoc[] docs, String[] fields)
            throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, perField)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                // Span-based phrase matching is several times cheaper than the Matches API on the
                // large multi-language queries, and marks the same words.
                .withWeightMatches(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreakIterator(), SNIPPET_LENGTH, 0.5f))
                .build();
        int[] ids = new int[docs.length];
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        return highlighter.highlightFields(fields, query, ids, passages);
    }

    /** The interface language's text first, then the original's, then any other that matched. */
    private static String pickSnippet(Map<String, String[]> snippets, int i, String uiSuffix, String originalSuffix) {
        List<String> order = new ArrayList<>();
        order.add(IndexSchema.body(uiSuffix));
        order.add(IndexSchema.body(originalSuffix));
        order.addAll(IndexSchema.BODY_FIELDS);
        for (String field : order) {
            if (!snippets.containsKey(field)) {
                continue;
            }
            String[] values = snippets.get(field);
            if (values != null && values[i] != null) {
                return Emphasis.extractToHtml(values[i].strip().replaceAll("\\s+", " "));
            }
        }
        return null;
    }

    /** The start of the text, HTML-escaped (emphasis as {@code <em>}), when no word of the query occurs in it. */
    private static String lead(Document doc, String originalSuffix) {
        String text = doc.get(IndexSchema.body(originalSuffix));
        if (text == null) {
            for (String field : IndexSchema.BODY_FIELDS) {
                text = doc.get(field);
                if (text != null) {
                    break;
                }
            }
        }
        if (text == null) {
            return "";
        }
        String lead = text.strip().replaceAll("\\s+", " ");
        if (lead.length() > LEAD_LENGTH) {
            int cut = lead.lastIndexOf(' ', LEAD_LENGTH);
            lead = lead.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + "…";
        }
        return Emphasis.extractToHtml(escapeHtml(lead));
    }

    static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
