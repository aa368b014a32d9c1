package org.unodc.rt.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * The facet counts a search returns: every facet in {@link Facet} order, years newest first, any other facet by count
 * (most first) and then by value, so that a screen shows them as they come. Apart from the counting so that the order
 * a reader sees is stated, and tested, in one place.
 */
final class FacetCounts {

    private FacetCounts() {}

    /** The counts of every facet; a facet with no counts (no document has a value for it) has an empty list. */
    static Map<String, List<FacetCount>> of(Facets facets) throws IOException {
        Map<String, List<FacetCount>> all = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            FacetResult result;
            try {
                result = facets.getAllChildren(facet.key());
            } catch (IllegalArgumentException noSuchDimension) {
                result = null;
            }
            List<FacetCount> counts = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            Comparator<FacetCount> order = facet == Facet.YEAR
                    ? Comparator.comparing(FacetCount::value).reversed()
                    : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
            counts.sort(order);
            all.put(facet.key(), List.copyOf(counts));
        }
        return all;
    }

    /** What an empty index counts: every facet, no values. */
    static Map<String, List<FacetCount>> none() {
        Map<String, List<FacetCount>> all = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            all.put(facet.key(), List.of());
        }
        return all;
    }
}
