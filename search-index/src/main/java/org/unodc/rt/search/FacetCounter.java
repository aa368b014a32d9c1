package org.unodc.rt.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the values of one facet dimension (its own sorted-set doc-values field) over the hits of a search.
 *
 * <p>Where a search matches a large part of a segment (a cross-language search for "money-laundering" matches four
 * documents in ten), reading every hit's doc values is most of the search's time. There the counter intersects the
 * hits with a cached set of documents per value instead ({@link FixedBitSet#intersectionCount}, a few microseconds per
 * value), as Solr's filter-cache faceting does. The sets are built once per segment and field, the first time a
 * large search needs them, and dropped with the segment (with the labels of the values, kept for every search); small
 * searches read doc values as usual.
 */
final class FacetCounter {

    /** A segment's hits this dense (one in this many documents) or denser are counted with the cached sets. */
    static final int DENSE_FROM = 16;

    /**
     * What is kept of one field in one segment: the label of each value (without the dimension), and the documents of
     * each value once a large search has needed them.
     */
    private static final class Segment {
        final String[] labels;
        volatile FixedBitSet[] documents;

        Segment(String[] labels) {
            this.labels = labels;
        }
    }

    private record Key(Object segment, String field) {}

    private final Map<Key, Segment> cache = new ConcurrentHashMap<>();

    /**
     * The values of the dimension over the hits, with their counts, in no particular order; the result's value is
     * the number of hits counted (with or without a value).
     */
    FacetResult count(String dimension, String field, FacetsCollector hits) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        long documents = 0;
        for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
            if (segment.totalHits == 0 || segment.bits == null) {
                continue;
            }
            LeafReader leaf = segment.context.reader();
            Segment cached = segment(leaf, field);
            if ((long) segment.totalHits * DENSE_FROM >= leaf.maxDoc()) {
                countDense(leaf, field, cached, segment.bits, counts);
            } else {
                countSparse(leaf, field, cached, segment.bits, counts);
            }
            documents += segment.totalHits;
        }
        List<LabelAndValue> values = new ArrayList<>(counts.size());
        counts.forEach((label, count) -> values.add(new LabelAndValue(label, count)));
        return new FacetResult(
                dimension, new String[0], documents, values.toArray(LabelAndValue[]::new), values.size());
    }

    private static void countDense(
            LeafReader leaf, String field, Segment cached, DocIdSet hits, Map<String, Long> counts) throws IOException {
        FixedBitSet[] documents = cached.documents;
        if (documents == null) {
            documents = documentsPerValue(leaf, field, cached.labels.length);
            cached.documents = documents;
        }
        FixedBitSet matched = asFixedBitSet(hits, leaf.maxDoc());
        for (int ord = 0; ord < documents.length; ord++) {
            long count = FixedBitSet.intersectionCount(documents[ord], matched);
            if (count > 0) {
                counts.merge(cached.labels[ord], count, Long::sum);
            }
        }
    }

    private static void countSparse(
            LeafReader leaf, String field, Segment cached, DocIdSet hits, Map<String, Long> counts) throws IOException {
        if (cached.labels.length == 0) {
            return;
        }
        SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
        int[] perOrd = new int[cached.labels.length];
        DocIdSetIterator docs = hits.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    perOrd[(int) values.nextOrd()]++;
                }
            }
        }
        for (int ord = 0; ord < perOrd.length; ord++) {
            if (perOrd[ord] > 0) {
                counts.merge(cached.labels[ord], (long) perOrd[ord], Long::sum);
            }
        }
    }

    private Segment segment(LeafReader leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) {
            return new Segment(labels(leaf, field));
        }
        Key key = new Key(helper.getKey(), field);
        Segment cached = cache.get(key);
        if (cached == null) {
            cached = new Segment(labels(leaf, field));
            Segment raced = cache.putIfAbsent(key, cached);
            if (raced != null) {
                return raced;
            }
            helper.addClosedListener(closed -> cache.keySet().removeIf(k -> k.segment() == closed));
        }
        return cached;
    }

    private static String[] labels(LeafReader leaf, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
        String[] labels = new String[(int) values.getValueCount()];
        for (int ord = 0; ord < labels.length; ord++) {
            labels[ord] = label(values, ord);
        }
        return labels;
    }

    private static FixedBitSet[] documentsPerValue(LeafReader leaf, String field, int ords) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
        FixedBitSet[] documents = new FixedBitSet[ords];
        for (int ord = 0; ord < ords; ord++) {
            documents[ord] = new FixedBitSet(leaf.maxDoc());
        }
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            for (int i = 0; i < values.docValueCount(); i++) {
                documents[(int) values.nextOrd()].set(doc);
            }
        }
        return documents;
    }

    /** The value as the facet shows it: the indexed term is "dimension, separator, value". */
    private static String label(SortedSetDocValues values, int ord) throws IOException {
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
        return path[path.length - 1];
    }

    private static FixedBitSet asFixedBitSet(DocIdSet hits, int maxDoc) throws IOException {
        if (hits instanceof BitDocIdSet bitDocIdSet) {
            BitSet bits = bitDocIdSet.bits();
            if (bits instanceof FixedBitSet fixed) {
                return fixed;
            }
        }
        FixedBitSet copy = new FixedBitSet(maxDoc);
        DocIdSetIterator docs = hits.iterator();
        if (docs != null) {
            copy.or(docs);
        }
        return copy;
    }
}
