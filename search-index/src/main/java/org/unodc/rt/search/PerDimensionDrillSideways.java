package org.unodc.rt.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways counting where each dimension has its own doc-values field: a dimension the search filters on is
 * counted over its sideways hits alone, the others over the hits, each by {@link FacetCounter}. Lucene's default
 * counts every dimension again for each filtered one, which made a search with two filters count the whole library
 * three times over.
 */
final class PerDimensionDrillSideways extends DrillSideways {

    /** Below this many hits counting on the caller's thread is quicker than handing the dimensions out. */
    private static final int PARALLEL_FROM_HITS = 20_000;

    private final FacetCounter counter;
    private final ExecutorService threads;

    PerDimensionDrillSideways(IndexSearcher searcher, FacetCounter counter, ExecutorService threads) {
        super(searcher, IndexSchema.facetsConfig(), (SortedSetDocValuesReaderState) null);
        this.counter = counter;
        this.threads = threads;
    }

    @Override
    protected Facets buildFacetsResult(
            FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
            throws IOException {
        Map<Facet, FacetsCollector> sideways = new LinkedHashMap<>();
        if (drillSidewaysDims != null) {
            for (int i = 0; i < drillSidewaysDims.length; i++) {
                sideways.put(Facet.fromKey(drillSidewaysDims[i]).orElseThrow(), drillSideways[i]);
            }
        }
        return count(drillDowns, sideways);
    }

    /** Each dimension over its sideways hits if it is filtered on, else over the hits. */
    private Facets count(FacetsCollector drillDowns, Map<Facet, FacetsCollector> sideways) throws IOException {
        Map<Facet, FacetsCollector> hitsPerDimension = new LinkedHashMap<>(sideways);
        for (Facet facet : Facet.values()) {
            hitsPerDimension.putIfAbsent(facet, drillDowns);
        }
        hitsPerDimension.values().removeIf(Objects::isNull);
        long work = 0;
        for (FacetsCollector hits : hitsPerDimension.values()) {
            for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
                work += segment.totalHits;
            }
        }
        Map<String, FacetResult> byDimension = new LinkedHashMap<>();
        if (work < PARALLEL_FROM_HITS) {
            for (Map.Entry<Facet, FacetsCollector> e : hitsPerDimension.entrySet()) {
                byDimension.put(e.getKey().key(), count(e.getKey(), e.getValue()));
            }
            return new CountedFacets(byDimension);
        }
        // Many hits: the dimensions are independent (each its own field), so they are counted side by side.
        Map<String, Future<FacetResult>> counting = new LinkedHashMap<>();
        for (Map.Entry<Facet, FacetsCollector> e : hitsPerDimension.entrySet()) {
            counting.put(e.getKey().key(), threads.submit(() -> count(e.getKey(), e.getValue())));
        }
        try {
            for (Map.Entry<String, Future<FacetResult>> e : counting.entrySet()) {
                byDimension.put(e.getKey(), e.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Counting facets was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        return new CountedFacets(byDimension);
    }

    private FacetResult count(Facet facet, FacetsCollector hits) throws IOException {
        return counter.count(facet.key(), IndexSchema.facetField(facet), hits);
    }

    /** Counts already made, one result per dimension; only {@link #getAllChildren} is used. */
    private static final class CountedFacets extends Facets {
        private final Map<String, FacetResult> byDimension;

        CountedFacets(Map<String, FacetResult> byDimension) {
            this.byDimension = byDimension;
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) {
            FacetResult result = byDimension.get(dim);
            if (result == null) {
                throw new IllegalArgumentException("No counts for the dimension " + dim);
            }
            return result;
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) {
            return getAllChildren(dim, path);
        }

        @Override
        public Number getSpecificValue(String dim, String... path) {
            throw new UnsupportedOperationException("Read the counts with getAllChildren");
        }

        @Override
        public List<FacetResult> getAllDims(int topN) {
            return List.copyOf(byDimension.values());
        }
    }
}
