package org.unodc.rt.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search as the user asked for it: what they typed, the interface language, whether to search
 * across languages, facet filters, order and page.
 *
 * @param query the text typed; blank lists everything (browsing by facets)
 * @param language the interface language (ISO 639-1): picks which title a hit shows
 * @param crossLanguage whether the query is also searched translated into the other UN languages (terms of the
 *     terminology and words of the dictionaries)
 * @param filters per {@link Facet#key()}, the accepted values: a document must match one value of
 *     every filtered facet
 * @param page zero-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param skippedLanguages languages (ISO 639-1) the query is not translated into: the user dropped them from what
 *     the search also searched ({@link SearchResult#alsoSearched()})
 */
public record SearchRequest(
        String query,
        String language,
        boolean crossLanguage,
        Map<String, Set<String>> filters,
        SortOrder sort,
        int page,
        int size,
        Set<String> skippedLanguages) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 10;

    /** Results that can be paged through: deeper pages cost the index more than anyone reads that far. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    /**
     * Values one filter may have. Nobody picks more than a few countries or years, and every value is a clause of
     * the query the index runs, which Lucene caps (1,024 by default) together with the words.
     */
    public static final int MAX_FILTER_VALUES = 50;

    public SearchRequest {
        query = query == null ? "" : query;
        language = language == null || language.isBlank() ? "en" : language;
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = Objects.requireNonNullElse(sort, SortOrder.RELEVANCE);
        skippedLanguages = skippedLanguages == null ? Set.of() : Set.copyOf(skippedLanguages);
    }

    /** A search that translates the query into every other UN language. */
    public SearchRequest(
            String query,
            String language,
            boolean crossLanguage,
            Map<String, Set<String>> filters,
            SortOrder sort,
            int page,
            int size) {
        this(query, language, crossLanguage, filters, sort, page, size, Set.of());
    }

    /** The last page number that lies within the first {@value #MAX_RESULT_WINDOW} results, at {@code size} a page. */
    public static int lastPage(int size) {
        return MAX_RESULT_WINDOW / Math.max(1, size) - 1;
    }

    /**
     * Refuses a request the index could not answer, before it is run: a page size out of range, a page beyond the
     * first {@value #MAX_RESULT_WINDOW} results (computed without overflow, whatever page number a client sends), or a
     * filter with more than {@value #MAX_FILTER_VALUES} values.
     */
    public void checkLimits() throws InvalidQueryException {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("query.pageSize", query, MAX_SIZE, size);
        }
        if (page < 0 || page > lastPage(size)) {
            throw new InvalidQueryException("query.pageOutOfRange", query, page, lastPage(size), MAX_RESULT_WINDOW);
        }
        for (Map.Entry<String, Set<String>> filter : filters.entrySet()) {
            if (filter.getValue().size() > MAX_FILTER_VALUES) {
                throw new InvalidQueryException(
                        "query.tooManyFilterValues",
                        query,
                        filter.getKey(),
                        filter.getValue().size(),
                        MAX_FILTER_VALUES);
            }
        }
    }

    /** A first page of ten hits by relevance, in English, across languages, without filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, "en", true, Map.of(), SortOrder.RELEVANCE, 0, DEFAULT_SIZE);
    }

    public SearchRequest withLanguage(String interfaceLanguage) {
        return new SearchRequest(query, interfaceLanguage, crossLanguage, filters, sort, page, size, skippedLanguages);
    }

    public SearchRequest withCrossLanguage(boolean on) {
        return new SearchRequest(query, language, on, filters, sort, page, size, skippedLanguages);
    }

    /** Adds accepted values for one facet (values of one facet are alternatives). */
    public SearchRequest withFilter(Facet facet, String... values) {
        Map<String, Set<String>> more = new LinkedHashMap<>(filters);
        Set<String> merged = new LinkedHashSet<>(more.getOrDefault(facet.key(), Set.of()));
        merged.addAll(Arrays.asList(values));
        more.put(facet.key(), merged);
        return new SearchRequest(query, language, crossLanguage, more, sort, page, size, skippedLanguages);
    }

    /** Leaves these languages out of the translations of the query. */
    public SearchRequest withSkippedLanguages(Set<String> languages) {
        return new SearchRequest(query, language, crossLanguage, filters, sort, page, size, languages);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, language, crossLanguage, filters, order, page, size, skippedLanguages);
    }

    public SearchRequest withPage(int pageNumber, int pageSize) {
        return new SearchRequest(query, language, crossLanguage, filters, sort, pageNumber, pageSize, skippedLanguages);
    }
}
