package org.unodc.rt.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.unodc.rt.search.analysis.LanguageAnalyzers;
import org.unodc.rt.search.query.LibraryQueryParser;

/**
 * Runs a search request: the parsed query with its filters as drill-downs, one page of hits, the total and the facet
 * counts. Apart from the index's owner so that what a search does reads without the locking and the generations
 * around it.
 */
final class LibrarySearcher {

    private static final Sort NEWEST_FIRST = new Sort(newestFirst(), SortField.FIELD_SCORE);

    private final Searchers searchers;
    private final LibraryQueryParser parser;
    private final HitReader hits;
    private final FacetCounter facetCounter = new FacetCounter();
    private final ExecutorService countingThreads;

    LibrarySearcher(Searchers searchers, LanguageAnalyzers analyzers, HitReader hits, ExecutorService countingThreads) {
        this.searchers = searchers;
        this.parser = new LibraryQueryParser(analyzers, IndexSchema.SEARCH_FIELDS, IndexSchema.BOOSTS);
        this.hits = hits;
        this.countingThreads = countingThreads;
    }

    /** See {@link LibraryIndex#search(SearchRequest)}. */
    SearchResult search(SearchRequest request) throws InvalidQueryException {
        request.checkLimits(); // before any query is built: 4,000 filter values would exceed Lucene's clause limit
        LibraryQueryParser.Parsed parsed =
                parser.parse(request.query(), request.crossLanguage(), request.skippedLanguages());
        Query userQuery = parsed.query();
        DrillDownQuery query = drillDown(userQuery, request);
        int window = (request.page() + 1) * request.size();
        return searchers.withSearcher(searcher -> {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new SearchResult(0, List.of(), FacetCounts.none(), parsed.alsoSearched());
            }
            DrillSideways sideways = new PerDimensionDrillSideways(searcher, facetCounter, countingThreads);
            DrillSideways.DrillSidewaysResult result = request.sort() == SortOrder.DATE
                    ? sideways.search(query, null, null, window, NEWEST_FIRST, false)
                    : sideways.search(query, window);
            ScoreDoc[] all = result.hits.scoreDocs;
            int from = Math.min(all.length, request.page() * request.size());
            ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
            return new SearchResult(
                    result.hits.totalHits.value,
                    hits.read(searcher, userQuery, page, request.language()),
                    FacetCounts.of(result.facets),
                    parsed.alsoSearched());
        });
    }

    /** See {@link LibraryIndex#toLuceneQuery(SearchRequest)}. */
    Query toLuceneQuery(SearchRequest request) throws InvalidQueryException {
        return drillDown(
                parser.parse(request.query(), request.crossLanguage(), request.skippedLanguages())
                        .query(),
                request);
    }

    private DrillDownQuery drillDown(Query userQuery, SearchRequest request) throws InvalidQueryException {
        DrillDownQuery query = new DrillDownQuery(IndexSchema.facetsConfig(), userQuery);
        for (Map.Entry<String, Set<String>> filter : request.filters().entrySet()) {
            Facet facet = Facet.fromKey(filter.getKey())
                    .orElseThrow(() -> new InvalidQueryException(
                            "query.unknownFilter",
                            request.query(),
                            String.valueOf(filter.getKey()),
                            // The filters' names as the API takes them; not words to translate.
                            String.join(
                                    ", ",
                                    Arrays.stream(Facet.values())
                                            .map(Facet::key)
                                            .toList())));
            for (String value : filter.getValue()) {
                query.add(facet.key(), value);
            }
        }
        return query;
    }

    private static SortField newestFirst() {
        SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }
}
