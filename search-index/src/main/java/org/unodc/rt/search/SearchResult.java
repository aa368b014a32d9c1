package org.unodc.rt.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total number of matches, and the facet counts over all matches.
 *
 * <p>Facet counts are drill-sideways counts: for a facet the user has filtered on, the counts are
 * those the other values would have, so several values of one facet can be ticked together.
 *
 * @param facets per {@link Facet#key()}, in the order of {@link Facet}; values by descending count
 *     (years newest first)
 * @param alsoSearched what a cross-language search searched besides the words as typed, per other language (empty
 *     when it was off or found nothing to translate)
 */
public record SearchResult(
        long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, List<AlsoSearched> alsoSearched) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        alsoSearched = List.copyOf(alsoSearched);
    }

    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, List.of());
    }

    /** The counts of one facet, empty when no match has a value for it. */
    public List<FacetCount> facet(Facet facet) {
        return facets.getOrDefault(facet.key(), List.of());
    }
}
